import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../helpers/api-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { parsePage, textOf } from './dashboard/parse-page';

let app: TestApp;
let clock: ManualClock;
beforeEach(() => {
  clock = new ManualClock('2025-03-01T09:00:00.000Z');
  app = createTestApp({ clock: clock.now });
});
afterEach(() => app.close());

async function invite(target: TestApp, json: Record<string, unknown>, headers: Record<string, string> = {}) {
  const secretariat = target.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
  const created = await target.request('/api/invites', { method: 'POST', token: secretariat, json, headers });
  return (await created.json()) as { code: string; link: string };
}

describe('GET /uitnodiging/{code}', () => {
  it('says what Kantlijn is and how to start with this link, without using the invitation up', async () => {
    const { code, link } = await invite(app, { role: 'councillor', organisation: 'Gemeente Woerden' });
    expect(link).toBe(`http://localhost/uitnodiging/${code}`);

    const page = await app.request(`/uitnodiging/${code}`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const document = parsePage(await page.text());
    expect(document.documentElement.getAttribute('lang')).toBe('nl');
    expect(textOf(document.querySelector('.for-whom'))).toBe('Als raadslid van Gemeente Woerden.');
    expect(document.querySelectorAll('main ol li')).toHaveLength(4);
    expect(textOf(document.querySelector('code.link'))).toBe(link);
    expect(textOf(document.querySelector('main'))).toContain(code);
    expect(textOf(document.querySelector('main'))).toContain('geldig tot 8 maart 2025');

    const redeemed = await app.request(`/api/invites/${code}/redeem`, { method: 'POST', json: { name: 'Anna' } });
    expect(redeemed.status).toBe(201);
    const used = parsePage(await (await app.request(`/uitnodiging/${code}`)).text());
    expect(textOf(used.querySelector('[role="alert"]'))).toContain('al gebruikt');
    expect(used.querySelector('code.link')).toBeNull();
  });

  it('says when an invitation has expired or is not known', async () => {
    const { code } = await invite(app, { role: 'partner', organisation: 'Veilig Thuis', expiresInDays: 1 });
    clock.advance(2 * 86_400_000);
    const expired = parsePage(await (await app.request(`/uitnodiging/${code}`)).text());
    expect(textOf(expired.querySelector('[role="alert"]'))).toContain('verlopen');
    const unknown = parsePage(await (await app.request('/uitnodiging/AAAAAAAAAAAAAAAAAAAAAA')).text());
    expect(textOf(unknown.querySelector('[role="alert"]'))).toContain('niet bekend');
  });

  it('speaks English when asked, with the role in English', async () => {
    const { code } = await invite(app, { role: 'partner', organisation: 'Veilig Thuis' });
    const document = parsePage(await (await app.request(`/uitnodiging/${code}?taal=en`)).text());
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(textOf(document.querySelector('h1'))).toBe('You are invited to Kantlijn');
    expect(textOf(document.querySelector('.for-whom'))).toBe('Your role: Chain partner, Veilig Thuis.');
    expect(document.querySelector('a[hreflang="nl"]')?.getAttribute('href')).toBe(`/uitnodiging/${code}?taal=nl`);
  });

  it('hands out an https link when the browser reached the server through a TLS proxy', async () => {
    const { code, link } = await invite(app, { role: 'partner', organisation: 'Veilig Thuis' }, { 'X-Forwarded-Proto': 'https' });
    expect(link).toBe(`https://localhost/uitnodiging/${code}`);
    // The page the link opens repeats it for pasting into the extension: https there too.
    const page = await app.request(`/uitnodiging/${code}`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(await page.text()).toContain(`<code class="link">https://localhost/uitnodiging/${code}</code>`);
  });

  it('takes links from PUBLIC_URL when it is set, whatever Host the asker sends', async () => {
    const configured = createTestApp({ publicUrl: 'https://kantlijn.gemeente.nl' });
    try {
      const { code, link } = await invite(configured, { role: 'councillor', organisation: 'Gemeente Zeist' }, { Host: 'evil.example' });
      expect(link).toBe(`https://kantlijn.gemeente.nl/uitnodiging/${code}`);
      const page = await configured.request(`/uitnodiging/${code}`, { headers: { Host: 'evil.example' } });
      const html = await page.text();
      expect(html).toContain(`https://kantlijn.gemeente.nl/uitnodiging/${code}`);
      expect(html).not.toContain('evil.example');
      expect(html).not.toContain('localhost');
    } finally {
      configured.close();
    }
  });

  it('escapes what it shows', async () => {
    const { code } = await invite(app, { role: 'councillor', organisation: '<script>alert(1)</script>' });
    const html = await (await app.request(`/uitnodiging/${code}`)).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const odd = await (await app.request(`/uitnodiging/${encodeURIComponent('<script>alert(1)</script>')}`)).text();
    expect(odd).not.toContain('<script>');
  });
});
