import { MAX_REMARK_LENGTH } from '../../shared/schemas/annotation';
import type { Failure } from '../lib/result';
import type { Language, Messages } from './i18n';

/** The error codes that mean the same thing to the person saving: the server is busy for a moment. */
const BUSY_CODES = new Set(['rate_limited', 'storage_busy', 'storage_read_only', 'storage_error']);

/** The remark limit written the way the language writes numbers (10.000 / 10,000). */
export function maxRemarkText(language: Language): string {
  return MAX_REMARK_LENGTH.toLocaleString(language);
}

/**
 * What to tell the person when saving failed: a plain sentence that says what to do next, chosen by
 * the background's error code, never the server's technical wording ("body", status numbers).
 * `remark` is what they tried to save, so a refusal of a too long remark names the limit.
 */
export function saveErrorText(failure: Failure, messages: Messages, language: Language, remark = ''): string {
  const { errors } = messages;
  switch (failure.code) {
    case 'invalid_input':
    case 'invalid_json':
    case 'rejected':
      return remark.length > MAX_REMARK_LENGTH ? messages.remarkTooLong(maxRemarkText(language)) : errors.invalid;
    case 'not_signed_in':
    case 'unauthorized':
      return errors.notSignedIn;
    case 'offline':
    case 'bad_response':
      return errors.offline;
    case 'forbidden':
      return errors.forbidden;
    case 'not_found':
      return errors.notFound;
    case 'storage_full':
      return errors.full;
    case 'version_conflict':
      return messages.conflict;
    case 'no_answer':
    case 'extension_unavailable':
      return errors.extension;
    default:
      return BUSY_CODES.has(failure.code) ? errors.busy : errors.unknown;
  }
}
