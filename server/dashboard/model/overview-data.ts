import type { Round } from '../../db/rounds-repository';
import type { DigestSummary } from '../../services/digest/model/digest-model';
import { makeDigest } from '../../services/digest-service';
import type { ServiceContext } from '../../services/service-context';
import { roundPhase, type RoundPhase } from '../../services/round-phase';
import { toDigestQuery, type DashboardScope } from './digest-scope';

/** A round as the overview lists it. */
export interface RoundLine {
  round: Round;
  status: RoundPhase;
  /** Remarks (not replies) shared with the round that a digest would include. */
  remarks: number;
}

/** What the overview shows. */
export interface Overview {
  rounds: RoundLine[];
  summary: DigestSummary;
  uncovered: number;
  users: number;
  openInvites: number;
}

/**
 * Gathers the overview: every round with its status and remark count (one query over the shared
 * remarks, grouped here), the digest summary of the chosen scope, and a few counts.
 */
export function loadOverview(context: ServiceContext, scope: DashboardScope): Overview {
  const now = context.now().toISOString();
  const perRound = new Map<string, number>();
  for (const record of context.db.annotations.listForDigest({ roundId: null, from: null, to: null })) {
    if (record.parentUuid === null && record.roundId) perRound.set(record.roundId, (perRound.get(record.roundId) ?? 0) + 1);
  }
  const digest = makeDigest(context, toDigestQuery(scope, 'html', false));
  return {
    rounds: context.db.rounds.all().map((round) => ({ round, status: roundPhase(round, now), remarks: perRound.get(round.id) ?? 0 })),
    summary: digest.summary,
    uncovered: digest.matrix.uncovered.length,
    users: context.db.users.all().length,
    openInvites: context.db.invites.recent(500).filter((invite) => invite.redeemedAt === null && invite.expiresAt > now).length,
  };
}
