import { describe, expect, it } from 'vitest';
import { parseSearch, SEARCH_FACETS } from '../../../shared/search/search-query';
import { SEARCH_TIPS } from '../../../shared/search/search-tips';

const languages = ['nl', 'en'] as const;

describe('the search tips', () => {
  it.each(languages)('explain every facet the parser reads (%s)', (language) => {
    const tips = SEARCH_TIPS[language];
    const all = [tips.hint, ...tips.tips.flatMap((tip) => [tip.example, tip.text])].join(' ');
    for (const facet of Object.keys(SEARCH_FACETS)) expect(all, facet).toContain(`${facet}:`);
  });

  it.each(languages)('give examples that search what their words say (%s)', (language) => {
    const limitedTo = (example: string) => {
      const parsed = parseSearch(example);
      return [...parsed.clauses.map((clause) => clause.field ?? 'anywhere'), ...parsed.termCodes.map(() => 'term')];
    };
    const byExample = new Map(SEARCH_TIPS[language].tips.map((tip) => [tip.example, limitedTo(tip.example)]));
    const facet = (nl: string, en: string) => byExample.get(language === 'nl' ? nl : en);
    expect(byExample.get('wachtlijst jeugdhulp')).toEqual(['anywhere', 'anywhere']);
    expect(byExample.get('"vast aanspreekpunt"')).toEqual(['anywhere']);
    expect(facet('door:"Anna de Vries"', 'by:"Anna de Vries"')).toEqual(['author']);
    expect(facet('label:wachttijd', 'tag:wachttijd')).toEqual(['tags']);
    expect(facet('citaat:wachttijd', 'quote:wachttijd')).toEqual(['quote']);
    expect(byExample.get('term:2.1')).toEqual(['term']);
  });

  it.each(languages)('keep the hint under the box short (%s)', (language) => {
    expect(SEARCH_TIPS[language].hint.length).toBeLessThan(140);
  });
});
