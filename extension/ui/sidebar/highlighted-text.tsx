import { highlightSegments } from '../../../shared/search/search-highlight';

/**
 * A search highlight from the server as text with its matched words in `<mark>` elements. The
 * string is never handed to the DOM as HTML: it is split into plain text pieces first.
 */
export function HighlightedText({ html }: { html: string }) {
  return (
    <>
      {highlightSegments(html).map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}
