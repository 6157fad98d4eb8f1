import type { Round } from '../db/rounds-repository';

/** Where a review round stands at a moment: not yet open, open, or closed. */
export type RoundPhase = 'planned' | 'open' | 'closed';

/**
 * The phase of `round` at `at` (ISO instants compare as text). A round is open from its opening
 * instant up to, but not including, its closing instant. The API's `open` flag, the dashboard's
 * status column and the refusal of writes in a closed round all ask this; the one SQL form of it
 * is `rounds.openAt` in the repository, held to it by tests/server/round-phase.test.ts.
 */
export function roundPhase(round: Pick<Round, 'opensAt' | 'closesAt'>, at: string): RoundPhase {
  if (at < round.opensAt) return 'planned';
  return at < round.closesAt ? 'open' : 'closed';
}
