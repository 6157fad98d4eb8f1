/**
 * What the W3C round trip keeps: a client's `canonical` IRI, the `via` list (earlier ids, among them
 * a foreign `id` the server replaced) and the provenance of an imported annotation (its `creator`,
 * `generator` and `created` as sent, JSON). Existing rows get one spelling for what they name:
 * every `id` becomes its `urn:uuid:` alias (a client could send a bare UUID before) and a reply's
 * target names its parent by that alias, so the served IRI can be made from it on any origin.
 */
export const w3cRoundTrip = `
ALTER TABLE annotations ADD COLUMN canonical TEXT;
ALTER TABLE annotations ADD COLUMN via TEXT;
ALTER TABLE annotations ADD COLUMN provenance TEXT;
UPDATE annotations SET id = 'urn:uuid:' || uuid WHERE id != 'urn:uuid:' || uuid;
UPDATE annotations SET target = json_quote('urn:uuid:' || parent_uuid) WHERE parent_uuid IS NOT NULL;
`;
