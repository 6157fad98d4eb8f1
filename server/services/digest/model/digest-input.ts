import type { Taxonomy } from '../../../../shared/schemas/taxonomy';
import type { AnchorState } from '../../../../shared/schemas/response';
import type { AnnotationRecord } from '../../../db/annotation-row';
import type { ResponseRecord } from '../../../db/responses-repository';

export type { AnchorState, ResponseStatus } from '../../../../shared/schemas/response';
export type { ResponseRecord } from '../../../db/responses-repository';

/**
 * Everything the pure digest builder needs. The caller has already left out what may never appear
 * in a digest: private and hidden annotations, tombstones, and annotations of other rounds.
 * `annotations` holds both top-level annotations (target is a document) and their replies
 * (target is a parent id; `parentUuid` set).
 */
export interface DigestInput {
  /** Heading of the digest, e.g. the round's title. */
  title: string;
  /** The round, when the digest is for one. */
  round: { id: string; title: string; opensAt: string; closesAt: string } | null;
  /** The period covered (ISO times), when the digest is for a date range. */
  period: { from: string | null; to: string | null };
  generatedAt: string;
  taxonomy: Taxonomy;
  annotations: AnnotationRecord[];
  /** Responses by annotation UUID. */
  responses: ReadonlyMap<string, ResponseRecord>;
  /** Last reported anchor state by annotation UUID; missing means unknown. */
  anchorStates: ReadonlyMap<string, AnchorState>;
  /** Replace people's names by their role and organisation (for publication). */
  pseudonymise: boolean;
  /** Every registered user, whose names are scrubbed from the texts of a pseudonymised digest. */
  registeredUsers?: ReadonlyArray<{ id: string; name: string; role: string; organisation: string }>;
  /**
   * Titles of registered documents by normalised URL. Optional: without it (or for a URL not in
   * it) the digest names a document by its URL.
   */
  documentTitles?: ReadonlyMap<string, string>;
  /** Further names the secretariat listed (children, case workers), replaced by "[naam]". */
  scrubNames?: readonly string[];
}
