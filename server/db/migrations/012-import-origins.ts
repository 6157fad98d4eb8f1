/**
 * Where imported annotations came from: one row per item of an import file (its id elsewhere, or a
 * hash of its content when it had none), naming the annotation it became. A second import of the
 * same file finds every item here and creates nothing twice. The row outlives the annotation on
 * purpose: what the secretariat deleted after an import does not come back with the next one.
 */
export const importOrigins = `
CREATE TABLE import_origins (
  origin TEXT NOT NULL PRIMARY KEY,
  annotation_uuid TEXT NOT NULL,
  imported_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  imported_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`;
