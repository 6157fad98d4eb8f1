/** Where the reader lives: `/lezen?url=…` opens a document, `/lezen` alone is its start page. */
export const READER_PATH = '/lezen';
/** Where the reader's script and styles are served from. */
export const READER_ASSETS_PATH = '/lezen/bestanden';
