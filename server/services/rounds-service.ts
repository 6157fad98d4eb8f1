import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isoInstantSchema } from '../../shared/schemas/iso-instant';
import type { Round } from '../db/rounds-repository';
import { ApiFailure } from '../http/api-failure';
import { roundPhase } from './round-phase';
import type { ServiceContext } from './service-context';
import { currentTaxonomy } from './taxonomy-service';

/** What the secretariat sends to open a round. */
export const roundInputSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    opensAt: isoInstantSchema,
    closesAt: isoInstantSchema,
    taxonomyVersion: z.number().int().positive().optional(),
  })
  .refine((round) => round.closesAt > round.opensAt, {
    message: 'closesAt moet na opensAt liggen',
    path: ['closesAt'],
  });
export type RoundInput = z.infer<typeof roundInputSchema>;

/** A change to a round: any of its title and dates. */
export const roundPatchSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  opensAt: isoInstantSchema.optional(),
  closesAt: isoInstantSchema.optional(),
});

function assertNoOverlap(context: ServiceContext, round: Round): void {
  const other = context.db.rounds.overlapping(round);
  if (other) throw new ApiFailure(409, 'round_overlap', `De periode overlapt met de ronde ‘${other.title}’.`);
}

/** Creates a round; periods of rounds may not overlap, so "the open round" is always one. */
export function createRound(context: ServiceContext, actorId: string, input: RoundInput): Round {
  const now = context.now().toISOString();
  const round: Round = {
    id: randomUUID(),
    title: input.title,
    taxonomyVersion: input.taxonomyVersion ?? currentTaxonomy(context).version,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    createdAt: now,
  };
  if (!context.db.taxonomy.byVersion(round.taxonomyVersion)) {
    throw new ApiFailure(400, 'unknown_taxonomy_version', `Taxonomieversie ${round.taxonomyVersion} bestaat niet.`);
  }
  return context.db.transaction(() => {
    assertNoOverlap(context, round);
    context.db.rounds.insert(round);
    context.db.audit.record({ at: now, actorId, action: 'round.create', subject: round.id, detail: { title: round.title } });
    return round;
  });
}

/** Changes a round's title or dates (for example to close it early). */
export function updateRound(context: ServiceContext, actorId: string, id: string, patch: z.infer<typeof roundPatchSchema>): Round {
  return context.db.transaction(() => {
    const current = context.db.rounds.findById(id);
    if (!current) throw new ApiFailure(404, 'not_found', 'Deze ronde bestaat niet.');
    const next: Round = {
      ...current,
      ...(patch.title ? { title: patch.title } : {}),
      ...(patch.opensAt ? { opensAt: patch.opensAt } : {}),
      ...(patch.closesAt ? { closesAt: patch.closesAt } : {}),
    };
    if (next.closesAt <= next.opensAt) throw new ApiFailure(400, 'invalid_input', 'closesAt moet na opensAt liggen.');
    assertNoOverlap(context, next);
    context.db.rounds.update(next);
    context.db.audit.record({ at: context.now().toISOString(), actorId, action: 'round.update', subject: id, detail: patch });
    return next;
  });
}

/**
 * The round a new annotation belongs to: the one asked for, which must be open now, or else the
 * round open now, or none.
 */
export function roundForNewAnnotation(context: ServiceContext, requested: string | undefined, at: string): string | null {
  if (requested === undefined) return context.db.rounds.openAt(at)?.id ?? null;
  const round = context.db.rounds.findById(requested);
  if (!round) throw new ApiFailure(400, 'unknown_round', 'Deze ronde bestaat niet.');
  assertRoundOpen(round, at);
  return round.id;
}

/** Throws a clear 409 when `round` is not open at `at`. */
export function assertRoundOpen(round: Round, at: string): void {
  const phase = roundPhase(round, at);
  if (phase === 'planned') throw new ApiFailure(409, 'round_not_open', `De ronde ‘${round.title}’ opent pas op ${round.opensAt}.`);
  if (phase === 'closed') throw new ApiFailure(409, 'round_closed', `De ronde ‘${round.title}’ is gesloten sinds ${round.closesAt}.`);
}
