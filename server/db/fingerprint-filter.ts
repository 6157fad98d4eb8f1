/**
 * The list filter for `GET /api/annotations?source=urn:x-pdf:…`: the annotations whose target
 * carries that fingerprint (made on the same PDF file, at whatever URL), and every reply in their
 * threads, as a list by source includes replies. Uses the same expression as the index of
 * migration 4, so it is a lookup, not a scan. Reads the parameter `@fingerprint`.
 */
export const FINGERPRINT_FILTER = `a.uuid IN (
  WITH RECURSIVE thread(uuid) AS (
    SELECT uuid FROM annotations WHERE json_extract(target, '$.fingerprint') = @fingerprint
    UNION ALL SELECT c.uuid FROM annotations c JOIN thread t ON c.parent_uuid = t.uuid)
  SELECT uuid FROM thread)`;
