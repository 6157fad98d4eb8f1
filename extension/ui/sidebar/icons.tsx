/** The sidebar's icons, drawn inline (no files to load, nothing from elsewhere). */
export type IconName = 'show' | 'reply' | 'edit' | 'remove' | 'close' | 'more' | 'less';

// 16×16 strokes in currentColor, so icons follow the button's text colour and its contrast.
const PATHS: Record<IconName, string> = {
  show: 'M2 8s2.2-4.5 6-4.5S14 8 14 8s-2.2 4.5-6 4.5S2 8 2 8z M8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  reply: 'M6.5 4 2.5 7.5l4 3.5 M2.5 7.5H9a4.5 4.5 0 0 1 4.5 4.5',
  edit: 'M10.5 2.5l3 3-8 8H2.5v-3z M9 4l3 3',
  remove: 'M2.5 4h11 M6 4V2.5h4V4 M4 4l.8 9.5h6.4L12 4 M6.8 6.5v4.5 M9.2 6.5v4.5',
  close: 'M3.5 3.5l9 9 M12.5 3.5l-9 9',
  more: 'M4 6l4 4 4-4',
  less: 'M4 10l4-4 4 4',
};

/**
 * One icon, hidden from assistive technology: the button or link it sits in carries the words
 * (visible, or as its accessible name when the icon stands alone).
 */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
