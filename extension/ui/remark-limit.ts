import { MAX_REMARK_LENGTH } from '../../shared/schemas/annotation';

/** From this share of the limit on, the editor shows how many characters are left. */
const SHOW_FROM = 0.8;
/** From this share on, crossing into it is announced (politely) to screen reader users. */
const ANNOUNCE_FROM = 0.9;

/** Where a remark stands against the server's limit (`MAX_REMARK_LENGTH`, the one home of the limit). */
export type RemarkLimitState = 'fine' | 'shown' | 'near' | 'over';

/** The state of a remark of `length` characters. */
export function remarkLimitState(length: number, max = MAX_REMARK_LENGTH): RemarkLimitState {
  if (length > max) return 'over';
  if (length >= max * ANNOUNCE_FROM) return 'near';
  if (length >= max * SHOW_FROM) return 'shown';
  return 'fine';
}
