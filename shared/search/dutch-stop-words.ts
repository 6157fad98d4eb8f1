/**
 * Dutch words a search drops from what it asks for: articles, pronouns, prepositions, conjunctions
 * and auxiliary verbs that say nothing about what a remark is about, plus the words of a question
 * such as "wat zei Woerden over meldingsbereidheid?". Written in their folded form (lower case,
 * no diacritics). A search made only of these words keeps them, so "de" still finds something.
 * The same list is printed in the README's search help; keep the two in step.
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set([
  'de', 'het', 'een', 'en', 'of', 'maar', 'dat', 'die', 'dit', 'deze', 'er', 'hier', 'daar',
  'van', 'in', 'op', 'aan', 'met', 'voor', 'bij', 'naar', 'over', 'om', 'te', 'tot', 'uit', 'door',
  'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'heeft', 'hebben', 'had', 'kan', 'kunnen',
  'zal', 'zou', 'ook', 'nog', 'niet', 'al', 'wel', 'als', 'dan', 'zo',
  'ik', 'je', 'u', 'hij', 'zij', 'ze', 'we', 'wij', 'hun', 'hem', 'haar', 'ons', 'mijn', 'uw', 'zich',
  'wat', 'wie', 'hoe', 'waar', 'wanneer', 'waarom', 'welke', 'zei', 'zegt', 'zeiden',
]);
