import { useId, useState } from 'react';
import type { Messages } from '../i18n';
import { foldText } from './fold-text';
import { Icon } from './icons';

interface FoldedTextProps {
  text: string;
  className: string;
  messages: Messages;
}

/**
 * A remark, reply or answer that folds when long: its start and a real "Meer tonen" button
 * (aria-expanded, aria-controls) that shows the whole text, and "Minder tonen" to fold it again.
 */
export function FoldedParagraph({ text, className, messages }: FoldedTextProps) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const fold = foldText(text);
  if (!fold.folded) return <p className={className}>{text}</p>;
  return (
    <>
      <p id={id} className={className}>
        {expanded ? text : fold.preview}
      </p>
      <button type="button" className="fold-toggle" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
        <Icon name={expanded ? 'less' : 'more'} />
        {expanded ? messages.showLess : messages.showMore}
      </button>
    </>
  );
}
