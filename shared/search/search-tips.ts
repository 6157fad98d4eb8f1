import type { Language } from '../i18n/plural';

// How to search, in plain words (language level B1), for every search box: the sidebar's (this
// document) and the dashboard's (every document). The facets are those `parseSearch` reads
// (search-query.ts); tests/shared/search/search-tips.test.ts checks that every facet is explained
// here and that each example means what its tip says.

/** One tip: what to type (`example`, typed as it stands) and, after it, what it does. */
export interface SearchTip {
  example: string;
  text: string;
}

/** What a search box says about searching. */
export interface SearchTips {
  /** One or two short sentences under the box, linked to it as its description. */
  hint: string;
  /** The heading of the list of further tips, which opens on request. */
  title: string;
  tips: readonly SearchTip[];
}

/** The search tips per language. Each facet is shown in the reader's language, with the other language's word after it. */
export const SEARCH_TIPS: Record<Language, SearchTips> = {
  nl: {
    hint: 'Typ een of meer woorden. Alleen opmerkingen van één persoon of organisatie? Typ door: en de naam, bijvoorbeeld door:Woerden.',
    title: 'Meer zoektips',
    tips: [
      { example: 'wachtlijst jeugdhulp', text: 'vindt opmerkingen met allebei de woorden. Het begin van een woord is genoeg: melding vindt ook meldingsbereidheid.' },
      { example: '"vast aanspreekpunt"', text: 'tussen aanhalingstekens: de woorden staan precies zo naast elkaar.' },
      { example: 'door:"Anna de Vries"', text: 'alleen opmerkingen van deze persoon. Zet een naam met spaties tussen aanhalingstekens. In het Engels: by:' },
      { example: 'label:wachttijd', text: 'zoekt alleen in de labels bij de opmerkingen. In het Engels: tag:' },
      { example: 'citaat:wachttijd', text: 'zoekt alleen in de tekst uit het rapport die iemand markeerde. In het Engels: quote:' },
      { example: 'term:2.1', text: 'alleen opmerkingen die bij doel, actie of aanbeveling 2.1 horen.' },
    ],
  },
  en: {
    hint: 'Type one or more words. Only remarks by one person or organisation? Type by: and the name, for example by:Woerden.',
    title: 'More search tips',
    tips: [
      { example: 'wachtlijst jeugdhulp', text: 'finds remarks with both words. The start of a word is enough: melding also finds meldingsbereidheid.' },
      { example: '"vast aanspreekpunt"', text: 'in quotation marks: the words stand next to each other, exactly like this.' },
      { example: 'by:"Anna de Vries"', text: 'only remarks by this person. Put a name with spaces in quotation marks. In Dutch: door:' },
      { example: 'tag:wachttijd', text: 'searches only the labels of the remarks. In Dutch: label:' },
      { example: 'quote:wachttijd', text: 'searches only the text from the report that someone marked. In Dutch: citaat:' },
      { example: 'term:2.1', text: 'only remarks linked to goal, action or recommendation 2.1.' },
    ],
  },
};
