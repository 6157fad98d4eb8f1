import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeEach(() => (app = createTestApp()));
afterEach(() => app.close());

describe('GET /uitnodiging/{code}', () => {
  it('explains how to sign in with the code, escaped, without using the invitation up', async () => {
    const secretariat = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
    const created = await app.request('/api/invites', { method: 'POST', token: secretariat, json: { role: 'councillor', organisation: 'Gemeente Woerden' } });
    const { code, link } = (await created.json()) as { code: string; link: string };
    expect(link).toBe(`http://localhost/uitnodiging/${code}`);

    const page = await app.request(`/uitnodiging/${code}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain(`<code>${code}</code>`);
    const redeemed = await app.request(`/api/invites/${code}/redeem`, { method: 'POST', json: { name: 'Anna' } });
    expect(redeemed.status).toBe(201);
  });

  it('hands out an https link when the browser reached the server through a TLS proxy', async () => {
    const secretariat = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
    const created = await app.request('/api/invites', {
      method: 'POST',
      token: secretariat,
      json: { role: 'partner', organisation: 'Veilig Thuis' },
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    const { code, link } = (await created.json()) as { code: string; link: string };
    expect(link).toBe(`https://localhost/uitnodiging/${code}`);
    // The page the link opens repeats it for pasting into the extension: https there too.
    const page = await app.request(`/uitnodiging/${code}`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(await page.text()).toContain(`<code>https://localhost/uitnodiging/${code}</code>`);
  });

  it('escapes whatever is in the link', async () => {
    const page = await app.request(`/uitnodiging/${encodeURIComponent('<script>alert(1)</script>')}`);
    const html = await page.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
