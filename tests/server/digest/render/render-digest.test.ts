import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../server/services/digest/model/build-digest';
import type { Digest } from '../../../../server/services/digest/model/digest-model';
import { DIGEST_FORMATS, digestFileName, renderDigest } from '../../../../server/services/digest/render/render-digest';
import { buildFixture } from '../support/digest-fixture';
import { docxAllXml, leakedNames } from '../support/digest-test-helpers';

const digest = buildDigest(buildFixture().input);

describe('renderDigest', () => {
  it.each([
    ['md', 'text/markdown; charset=utf-8', 'md'],
    ['html', 'text/html; charset=utf-8', 'html'],
    ['csv', 'text/csv; charset=utf-8', 'csv'],
    ['json', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', 'json'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ] as const)('%s → %s', async (format, contentType, extension) => {
    const rendered = await renderDigest(digest, format);
    expect(rendered.contentType).toBe(contentType);
    expect(rendered.extension).toBe(extension);
    if (format === 'docx') expect(Buffer.isBuffer(rendered.body)).toBe(true);
    else expect(typeof rendered.body).toBe('string');
  });

  it('renders the same bytes for the same data (md, html, csv, json)', async () => {
    const again = buildDigest(buildFixture().input);
    for (const format of ['md', 'html', 'csv', 'json'] as const) {
      const [first, second] = await Promise.all([renderDigest(digest, format), renderDigest(again, format)]);
      expect(second.body, format).toBe(first.body);
    }
  });

  it('names nobody in any format when pseudonymised', async () => {
    const pseudo = buildDigest(buildFixture({ pseudonymise: true }).input);
    for (const format of DIGEST_FORMATS) {
      const { body } = await renderDigest(pseudo, format);
      const text = typeof body === 'string' ? body : await docxAllXml(body);
      expect(leakedNames(text), format).toEqual([]);
    }
  });
});

describe('digestFileName', () => {
  const withScope = (scope: Partial<Pick<Digest, 'round' | 'period' | 'pseudonymised'>>): Digest => ({ ...digest, ...scope });

  it('names the round and the day, ASCII only', () => {
    expect(digestFileName(digest, 'docx')).toBe('kantlijn-digest-voorjaarsronde-2025-2025-04-02.docx');
    const accented = withScope({ round: { id: 'r1', title: 'Ronde één: évaluatie/2025 — “SVMN”', opensAt: '2025-01-01T00:00:00Z', closesAt: '2025-02-01T00:00:00Z' } });
    expect(digestFileName(accented, 'md')).toBe('kantlijn-digest-ronde-een-evaluatie-2025-svmn-2025-04-02.md');
    expect(digestFileName(withScope({ round: { id: 'r-7', title: '“”', opensAt: '', closesAt: '' } }), 'md')).toBe('kantlijn-digest-r-7-2025-04-02.md');
  });

  it('names the period when there is no round', () => {
    const period = (from: string | null, to: string | null): Digest => withScope({ round: null, period: { from, to } });
    expect(digestFileName(period('2025-01-01T00:00:00Z', '2025-03-31T12:00:00Z'), 'csv')).toBe('kantlijn-digest-2025-01-01-tot-2025-03-31-2025-04-02.csv');
    expect(digestFileName(period('2025-01-01T00:00:00Z', null), 'csv')).toBe('kantlijn-digest-vanaf-2025-01-01-2025-04-02.csv');
    expect(digestFileName(period(null, '2025-03-31T12:00:00Z'), 'csv')).toBe('kantlijn-digest-tot-2025-03-31-2025-04-02.csv');
    expect(digestFileName(period(null, null), 'json')).toBe('kantlijn-digest-alle-opmerkingen-2025-04-02.json');
  });

  it('says in the name when the digest is pseudonymised', () => {
    expect(digestFileName(withScope({ pseudonymised: true }), 'html')).toBe('kantlijn-digest-voorjaarsronde-2025-2025-04-02-gepseudonimiseerd.html');
  });

  it('uses the Dutch calendar day of generation', () => {
    expect(digestFileName({ ...digest, generatedAt: '2025-04-02T22:30:00.000Z' }, 'md')).toBe('kantlijn-digest-voorjaarsronde-2025-2025-04-03.md');
  });
});
