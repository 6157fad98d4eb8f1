/**
 * An index on the PDF fingerprint annotations carry in their target (`target.fingerprint`), so
 * listing a PDF's annotations by fingerprint stays a lookup however many annotations there are.
 * Targets are stored as JSON; replies' targets (a JSON string) index as NULL.
 */
export const fingerprintIndex = `
CREATE INDEX annotations_fingerprint ON annotations(json_extract(target, '$.fingerprint'));
`;
