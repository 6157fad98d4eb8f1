import { z } from 'zod';

/**
 * A PDF's identity independent of where it is published: `urn:x-pdf:` and its permanent file
 * identifier (pdf.js's first fingerprint, the PDF's own `/ID` or a hash of the file's start), in
 * lower-case hex. The same report on a council's site and on SVMN's site has the same one.
 */
export const PDF_FINGERPRINT_PREFIX = 'urn:x-pdf:';

/** A PDF fingerprint URN as stored in `target.fingerprint` and accepted as `?source=` of a list. */
export const documentFingerprintSchema = z
  .string()
  .max(PDF_FINGERPRINT_PREFIX.length + 128)
  .regex(/^urn:x-pdf:[0-9a-f]{16,128}$/, 'geen urn:x-pdf:-vingerafdruk');

/** The fingerprint URN for pdf.js's fingerprint, or `null` when it has none or not a usable one. */
export function pdfFingerprintUrn(fingerprint: string | null | undefined): string | null {
  if (!fingerprint) return null;
  const urn = `${PDF_FINGERPRINT_PREFIX}${fingerprint.toLowerCase()}`;
  return documentFingerprintSchema.safeParse(urn).success ? urn : null;
}

/** True when a `source` names a document by its fingerprint rather than by its URL. */
export function isFingerprintSource(source: string): boolean {
  return source.startsWith(PDF_FINGERPRINT_PREFIX);
}
