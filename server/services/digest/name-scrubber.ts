import { compareText } from './compare';
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

/**
 * The scrubber for `entries` (see name-variants.ts for which forms count). Matches stand between
 * non-letters (Unicode letters and digits on either side block a match), may carry a Dutch
 * possessive or plural ("Bakkers", "Bakker's", "de Vries'"), ignore diacritics ("Jose" finds
 * "José"), and are replaced in one pass, so an inserted label is never scrubbed again.
 */
export function createNameScrubber(entries: readonly ScrubEntry[]): NameScrubber {
  const targets = targetsOf(entries);
  const counts = new Map<string, number>();
  const keys = [...targets.keys()].sort((a, b) => b.length - a.length || compareText(a, b));
  const pattern =
    keys.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(${keys.map(patternOf).join('|')})(?:['’]s|['’]|s)?(?![\\p{L}\\p{N}])`, 'giu');

  const scrub = (text: string, count = true): string => {
    if (pattern === null || text === '') return text;
    const { folded, origin } = fold(text);
    let result = '';
    let copied = 0;
    let replaced = false;
    for (const match of folded.matchAll(pattern)) {
      const start = origin[match.index] ?? 0;
      const end = origin[match.index + match[0].length] ?? text.length;
      const base = match[1] ?? '';
      const target = targets.get(keyOf(base));
      const written = text.slice(start, origin[match.index + base.length] ?? end);
      if (target === undefined || (target.capitalOnly && !lastWordCapitalised(written))) continue;
      result += text.slice(copied, start) + target.label;
      copied = end;
      replaced = true;
      if (count) counts.set(target.name, (counts.get(target.name) ?? 0) + 1);
    }
    return replaced ? result + text.slice(copied) : text;
  };

  return {
    scrub,
    replaced: () => [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || compareText(a.name, b.name)),
  };
}
