import type { InputHTMLAttributes } from 'react';

/** A labelled text field of the options page. */
export interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** The id of the message that says what is wrong with this field, when something is. */
  errorId?: string | null;
}

/**
 * A field with its label, its hint and, when set, the error message it belongs to: both are tied
 * to the input with `aria-describedby`, so a screen reader reads them with the field.
 */
export function FormField({ id, label, hint, value, onChange, errorId, ...input }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId!} className="hint">
          {hint}
        </p>
      )}
      <input
        {...input}
        id={id}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={errorId ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
