import { z } from 'zod';

/** The id of the JSON block in which the server tells the reader's script what it shows. */
export const READER_CONFIG_ID = 'kantlijn-lezer-config';

/**
 * What the server puts in the reader's page: the document's own URL (what annotations target),
 * the session's CSRF token, the language, and for a PDF where its bytes are.
 */
export const readerConfigSchema = z.object({
  source: z.url(),
  csrfToken: z.string().min(1),
  language: z.enum(['nl', 'en']),
  kind: z.enum(['html', 'pdf']),
  /** Same-origin address of the PDF's bytes, as the server fetched them (PDFs only). */
  pdfBytesUrl: z.string().optional(),
  /** Folder URLs of pdf.js's decoders and standard fonts (PDFs only). */
  pdfAssets: z.object({ wasmUrl: z.string(), standardFontDataUrl: z.string() }).optional(),
});
export type ReaderConfig = z.infer<typeof readerConfigSchema>;

/** Reads the configuration from the page, or null when it is missing or malformed. */
export function readReaderConfig(document: Document): ReaderConfig | null {
  const text = document.getElementById(READER_CONFIG_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = readerConfigSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
