/** Kinds of personal data a remark should not carry in a child-protection context. */
export type PersonalDataKind = 'bsn' | 'case-number' | 'email' | 'phone';

/** One suspicious passage in a remark: what it looks like and where (UTF-16 offsets). */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

/**
 * True when nine digits pass the BSN eleven-test (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11,
 * and not all zeros). Eight-digit numbers are BSNs with a leading zero, as the law allows.
 */
export function passesElevenTest(digits: string): boolean {
  const padded = digits.length === 8 ? `0${digits}` : digits;
  if (!/^\d{9}$/.test(padded) || /^0+$/.test(padded)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(padded[index]) * (9 - index);
  sum -= Number(padded[8]);
  return sum % 11 === 0;
}

const PATTERNS: { kind: PersonalDataKind; pattern: RegExp; accept?: (match: string) => boolean }[] = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  // Dossier, case, zaak and registration numbers as councils and SVMN write them: a label and a code.
  {
    kind: 'case-number',
    pattern: /\b(?:dossier|zaak|case|casus|cli[eë]nt|registratie|kenmerk|corsa)(?:nummer|nr\.?|number)?\s*[:#.]?\s*[A-Z]{0,4}[-/]?\d[\d./-]{3,}\d\b/giu,
  },
  // Dutch phone numbers: 06…, 0xx…, +31…, with optional separators.
  { kind: 'phone', pattern: /(?<![\d.])(?:\+31|0031|0)[\s-]?(?:\(0\)[\s-]?)?[1-9](?:[\s-]?\d){8}(?![\d.])/g },
  // Eight or nine digits, possibly grouped as 123.456.789 or 123 456 789, that pass the eleven-test.
  { kind: 'bsn', pattern: /(?<![\d.])\d{3}[ .]?\d{2,3}[ .]?\d{3}(?![\d.])/g, accept: (match) => passesElevenTest(match.replace(/[ .]/g, '')) },
];

/**
 * Finds what looks like personal data in `text`: a BSN (nine digits passing the eleven-test), a
 * case or dossier number, an e-mail address or a phone number. It warns; it does not decide: the
 * user may still save after reading the warning. Findings are in text order and do not overlap.
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const { kind, pattern, accept } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (accept && !accept(match[0])) continue;
      if (findings.some((found) => start < found.end && end > found.start)) continue;
      findings.push({ kind, start, end, text: match[0] });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
