/**
 * The secretariat's own list of names to scrub from pseudonymised digests (children, case
 * workers: people who have no account but slip into remarks), in the order it was typed. A name
 * is listed once, whatever its case.
 */
export const scrubNames = `
CREATE TABLE scrub_names (
  name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
  position INTEGER NOT NULL
) STRICT;
`;
