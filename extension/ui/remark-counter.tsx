import { useEffect, useRef } from 'react';
import { MAX_REMARK_LENGTH } from '../../shared/schemas/annotation';
import { useAnnounce } from './announcer';
import type { Language, Messages } from './i18n';
import { plural } from '../../shared/i18n/plural';
import { remarkLimitState } from './remark-limit';
import { maxRemarkText } from './save-error-text';

interface RemarkCounterProps {
  id: string;
  length: number;
  messages: Messages;
  language: Language;
}

/**
 * How many characters are left, shown once a remark nears the server's limit; beyond it, the
 * sentence that says what to do. Entering the last tenth and going over are announced once each
 * through the shared live region, not on every keystroke.
 */
export function RemarkCounter({ id, length, messages, language }: RemarkCounterProps) {
  const state = remarkLimitState(length);
  const announce = useAnnounce();
  const previous = useRef(state);
  const left = MAX_REMARK_LENGTH - length;
  const text =
    state === 'over'
      ? `${plural(language, -left, messages.remarkOver)}. ${messages.remarkTooLong(maxRemarkText(language))}`
      : plural(language, left, messages.remarkLeft);
  useEffect(() => {
    if (state !== previous.current && (state === 'near' || state === 'over')) announce(text);
    previous.current = state;
  }, [state, text, announce]);
  if (state === 'fine') return <span id={id} hidden />;
  return (
    <p id={id} className={state === 'over' ? 'counter counter--over' : 'counter'}>
      {text}
    </p>
  );
}
