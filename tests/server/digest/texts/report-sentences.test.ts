import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../server/services/digest/model/build-digest';
import { dutchList, participantsLine, shortLabel, silentTermText, summarySentences } from '../../../../server/services/digest/texts/report-sentences';
import { buildFixture } from '../support/digest-fixture';
import { publishedReplies, publishedTopLevel } from '../support/digest-test-helpers';

const fixture = buildFixture();
const digest = buildDigest(fixture.input);

describe('the summary in sentences', () => {
  it('says who took part, how much they said, about what, and what is left, in short sentences', () => {
    const sentences = summarySentences(digest);
    const remarks = publishedTopLevel(fixture.input).length;
    const replies = publishedReplies(fixture.input).length;
    expect(sentences[0]).toMatch(/^In deze ronde deden 7 mensen mee: \d+ raadsleden, .+\.$/);
    expect(sentences).toContain(`Samen maakten zij ${remarks} opmerkingen bij 4 documenten.`);
    expect(sentences).toContain(`Op de opmerkingen kwamen ${replies} reacties.`);
    expect(sentences.some((sentence) => /^Bij de aanbevelingen kregen deze de meeste opmerkingen: aanbeveling A1\.2 \(/.test(sentence))).toBe(true);
    const recommendations = digest.matrix.rows.filter((row) => row.kind === 'recommendation').length;
    const agenda = digest.matrix.rows.length - recommendations;
    expect(sentences).toContain(`Over 2 van de ${recommendations} aanbevelingen en 1 van de ${agenda} doelen en acties schreef niemand iets. U vindt ze onder ‘Geen aandacht’.`);
    expect(sentences.some((sentence) => new RegExp(`^${digest.openQuestions.length} vragen wachten nog op een reactie of antwoord\\.$`).test(sentence))).toBe(true);
    // B1: no sentence runs on; the longest are the lists of busiest terms, whose names are cut short.
    for (const sentence of sentences) expect(sentence.split(' ').length, sentence).toBeLessThanOrEqual(40);
  });

  it('says plainly when nothing was said yet', () => {
    const empty = buildDigest({ ...fixture.input, annotations: [] });
    expect(summarySentences(empty)).toEqual(['In deze ronde zijn nog geen opmerkingen gemaakt.']);
    expect(participantsLine(empty)).toBe('Nog niemand heeft meegedaan.');
  });

  it('names organisations, never people', () => {
    const line = participantsLine(digest);
    expect(line).toMatch(/^Meegedaan: 7 mensen, .+, van 7 organisaties \(AKJ, .+\)\.$/);
    for (const name of ['Anna', 'Vries', 'Kok', 'Bakker']) expect(line).not.toContain(name);
  });
});

describe('short forms', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a en b'],
    [['a', 'b', 'c'], 'a, b en c'],
  ])('dutchList(%j) is %j', (items, expected) => expect(dutchList(items)).toBe(expected));

  it('cuts a long term name at a word and marks the cut, and leaves a short one whole', () => {
    expect(shortLabel('Externe ondersteuning')).toBe('Externe ondersteuning');
    const cut = shortLabel('Bespreek met elkaar wanneer de veranderagenda geslaagd is. Op dit moment is nog onduidelijk.');
    expect(cut).toBe('Bespreek met elkaar wanneer de veranderagenda …');
    expect(silentTermText({ code: 'A3.2', label: 'Organiseer feedback.', retired: false })).toBe('A3.2 Organiseer feedback');
    expect(silentTermText({ code: '9', label: 'Oud', retired: true })).toBe('9 Oud (vervallen)');
  });
});
