import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../server/services/digest/model/build-digest';
import { DOCS } from '../support/digest-fixture-builder';
import { buildFixture } from '../support/digest-fixture';
import { leakedNames, publishedReplies, publishedTopLevel, textOf } from '../support/digest-test-helpers';

const fixture = buildFixture();
const digest = buildDigest(fixture.input);
const { specials } = fixture;

describe('summary', () => {
  it('counts totals and participation by role and organisation, never by person', () => {
    const top = publishedTopLevel(fixture.input);
    const replies = publishedReplies(fixture.input);
    expect(digest.summary).toMatchObject({ annotations: top.length, replies: replies.length, documents: 4, participants: 7 });
    const partner = digest.summary.byRole.find((row) => row.role === 'partner');
    expect(partner).toEqual({
      role: 'partner',
      participants: 2,
      annotations: top.filter((record) => record.author.role === 'partner').length,
      replies: replies.filter((record) => record.author.role === 'partner').length,
    });
    expect(digest.summary.byOrganisation.map((row) => row.organisation)).toEqual([
      'AKJ',
      'Bovenregionaal secretariaat',
      'Gemeente Amersfoort',
      'Gemeente Utrecht',
      'Gemeente Woerden',
      'Raad voor de Kinderbescherming',
      'Samen Veilig Midden-Nederland',
    ]);
    expect(leakedNames(JSON.stringify(digest.summary))).toEqual([]);
  });
});

describe('pseudonymisation', () => {
  const pseudo = buildDigest(buildFixture({ pseudonymise: true }).input);

  it('replaces names by role and organisation in authors, replies and responses', () => {
    const remark = pseudo.remarks.find((candidate) => candidate.id === specials.threaded.id);
    expect(remark?.author.name).toBe('Raadslid, Gemeente Amersfoort');
    expect(remark?.replies.map((reply) => reply.author.name)).toEqual([
      'Ketenpartner, AKJ',
      'Raadslid, Gemeente Amersfoort',
      'Respondent, Samen Veilig Midden-Nederland',
      'Ketenpartner, Raad voor de Kinderbescherming',
    ]);
    const adopted = pseudo.remarks.find((candidate) => candidate.id === specials.responded.adopted.id);
    expect(adopted?.response?.by.name).toBe('Respondent, Samen Veilig Midden-Nederland');
  });

  it('scrubs names people typed into remarks, replies and responses', () => {
    const mention = pseudo.remarks.find((candidate) => candidate.id === specials.mentionsName.id);
    expect(mention?.text).toBe('Ik sluit me aan bij [Raadslid, Gemeente Woerden] en bij wat [Ketenpartner, AKJ] zei.');
    const answered = pseudo.remarks.find((candidate) => candidate.id === specials.answeredByReply.id);
    expect(answered?.replies[0]?.text).toBe('Dank je, [Raadslid, Gemeente Woerden]! De ketenpartners waren er.');
    const adopted = pseudo.remarks.find((candidate) => candidate.id === specials.responded.adopted.id);
    expect(adopted?.response?.text).toContain('met dank aan [Raadslid, Gemeente Utrecht]');
  });

  it('leaves no name or user id anywhere in the model, the export records included', () => {
    expect(leakedNames(JSON.stringify(pseudo))).toEqual([]);
    // And the check itself can fail: the named digest does contain them.
    expect(leakedNames(JSON.stringify(digest))).toEqual(expect.arrayContaining(['Anna de Vries', 'u-anna', 'Ruben Visser']));
  });

  it('scrubs names from document titles too (an imported file may bring any title)', () => {
    const fixture = buildFixture({ pseudonymise: true });
    const titles = new Map([[DOCS.progress, 'Voortgang, besproken met Anna de Vries']]);
    const titled = buildDigest({ ...fixture.input, documentTitles: titles });
    const titlesShown = titled.remarks.filter((remark) => remark.source === DOCS.progress).map((remark) => remark.documentTitle);
    expect(titlesShown.length).toBeGreaterThan(0);
    expect(new Set(titlesShown)).toEqual(new Set(['Voortgang, besproken met [Raadslid, Gemeente Woerden]']));
    expect(leakedNames(JSON.stringify(titled))).toEqual([]);
    // The named digest keeps the title as registered.
    const named = buildDigest({ ...buildFixture().input, documentTitles: titles });
    expect(named.remarks.find((remark) => remark.source === DOCS.progress)?.documentTitle).toBe('Voortgang, besproken met Anna de Vries');
  });

  it('keeps remark texts that mention no one unchanged', () => {
    const plain = pseudo.remarks.find((candidate) => candidate.id === specials.xss.id);
    expect(plain?.text).toBe(textOf(specials.xss));
  });
});

describe('determinism', () => {
  it('builds the same digest from the same data in any input order', () => {
    const again = buildFixture();
    const reversed = buildDigest({ ...again.input, annotations: [...again.input.annotations].reverse() });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(digest));
  });
});
