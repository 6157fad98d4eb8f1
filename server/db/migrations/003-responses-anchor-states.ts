/**
 * The audience organisation of every annotation (a reply's is its thread's, so an
 * organisation-only thread stays within the organisation of whoever started it), the response loop (what the reviewed organisation did with each remark) and the last anchor state
 * a client reported for an annotation, so the digest can list remarks whose passage is gone.
 */
export const responsesAndAnchorStates = `
CREATE TABLE responses (
  annotation_uuid TEXT PRIMARY KEY REFERENCES annotations(uuid) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'answered', 'adopted', 'not-adopted')),
  text TEXT NOT NULL,
  by_id TEXT NOT NULL REFERENCES users(id),
  at TEXT NOT NULL
) STRICT;

ALTER TABLE annotations ADD COLUMN audience_organisation TEXT;
UPDATE annotations SET audience_organisation = (SELECT organisation FROM users WHERE users.id = annotations.author_id)
  WHERE parent_uuid IS NULL;
WITH RECURSIVE thread(uuid, organisation) AS (
  SELECT uuid, audience_organisation FROM annotations WHERE parent_uuid IS NULL
  UNION ALL SELECT a.uuid, t.organisation FROM annotations a JOIN thread t ON a.parent_uuid = t.uuid)
UPDATE annotations SET audience_organisation = (SELECT organisation FROM thread WHERE thread.uuid = annotations.uuid)
  WHERE parent_uuid IS NOT NULL;

ALTER TABLE annotations ADD COLUMN anchor_state TEXT CHECK (anchor_state IN ('anchored', 'moved', 'orphan'));
ALTER TABLE annotations ADD COLUMN anchor_checked_at TEXT;
`;
