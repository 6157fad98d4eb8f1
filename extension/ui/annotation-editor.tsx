import { useId, useState, type FormEvent } from 'react';
import { MAX_REMARK_LENGTH, type FeedbackKind, type Visibility } from '../../shared/schemas/annotation';
import { detectPersonalData, type PersonalDataFinding } from '../../shared/privacy/detect-personal-data';
import type { Term } from '../../shared/schemas/taxonomy';
import { defaultVisibility } from './default-visibility';
import type { Language, Messages } from './i18n';
import { RemarkCounter } from './remark-counter';
import { TermPicker } from './term-picker';

/** What the editor hands back on save. */
export interface EditorResult {
  remark: string;
  termIds: string[];
  kind: FeedbackKind | null;
  visibility: Visibility;
  tags: string[];
}

interface AnnotationEditorProps {
  quote: string;
  terms: readonly Term[];
  messages: Messages;
  language: Language;
  busy: boolean;
  error: string | null;
  initial?: Partial<EditorResult>;
  onSave: (result: EditorResult) => void;
  onCancel: () => void;
}

const KINDS: FeedbackKind[] = ['question', 'concern', 'suggestion', 'appreciation', 'dilemma'];
const VISIBILITIES: Visibility[] = ['private', 'organisation', 'round'];

/** Free tags as typed: comma-separated, trimmed, without duplicates. */
function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))].slice(0, 20);
}

/**
 * The form for an annotation: the passage, a remark, its kind, term links, free tags and who may
 * see it. Before saving a remark that looks like it holds personal data (a BSN, a case number, an
 * e-mail address, a phone number) it warns once and asks to save again or to edit. Near the server's
 * limit it counts the characters left and beyond it explains and will not save. Until the author
 * chooses, visibility follows `defaultVisibility` (a highlight without remark stays private).
 */
export function AnnotationEditor({ quote, terms, messages, language, busy, error, initial, onSave, onCancel }: AnnotationEditorProps) {
  const [remark, setRemark] = useState(initial?.remark ?? '');
  const [termIds, setTermIds] = useState<ReadonlySet<string>>(new Set(initial?.termIds ?? []));
  const [kind, setKind] = useState<FeedbackKind | ''>(initial?.kind ?? '');
  const [chosenVisibility, setVisibility] = useState<Visibility | null>(initial?.visibility ?? null);
  const visibility = chosenVisibility ?? defaultVisibility(remark);
  const tooLong = remark.length > MAX_REMARK_LENGTH;
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const [warning, setWarning] = useState<PersonalDataFinding[] | null>(null);
  const remarkId = useId();
  const counterId = useId();
  const visibilityHintId = useId();
  const kindId = useId();
  const tagsId = useId();
  const toggle = (termId: string) =>
    setTermIds((current) => {
      const next = new Set(current);
      if (!next.delete(termId)) next.add(termId);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong) return;
    const findings = detectPersonalData(`${remark}\n${tags}`);
    if (findings.length > 0 && warning === null) {
      setWarning(findings);
      return;
    }
    onSave({ remark, termIds: [...termIds], kind: kind || null, visibility, tags: parseTags(tags) });
  };
  return (
    <form className="editor" onSubmit={submit} aria-busy={busy}>
      <blockquote className="quote" aria-label={messages.selectedPassage}>
        {quote.length > 300 ? `${quote.slice(0, 300)}…` : quote}
      </blockquote>
      <label htmlFor={remarkId}>{messages.comment}</label>
      <textarea
        id={remarkId}
        value={remark}
        onChange={(event) => {
          setRemark(event.target.value);
          setWarning(null);
        }}
        rows={4}
        autoFocus
        aria-describedby={counterId}
        aria-invalid={tooLong}
      />
      <RemarkCounter id={counterId} length={remark.length} messages={messages} language={language} />
      <label htmlFor={kindId}>{messages.kind}</label>
      <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as FeedbackKind | '')}>
        <option value="">{messages.noKind}</option>
        {KINDS.map((value) => (
          <option key={value} value={value}>
            {messages.kinds[value]}
          </option>
        ))}
      </select>
      <TermPicker terms={terms} selected={termIds} onToggle={toggle} messages={messages} />
      <label htmlFor={tagsId}>{messages.tags}</label>
      <input id={tagsId} type="text" value={tags} onChange={(event) => setTags(event.target.value)} placeholder={messages.tagsHint} />
      <fieldset className="visibility" aria-describedby={chosenVisibility === null && visibility === 'private' ? visibilityHintId : undefined}>
        <legend>{messages.visibility}</legend>
        {chosenVisibility === null && visibility === 'private' && (
          <p id={visibilityHintId} className="hint">
            {messages.privateByDefault}
          </p>
        )}
        {VISIBILITIES.map((value) => (
          <label key={value} className="inline">
            <input type="radio" name="visibility" value={value} checked={visibility === value} onChange={() => setVisibility(value)} />
            {messages.visibilities[value]}
          </label>
        ))}
      </fieldset>
      {warning && (
        <div className="warning" role="alert">
          <p>{messages.privacyWarning}</p>
          <ul>
            {warning.map((finding) => (
              <li key={`${finding.start}`}>
                {messages.privacyKinds[finding.kind]}: <code>{finding.text}</code>
              </li>
            ))}
          </ul>
          <p>{messages.privacyConfirm}</p>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {messages.cancel}
        </button>
        <button type="submit" className="primary" disabled={busy || tooLong}>
          {busy ? messages.saving : warning ? messages.saveAnyway : messages.save}
        </button>
      </div>
    </form>
  );
}
