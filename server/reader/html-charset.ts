/** The encoding a `<meta>` in the first kilobyte names (`<meta charset>` or the http-equiv form). */
function metaCharset(head: string): string | null {
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return direct?.[1]?.toLowerCase() ?? null;
}

/** Labels the Encoding Standard maps to windows-1252 (latin1 among them, as browsers read it). */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp819', 'ibm819', 'iso-ir-100', 'csisolatin1', 'ansi_x3.4-1968']);
/** What windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters (0 = the same code point). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes windows-1252 by hand: Node's decoder (without full ICU) reads it as Latin-1, losing € and quotes. */
function decodeWindows1252(body: Buffer): string {
  let text = '';
  for (let start = 0; start < body.length; start += 8192) {
    const codes = Array.from(body.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] || byte : byte));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** The decoder for `label`, or null when the label names no encoding this runtime knows. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes an HTML page's bytes as a browser would, in short: a byte order mark wins, then the
 * `charset` of the content type, then a `<meta>` charset in the first kilobyte, then UTF-8. (The
 * meta is looked for with a pattern only to find an encoding name; the page itself is parsed by a
 * real HTML parser.)
 */
export function decodeHtml(body: Buffer, declared: string | null): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return new TextDecoder('utf-8').decode(body);
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder('utf-16be').decode(body);
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder('utf-16le').decode(body);
  const label = declared ?? metaCharset(body.subarray(0, 1024).toString('latin1'));
  if (label && WINDOWS_1252_LABELS.has(label)) return decodeWindows1252(body);
  const decoder = (label ? decoderFor(label) : null) ?? new TextDecoder('utf-8');
  return decoder.decode(body);
}
