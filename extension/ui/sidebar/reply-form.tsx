import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Messages } from '../i18n';

interface ReplyFormProps {
  messages: Messages;
  /** Sends the reply; resolves true once it is stored or queued. */
  onSend: (text: string) => Promise<boolean>;
  /** Called after a sent reply, and on Escape, so the card can give focus back to "Reageren". */
  onDone: (sent: boolean) => void;
}

/**
 * The reply box under "Reageren". It takes focus when it opens, so the next key lands in it and not
 * on a button further on; Escape closes it without closing the sidebar. A failed send keeps the text.
 */
export function ReplyForm({ messages, onSend, onDone }: ReplyFormProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const box = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => box.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    const sent = await onSend(text.trim());
    setBusy(false);
    if (sent) onDone(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onDone(false);
  };
  return (
    <form className="reply-form" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <label htmlFor={id}>{messages.replyLabel}</label>
      <textarea id={id} ref={box} rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="primary" disabled={busy}>
        {messages.send}
      </button>
    </form>
  );
}
