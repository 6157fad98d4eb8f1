import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { addUserWithCli } from '../../helpers/server-process';
import { postAnnotation } from './api';

/** How many remarks the fixture report carries: more than one page of the sidebar (50). */
export const REMARK_COUNT = 120;
/** The organisation name that must wrap instead of widening the sidebar. */
export const LONG_ORGANISATION = 'Stichting Regionaal Expertisecentrum Jeugdbescherming en Jeugdreclassering Midden-Nederland';
/** A remark of 3,000 characters, folded in the sidebar. */
export const LONG_REMARK = `Begin van een lange opmerking. ${'De wachttijden in de regio verschillen sterk per gemeente en per soort hulp. '.repeat(40)}`.slice(0, 3_000);
/** Nine linked terms on the first remark, with long names. */
const MANY_TERMS = ['goal-1', 'action-1-1', 'action-1-2', 'goal-2', 'action-2-2', 'rec-basis', 'rec-svmn-1', 'rec-svmn-3', 'rec-keten-1'];

/** The sentence of paragraph `n` of the fixture report (every one distinct, so every remark anchors). */
export const sentence = (n: number) => `Alinea ${n}: in kwartaal ${n} bespraken de partners de voortgang van onderwerp ${n} met alle gemeenten.`;

/** Writes the fixture report, `rapport.html`, into `dir`: itself narrow enough for 320 px, so any sideways scroll is Kantlijn's. */
export function writeReport(dir: string): void {
  const paragraphs = Array.from({ length: REMARK_COUNT }, (_, n) => `<p>${sentence(n)}</p>`).join('\n');
  writeFileSync(path.join(dir, 'rapport.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Voortgang</title></head><body><main><h1>Voortgang</h1>\n${paragraphs}</main></body></html>`);
}

/** The people of the fixture and the ids of the remarks that matter to the tests. */
export interface SidebarFixture {
  councillorToken: string;
  /** The remark with the 3,000 characters and nine terms, by the councillor. */
  longId: string;
  /** A remark by the partner with a reply of the councillor and an answer of SVMN. */
  answeredId: string;
  /** The remark on paragraph `n`, by index. */
  ids: string[];
}

const remarkOn = (url: string, n: number, text: string, terms: string[] = [], kind = 'question') => ({
  motivation: 'commenting',
  kind,
  body: [{ type: 'TextualBody', purpose: 'commenting', value: text }, ...terms.map((source) => ({ type: 'SpecificResource', purpose: 'classifying', source }))],
  target: { source: url, selector: [{ type: 'TextQuoteSelector', exact: sentence(n) }] },
});

/**
 * Seeds the real server with one remark per paragraph of the report at `url`: the first long with
 * many terms, the second by a partner with a long organisation name, replied to and answered by SVMN.
 */
export async function seedSidebarFixture(serverUrl: string, dataDir: string, url: string): Promise<SidebarFixture> {
  const councillorToken = addUserWithCli(dataDir, { role: 'councillor', name: 'Anna de Vries', org: 'Gemeente Woerden' });
  const partnerToken = addUserWithCli(dataDir, { role: 'partner', name: 'Chris Bakker', org: LONG_ORGANISATION });
  const respondentToken = addUserWithCli(dataDir, { role: 'respondent', name: 'Ruben Smit', org: 'Samen Veilig Midden-Nederland' });
  const ids: string[] = [];
  ids.push(await postAnnotation(serverUrl, councillorToken, remarkOn(url, 0, LONG_REMARK, MANY_TERMS, 'concern')));
  ids.push(await postAnnotation(serverUrl, partnerToken, remarkOn(url, 1, 'Hoe meten jullie of de afspraken per gemeente worden nagekomen?', ['goal-3', 'rec-opdrachtgever-1'])));
  // The rest in small batches: enough load to show paging, without flooding a shared machine.
  for (let n = 2; n < REMARK_COUNT; n += 10) {
    const batch = Array.from({ length: Math.min(10, REMARK_COUNT - n) }, (_, i) => postAnnotation(serverUrl, partnerToken, remarkOn(url, n + i, `Korte vraag bij alinea ${n + i}.`, ['action-2-1'])));
    ids.push(...(await Promise.all(batch)));
  }
  await postAnnotation(serverUrl, councillorToken, {
    motivation: 'replying',
    body: [{ type: 'TextualBody', purpose: 'replying', value: 'Dat wil ik ook graag weten, juist voor de kleinere gemeenten.' }],
    target: ids[1],
  });
  const answered = await fetch(`${serverUrl}/api/annotations/${encodeURIComponent(ids[1]!)}/response`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${respondentToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'answered', text: 'Elk kwartaal rapporteren wij per gemeente over de gemaakte afspraken en hoe ze zijn nagekomen.' }),
  });
  if (answered.status !== 200) throw new Error(`answering failed: ${answered.status} ${await answered.text()}`);
  return { councillorToken, longId: ids[0]!, answeredId: ids[1]!, ids };
}
