import type { Language } from './i18n';

/** The forms of a counted phrase; `{n}` stands for the count, written the way the language writes numbers. */
export interface PluralForms {
  one: string;
  other: string;
}

const rulesByLanguage = new Map<Language, Intl.PluralRules>();

/**
 * The phrase for `count` in `language`: chooses the form with `Intl.PluralRules` (so "1 opmerking",
 * "2 opmerkingen", never "opmerking(en)") and writes the count with the language's digit grouping.
 */
export function plural(language: Language, count: number, forms: PluralForms): string {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    rulesByLanguage.set(language, rules);
  }
  const form = rules.select(count) === 'one' ? forms.one : forms.other;
  return form.replaceAll('{n}', count.toLocaleString(language));
}
