/**
 * How a name can appear in a remark: the forms the name scrubber (name-scrubber.ts) looks for.
 *
 * The rule, and why:
 * - The full name ("Jan de Vries") and the surname with its particles ("de Vries", "De Vries",
 *   "van der Berg") match in any case: nobody writes those for anything but the person.
 * - A surname alone ("Mulder") matches in any case too, unless it is also an ordinary Dutch word
 *   ("Bakker", "Visser", "Kok", "Berg"): then only written with a capital, so "de bakker op de
 *   hoek" stays while "Bakkers notitie" is scrubbed. A sentence that starts with such a word is
 *   scrubbed too; that errs on the side of privacy.
 * - The surname's core without its particles ("Vries" of "de Vries") and given names ("Anna")
 *   match only capitalised, never when they are ordinary words or particles, never under 3 letters.
 * - An entry of the secretariat's own list matches as written in any case: it was put there on
 *   purpose. Its parts follow the rules above.
 */

/** Lower-case name particles (tussenvoegsels): never a name on their own. */
const PARTICLES = new Set(['de', 'den', 'der', 'des', 'van', 'von', 'het', "'t", '’t', 'ter', 'ten', 'te', 'op', 'in', 'aan', 'bij', 'uit', 'onder', 'over', 'la', 'le', 'du', 'da', 'di', 'del', "d'", '’s', "'s"]);

/**
 * Names that are ordinary Dutch words as well (and words that make up account names such as
 * "Secretariaat"): only scrubbed capitalised, and never alone as a given name or a surname's core.
 */
const COMMON_WORDS = new Set([
  'bakker', 'visser', 'kok', 'boer', 'bos', 'berg', 'brouwer', 'dekker', 'koster', 'kuiper', 'molenaar', 'schipper', 'timmerman',
  'smid', 'vos', 'wolf', 'haan', 'hoek', 'koning', 'prins', 'graaf', 'groot', 'klein', 'lang', 'lange', 'jong', 'zwart', 'wit',
  'bruin', 'groen', 'rood', 'veld', 'meer', 'beek', 'dijk', 'brink', 'steen', 'stam', 'vink', 'mol', 'pauw', 'zee', 'wijn',
  'hart', 'post', 'heer', 'winter', 'zomer', 'mast', 'kroon', 'bloem', 'haas', 'bok', 'kraai', 'ven', 'wal', 'laan', 'plas',
  'ben', 'bas', 'job', 'lot', 'rob', 'mark', 'roos', 'iris', 'fleur', 'hoop', 'mei', 'juni', 'will', 'wil', 'wiel', 'kees',
  'secretariaat', 'raadslid', 'respondent', 'ketenpartner', 'gemeente', 'beheerder', 'admin', 'test', 'demo', 'gebruiker', 'account',
]);

/** One form to look for: `text` as it is written, and whether its last word must be capitalised. */
export interface NameVariant {
  text: string;
  capitalOnly: boolean;
}

const isParticle = (word: string): boolean => PARTICLES.has(word.toLowerCase());
/** Common words checked without diacritics and hyphen parts alike ("Bakker-Smit" is not one word). */
const isCommon = (word: string): boolean => COMMON_WORDS.has(word.toLowerCase());
/** A word that can stand alone as a name: letters (hyphens, apostrophes inside), 3 or more. */
const standsAlone = (word: string): boolean => word.length >= 3 && /^\p{L}[\p{L}\p{M}'’-]*$/u.test(word) && !isParticle(word) && !isCommon(word);

/** The surname of a name: from the first particle after the given name, else the last word. */
function surnameStart(words: readonly string[]): number {
  const particle = words.findIndex((word, index) => index > 0 && index < words.length - 1 && isParticle(word));
  return particle === -1 ? words.length - 1 : particle;
}

/** The forms of one name, longest first (see the rule at the top of this file). */
export function nameVariants(name: string, listed: boolean): NameVariant[] {
  const words = name.normalize('NFC').split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0) return [];
  const whole: NameVariant = { text: words.join(' '), capitalOnly: !listed && words.length === 1 && isCommon(words[0] ?? '') };
  if (words.length === 1) return whole.text.length >= 2 ? [whole] : [];
  const start = surnameStart(words);
  const surname = words.slice(start);
  const core = surname.at(-1) ?? '';
  const variants: NameVariant[] = [whole, { text: surname.join(' '), capitalOnly: isCommon(core) || (surname.length === 1 && core.length < 3) }];
  if (surname.length > 1 && standsAlone(core)) variants.push({ text: core, capitalOnly: true });
  const initial = words[0]?.match(/^\p{Lu}/u)?.[0];
  if (initial) variants.push({ text: `${initial}. ${surname.join(' ')}`, capitalOnly: false });
  for (const given of words.slice(0, start)) if (standsAlone(given)) variants.push({ text: given, capitalOnly: true });
  return variants.filter((variant) => variant.text.length >= 2);
}
