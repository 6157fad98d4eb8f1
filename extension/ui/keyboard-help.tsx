import { messagesFor, type Language } from './i18n';

/** The options page's "Toetsenbord" section: the keys that make a remark without a mouse. */
export function KeyboardHelp({ language }: { language: Language }) {
  const messages = messagesFor(language);
  return (
    <section aria-labelledby="keyboard-help-title">
      <h2 id="keyboard-help-title">{messages.keyboardTitle}</h2>
      <p>{messages.keyboardIntro}</p>
      <dl className="keys">
        {messages.keyboardKeys.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
