import { z } from 'zod';
import { isoInstantSchema } from '../../shared/schemas/iso-instant';
import { ApiFailure } from '../http/api-failure';
import { buildDigest, buildDigestWithReplacements } from './digest/model/build-digest';
import type { DigestInput } from './digest/model/digest-input';
import { makeDigestFile, type DigestFile } from './digest/worker/digest-file';
import type { Digest } from './digest/model/digest-model';
import type { ReplacedName } from './digest/pseudonymise/name-scrubber';
import { documentTitleLookup } from './document-titles';
import type { ServiceContext } from './service-context';
import { currentTaxonomy } from './taxonomy-service';

/** The query of `GET /api/digest`. */
export const digestQuerySchema = z.object({
  format: z.enum(['md', 'html', 'csv', 'docx', 'json']).default('html'),
  round: z.string().min(1).max(64).optional(),
  from: isoInstantSchema.optional(),
  to: isoInstantSchema.optional(),
  pseudonymise: z.enum(['true', 'false', '1', '0']).default('false').transform((value) => value === 'true' || value === '1'),
});
export type DigestQuery = z.infer<typeof digestQuerySchema>;

/**
 * Gathers what the digest may show (round-wide, visible, not hidden, not deleted annotations of
 * the chosen round or period, their replies, responses and anchor states). The taxonomy is the
 * round's version, so a digest of an old round keeps that round's vocabulary. Plain data only, so
 * that it can be handed to the digest worker as it is.
 */
export function gatherDigestInput(context: ServiceContext, query: DigestQuery): DigestInput {
  const round = query.round ? context.db.rounds.findById(query.round) : null;
  if (query.round && !round) throw new ApiFailure(404, 'not_found', 'Deze ronde bestaat niet.');
  const taxonomy = (round && context.db.taxonomy.byVersion(round.taxonomyVersion)) || currentTaxonomy(context);
  const records = context.db.annotations.listForDigest({ roundId: round?.id ?? null, from: query.from ?? null, to: query.to ?? null });
  const present = new Set(records.map((record) => record.uuid));
  // A reply whose thread starter is not in the digest has nothing to hang from there.
  const annotations = records.filter((record) => record.parentUuid === null || present.has(record.parentUuid));
  return {
    title: round ? `Gezamenlijke feedback – ${round.title}` : 'Gezamenlijke feedback',
    round: round ? { id: round.id, title: round.title, opensAt: round.opensAt, closesAt: round.closesAt } : null,
    period: { from: query.from ?? null, to: query.to ?? null },
    generatedAt: context.now().toISOString(),
    taxonomy,
    annotations,
    responses: context.db.responses.all(),
    anchorStates: context.db.responses.anchorStates(),
    documentTitles: titlesOf(context, annotations),
    pseudonymise: query.pseudonymise,
    // Only a pseudonymised digest scrubs names; the named one has no use for the lists.
    ...(query.pseudonymise
      ? {
          registeredUsers: context.db.users.all().map(({ id, name, role, organisation }) => ({ id, name, role, organisation })),
          scrubNames: context.db.scrubNames.all(),
        }
      : {}),
  };
}

/** The registered title of every source the digest's annotations were made at that has one. */
function titlesOf(context: ServiceContext, annotations: ReadonlyArray<{ source: string }>): Map<string, string> {
  const titleOf = documentTitleLookup(context);
  const titles = new Map<string, string>();
  for (const { source } of annotations) {
    const title = titleOf(source);
    if (title !== null) titles.set(source, title);
  }
  return titles;
}

/** The digest for a query, built on this thread (for pages that show it, not for downloads). */
export function makeDigest(context: ServiceContext, query: DigestQuery): Digest {
  return buildDigest(gatherDigestInput(context, query));
}

/** The digest for a query with the names its texts had replaced: the secretariat's preview. */
export function makeDigestPreview(context: ServiceContext, query: DigestQuery): { digest: Digest; replaced: ReplacedName[] } {
  return buildDigestWithReplacements(gatherDigestInput(context, query));
}

/** The digest for a query as a file to download; large ones are made on the digest worker. */
export function makeDigestDownload(context: ServiceContext, query: DigestQuery): Promise<DigestFile> {
  const input = gatherDigestInput(context, query);
  return context.digests ? context.digests.render(input, query.format) : makeDigestFile(input, query.format);
}
