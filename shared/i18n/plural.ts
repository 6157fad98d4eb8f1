/** The languages Kantlijn speaks; Dutch is the default. */
export type Language = 'nl' | 'en';

/** The forms of a counted phrase; `{n}` stands for the count, written the way the language writes numbers. */
export interface PluralForms {
  one: string;
  other: string;
}

const rulesByLanguage = new Map<Language, Intl.PluralRules>();

/**
 * The phrase for `count` in `language`: the form is chosen by `Intl.PluralRules` ("1 token",
 * "2 tokens", never "token(s)") and the count is written with the language's digit grouping.
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
