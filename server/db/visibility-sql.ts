import type { Viewer } from './annotation-row';

// The visibility rules in SQL, over an annotation aliased `a`. They must say what
// `server/services/annotation-access.ts` says in TypeScript; tests/server/visibility-agreement.test.ts
// holds the two together.

/**
 * SQL that is 1 when an annotation above `a` in its thread, at any depth, is hidden (0 otherwise).
 * A top-level annotation (most of them) is decided without the walk up the thread; CASE, unlike
 * AND, is sure not to evaluate the rest.
 */
export const THREAD_HIDDEN = `CASE WHEN a.parent_uuid IS NULL THEN 0 ELSE EXISTS (
    WITH RECURSIVE up(uuid) AS (SELECT a.parent_uuid UNION SELECT p.parent_uuid FROM annotations p JOIN up ON p.uuid = up.uuid WHERE p.parent_uuid IS NOT NULL)
    SELECT 1 FROM annotations h JOIN up ON h.uuid = up.uuid WHERE h.hidden_at IS NOT NULL) END`;

/**
 * SQL that is true when moderation withholds `a`: it is hidden, or something it answers is. The
 * same rule as `isWithheld` in TypeScript.
 */
export const WITHHELD = `(a.hidden_at IS NOT NULL OR ${THREAD_HIDDEN} = 1)`;

/**
 * SQL that is true when annotation `a` by `u` may be seen by @viewerId (@viewerRole, @viewerOrg):
 * always by its author; withheld ones (hidden, or answering a hidden one) only by the secretariat;
 * then by visibility. The same rule as `isVisibleTo`; tests/server/visibility-agreement.test.ts
 * holds the two together.
 */
export const VISIBLE_TO_VIEWER = `(a.author_id = @viewerId OR (
    (@viewerRole = 'secretariat' OR NOT ${WITHHELD})
    AND (a.visibility = 'round' OR (a.visibility = 'organisation' AND a.audience_organisation = @viewerOrg))))`;

/** The parameters of VISIBLE_TO_VIEWER. */
export function viewerParams(viewer: Viewer): { viewerId: string; viewerRole: string; viewerOrg: string } {
  return { viewerId: viewer.id, viewerRole: viewer.role, viewerOrg: viewer.organisation };
}
