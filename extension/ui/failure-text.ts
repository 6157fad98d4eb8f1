import type { Failure } from '../lib/result';
import { messagesFor, type Language } from './i18n';

/**
 * What to tell the reader about `failure`, in `language`: the dictionary's sentence for its code
 * (each says what to do next). For a code the dictionary does not know, Dutch keeps the server's
 * own (Dutch) sentence when there is one; English gets a general sentence naming the code, never
 * a Dutch one.
 */
export function failureText(language: Language, failure: Pick<Failure, 'code' | 'message'>): string {
  const failures = messagesFor(language).failures;
  const known = Object.hasOwn(failures, failure.code) ? failures[failure.code as keyof typeof failures] : undefined;
  if (typeof known === 'string') return known;
  if (language === 'nl' && failure.message) return failure.message;
  return failures.other(failure.code);
}

/** `failure` with its message in `language`, for results that cross to a page's UI. */
export function localiseFailure<T extends Failure>(language: Language, failure: T): T {
  return { ...failure, message: failureText(language, failure) };
}
