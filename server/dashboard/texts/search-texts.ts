import { DUTCH_STOP_WORDS } from '../../../shared/search/dutch-stop-words';

/** The Dutch texts of the dashboard's search page. */
export const searchNl = {
  title: 'Zoeken in de opmerkingen',
  intro: 'Zoek in alle documenten: in de opmerkingen en reacties, de geciteerde passages, de labels, de gekoppelde doelen en aanbevelingen en de namen en organisaties van wie ze schreef.',
  label: 'Zoekwoorden',
  submit: 'Zoeken',
  // The hint and the tips themselves are shared with the sidebar: SEARCH_TIPS in shared/search/search-tips.ts.
  stopWords: `Kleine woorden als ${[...DUTCH_STOP_WORDS].slice(0, 8).join(', ')} worden overgeslagen, behalve als u alleen die typt.`,
  found: (shown: number, more: boolean) => (shown === 0 ? 'Niets gevonden. Probeer minder woorden of het begin van een woord.' : `${more ? 'De beste ' : ''}${shown} ${shown === 1 ? 'opmerking' : 'opmerkingen'} gevonden, de beste eerst${more ? '; voeg een woord toe om preciezer te zoeken' : ''}.`),
  next: 'Volgende resultaten',
  caption: (q: string) => `Zoekresultaten voor „${q}”`,
  author: 'Door',
  where: 'Document en passage',
  remark: 'Opmerking',
  matchedIn: 'Ook gevonden in',
  parts: { text: 'opmerking', quote: 'passage', tags: 'labels', terms: 'doelen en aanbevelingen', author: 'naam of organisatie' } as Record<string, string>,
  reply: 'Reactie',
} as const;
