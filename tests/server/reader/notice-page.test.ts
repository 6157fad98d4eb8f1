import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { READER_PAGE_TEXTS } from '../../../server/dashboard/texts/reader-texts';
import type { FetchRefusalReason } from '../../../server/reader/fetch-types';
import { REFUSAL_STATUS, renderRefusalPage } from '../../../server/reader/notice-page';

const REASONS = Object.keys(REFUSAL_STATUS) as FetchRefusalReason[];

function pageFor(reason: FetchRefusalReason, url: string) {
  const app = new Hono().get('/', (c) => renderRefusalPage(c, reason, url));
  return app.request('http://localhost/');
}

describe('refusal pages', () => {
  it('has a Dutch and an English text for every reason, each with a next step', () => {
    expect(Object.keys(READER_PAGE_TEXTS.nl.refusals).sort()).toEqual([...REASONS].sort());
    expect(Object.keys(READER_PAGE_TEXTS.en.refusals).sort()).toEqual([...REASONS].sort());
    for (const language of ['nl', 'en'] as const) {
      for (const reason of REASONS) expect(READER_PAGE_TEXTS[language].refusals[reason].nextStep.length).toBeGreaterThan(10);
    }
  });

  it.each(REASONS)('%s: its status, both languages, no script allowed', async (reason) => {
    const response = await pageFor(reason, 'https://rapporten.example/rapport.pdf');
    expect(response.status).toBe(REFUSAL_STATUS[reason]);
    const html = await response.text();
    expect(html).toContain(READER_PAGE_TEXTS.nl.refusals[reason].title);
    expect(html).toContain(READER_PAGE_TEXTS.en.refusals[reason].nextStep);
    expect(html).toContain('lang="en"');
    expect(response.headers.get('Content-Security-Policy')).toMatch(/^default-src 'none'/);
    expect(response.headers.get('Content-Security-Policy')).not.toContain('script-src');
  });

  it('escapes the address it repeats and links only http(s) originals', async () => {
    const hostile = await (await pageFor('invalid_url', 'javascript:alert("<b>x</b>")')).text();
    expect(hostile).not.toContain('<b>x</b>');
    expect(hostile).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(hostile).not.toContain('href="javascript:');
    const plain = await (await pageFor('too_large', 'https://rapporten.example/groot.pdf')).text();
    expect(plain).toContain('href="https://rapporten.example/groot.pdf"');
  });
});
