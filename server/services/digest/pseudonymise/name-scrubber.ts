import { compareText } from '../model/compare';
import { nameVariants } from './name-variants';

/** A name to scrub and what to put in its place. */
export interface ScrubEntry {
  /** The name as registered or listed ("Gerrit Mulder"). */
  name: string;
  /** The replacement, brackets included ("[Raadslid, Gemeente Woerden]" or "[naam]"). */
  label: string;
  /** From the secretariat's list: the entry itself matches in any case. */
  listed: boolean;
}

/** How often a name was replaced in the texts scrubbed so far. */
export interface ReplacedName {
  name: string;
  count: number;
}

/** Scrubs names out of free text, and keeps count of what it replaced. */
export interface NameScrubber {
  /** `text` with every known name replaced by its label; counted unless `count` is false. */
  scrub(text: string, count?: boolean): string;
  /** The names replaced so far, most often first. Never written into a pseudonymised file. */
  replaced(): ReplacedName[];
}

/** The label used where one form belongs to several people, or for names from the secretariat's list. */
export const NEUTRAL_LABEL = '[naam]';

interface Target {
  label: string;
  /** Whose name this is, for the count ("Anna" of two people counts under "Anna"). */
  name: string;
  capitalOnly: boolean;
}

/**
 * Text without diacritics and ligatures (é → e, ĳ → ij), with where each of its UTF-16 units came
 * from in the original, so a match in the folded text maps back to the original's exact range.
 */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of text) {
    const plain = char.normalize('NFKD').replace(/\p{M}/gu, '');
    for (let unit = 0; unit < plain.length; unit++) origin.push(at);
    folded += plain;
    at += char.length;
  }
  origin.push(at);
  return { folded, origin };
}

/** The key of a form: folded, lower case, single spaces, one kind of apostrophe. */
const keyOf = (text: string): string => fold(text).folded.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");

/** A regular expression for a folded form: any white space between words, either apostrophe. */
function patternOf(key: string): string {
  return key
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('\\s+');
}

/** Every form of every entry; a form two people share gets the neutral label. */
function targetsOf(entries: readonly ScrubEntry[]): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const entry of entries) {
    for (const variant of nameVariants(entry.name, entry.listed)) {
      const key = keyOf(variant.text);
      const known = targets.get(key);
      if (known === undefined) targets.set(key, { label: entry.label, name: entry.name, capitalOnly: variant.capitalOnly });
      else if (known.label !== entry.label) targets.set(key, { label: NEUTRAL_LABEL, name: variant.text, capitalOnly: known.capitalOnly || variant.capitalOnly });
    }
  }
  return targets;
}

/** Whether the last word of what matched starts with a capital, as `capitalOnly` forms require. */
const lastWordCapitalised = (matched: string): boolean => /^\p{Lu}/u.test(matched.split(/\s+/u).at(-1) ?? '');

/** A word in folded text: where a name can start (apostrophes and hyphens inside a word). */
const WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/**
 * What may follow a name: a possessive or plural ending ("Mulders", "Mulder's", and the bare
 * apostrophe only after s, x or z: "de Vries'"), then no letter or digit.
 */
const ENDING = `(?:['’]s|(?<=[sxz])['’]|s)?(?![\\p{L}\\p{N}])`;

/** One form, tried where its first word stands: `at` is -1 when the form starts with an apostrophe ("'t Hart"). */
interface Form {
  key: string;
  sticky: RegExp;
  at: number;
}

/** The words a form can be looked up by: as written, without a trailing ending or punctuation, before a hyphen. */
function lookupWords(word: string): string[] {
  const plain = word.toLowerCase().replace(/’/gu, "'");
  const trimmed = plain.replace(/['-]+$/u, '');
  return [...new Set([plain, trimmed, trimmed.replace(/(?:'s|s)$/u, ''), plain.split('-')[0] ?? plain])];
}

/**
 * The forms by their first word (lower case, no leading apostrophe, no trailing full stop), longest
 * first: looking up each word of a text is far cheaper than one expression with every name in it.
 */
function formsByFirstWord(keys: readonly string[]): Map<string, Form[]> {
  const forms = new Map<string, Form[]>();
  for (const key of [...keys].sort((a, b) => b.length - a.length || compareText(a, b))) {
    const first = (key.split(' ')[0] ?? '').replace(/\.$/u, '');
    const apostrophe = first.startsWith("'");
    const word = apostrophe ? first.slice(1) : first;
    const list = forms.get(word) ?? [];
    list.push({ key, sticky: new RegExp(`(${patternOf(key)})${ENDING}`, 'iuy'), at: apostrophe ? -1 : 0 });
    forms.set(word, list);
  }
  return forms;
}

/**
 * The scrubber for `entries` (see name-variants.ts for which forms count). Matches stand between
 * non-letters (Unicode letters and digits on either side block a match), may carry a Dutch
 * possessive or plural ("Bakkers", "Bakker's", "de Vries'"), ignore diacritics ("Jose" finds
 * "José"), and are replaced in one pass, so an inserted label is never scrubbed again.
 */
export function createNameScrubber(entries: readonly ScrubEntry[]): NameScrubber {
  const targets = targetsOf(entries);
  const counts = new Map<string, number>();
  const forms = formsByFirstWord([...targets.keys()]);

  /** The longest form that matches where `word` starts, with where its match ends; null for none. */
  const matchAt = (folded: string, original: string, origin: readonly number[], word: RegExpExecArray): { target: Target; start: number; end: number } | null => {
    const candidates = [...new Set(lookupWords(word[0]).flatMap((key) => forms.get(key) ?? []))].sort((a, b) => b.key.length - a.key.length);
    for (const form of candidates) {
      const index = word.index + form.at;
      if (form.at === -1 && !/['’]/u.test(folded[index] ?? '')) continue;
      form.sticky.lastIndex = index;
      const match = form.sticky.exec(folded);
      const target = match ? targets.get(form.key) : undefined;
      if (!match || target === undefined) continue;
      const start = origin[index] ?? 0;
      const written = original.slice(start, origin[index + (match[1] ?? '').length] ?? original.length);
      if (target.capitalOnly && !lastWordCapitalised(written)) continue;
      return { target, start: index, end: index + match[0].length };
    }
    return null;
  };

  const scrub = (text: string, count = true): string => {
    if (forms.size === 0 || text === '') return text;
    const { folded, origin } = fold(text);
    let result = '';
    let copied = 0;
    let resume = 0;
    for (const word of folded.matchAll(WORD)) {
      if (word.index < resume) continue;
      const found = matchAt(folded, text, origin, word);
      if (found === null) continue;
      result += text.slice(copied, origin[found.start] ?? 0) + found.target.label;
      copied = origin[found.end] ?? text.length;
      resume = found.end;
      if (count) counts.set(found.target.name, (counts.get(found.target.name) ?? 0) + 1);
    }
    return resume === 0 ? text : result + text.slice(copied);
  };

  return {
    scrub,
    replaced: () => [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || compareText(a.name, b.name)),
  };
}
