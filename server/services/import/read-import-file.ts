import { ImportFileError, type ImportFile } from './import-item';
import { looksLikeHypothesis, readHypothesisFile } from './hypothesis-format';
import { looksLikeW3c, readW3cFile } from './w3c-format';

/** Largest import file accepted, in bytes (the dashboard's upload cap is the same). */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/**
 * Deepest nesting of lists and objects accepted. Annotations nest a few levels (a body in a Choice,
 * a selector's refinement, provenance); far deeper input would overflow the readers' recursion.
 */
const MAX_DEPTH = 64;

/** True when `value` nests lists and objects deeper than `max` (looked at without recursion). */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const inner of Object.values(current)) stack.push({ value: inner, depth: depth + 1 });
  }
  return false;
}

/**
 * Reads an import file's text: W3C Web Annotation JSON (one annotation, a list, an AnnotationPage or
 * AnnotationCollection) or the Hypothesis client's JSON export. Throws `ImportFileError` with a Dutch
 * message saying what is wrong and what to do when the file is neither.
 */
export function readImportFile(text: string): ImportFile {
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) {
    throw new ImportFileError(`Dit bestand is groter dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Verdeel het over meer bestanden.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportFileError('Dit bestand is geen geldige JSON. Kies het JSON-bestand dat het andere programma exporteerde (W3C-annotaties of een Hypothesis-export).');
  }
  if (nestsDeeperThan(value, MAX_DEPTH)) {
    throw new ImportFileError(`Dit bestand is te diep genest (meer dan ${MAX_DEPTH} lagen) om als annotaties te lezen. Kies het JSON-bestand zoals het andere programma het exporteerde.`);
  }
  if (Array.isArray(value) && value.length === 0) throw new ImportFileError('Dit bestand bevat geen annotaties.');
  if (looksLikeW3c(value)) return readW3cFile(value);
  if (looksLikeHypothesis(value)) return readHypothesisFile(value);
  if (value !== null && typeof value === 'object' && Array.isArray((value as Record<string, unknown>).annotations) && (value as { annotations: unknown[] }).annotations.length === 0) {
    throw new ImportFileError('Dit bestand bevat geen annotaties.');
  }
  throw new ImportFileError('Dit bestand is geen W3C-annotatie, AnnotationPage of AnnotationCollection en geen Hypothesis-export. Kies een JSON-bestand in een van die vormen.');
}
