import { useId, useRef, type ReactNode } from 'react';
import { useDialogFocus } from './use-dialog-focus';

interface EditorDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The editor's window: a modal dialog named by its heading, which keeps Tab inside and closes on
 * Escape. Where focus goes after it closes is the opener's business (it knows where the person was).
 */
export function EditorDialog({ title, onClose, children }: EditorDialogProps) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useDialogFocus(dialog, onClose);
  return (
    <div className="panel" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={dialog}>
      <h2 id={titleId} className="panel-title">
        {title}
      </h2>
      {children}
    </div>
  );
}
