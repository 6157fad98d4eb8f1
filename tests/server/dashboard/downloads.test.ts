import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DashboardTestApp, TestSession } from './dashboard-test-app';
import { signedInDashboardEachTest } from './signed-in-dashboard';
import { parsePage } from './parse-page';

let app: DashboardTestApp;
let session: TestSession;
signedInDashboardEachTest(async (fresh, signedIn) => {
  app = fresh;
  session = signedIn;
  const anna = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' }).token;
  await app.annotate(anna, '<script>alert(1)</script> Wat is de planning?', { terms: ['goal-2', 'rec-svmn-1'] });
});

const TYPES = {
  md: /^text\/markdown/,
  html: /^text\/html/,
  csv: /^text\/csv/,
  docx: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/,
  json: /^application\/(ld\+)?json/,
} as const;

function download(query: string): Promise<Response> {
  return app.request(`/dashboard/download?${query}`, { cookie: session.cookie });
}

describe('dashboard digest downloads', () => {
  it('offers every format with and without names, each as an attachment of the right type', async () => {
    const page = parsePage(await (await app.request('/dashboard/overzicht', { cookie: session.cookie })).text());
    const links = [...page.querySelectorAll('a[data-download]')].map((link) => link.getAttribute('href')!);
    expect(links).toHaveLength(10);
    for (const [format, type] of Object.entries(TYPES)) {
      for (const pseudonymise of [false, true]) {
        const href = `/dashboard/download?formaat=${format}${pseudonymise ? '&pseudoniem=1' : ''}`;
        expect(links, href).toContain(href);
        const response = await app.request(href, { cookie: session.cookie });
        expect(response.status, href).toBe(200);
        expect(response.headers.get('Content-Type'), href).toMatch(type);
        const disposition = response.headers.get('Content-Disposition') ?? '';
        const suffix = pseudonymise ? '-gepseudonimiseerd' : '';
        expect(disposition, href).toMatch(new RegExp(`^attachment; filename="kantlijn-digest-alle-opmerkingen-2025-03-01${suffix}\\.${format}"$`));
        const body = Buffer.from(await response.arrayBuffer());
        expect(body.length, href).toBeGreaterThan(0);
        if (format !== 'docx') expect(body.toString('utf8').includes('Anna de Vries'), href).toBe(!pseudonymise);
      }
    }
  });

  it('makes a real Word document', async () => {
    const response = await download('formaat=docx&pseudoniem=1');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(body);
    const documentXml = await zip.file('word/document.xml')?.async('string');
    expect(documentXml).toContain('Wat is de planning?');
    expect(documentXml).not.toContain('Anna de Vries');
  });

  it('keeps the scope in the file name and records the download in the audit log', async () => {
    await app.post('/dashboard/rondes', session, { titel: 'Voorjaar 2025: SVMN', opent: '2025-03-01', sluit: '2025-03-31' });
    const round = app.db.rounds.all()[0]!;
    const response = await download(`formaat=csv&ronde=${round.id}`);
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="kantlijn-digest-voorjaar-2025-svmn-2025-03-01.csv"');
    const entry = app.db.audit.page(Number.MAX_SAFE_INTEGER, 1)[0];
    expect(entry).toMatchObject({ action: 'digest.download', subject: round.id, actorId: app.secretariat.user.id });
    expect(entry?.detail).toEqual({ format: 'csv', pseudonymise: false, via: 'dashboard' });
  });

  it('hands out the file exactly as the API does: same headers, no cache, no sniffing, and an audit entry each', async () => {
    const viaDashboard = await download('formaat=csv&pseudoniem=1');
    const viaApi = await app.request('/api/digest?format=csv&pseudonymise=true', { bearer: app.secretariat.token });
    for (const [name, response] of [['dashboard', viaDashboard], ['api', viaApi]] as const) {
      expect(response.status, name).toBe(200);
      expect(response.headers.get('Cache-Control'), name).toBe('no-store');
      expect(response.headers.get('X-Content-Type-Options'), name).toBe('nosniff');
    }
    for (const header of ['Content-Type', 'Content-Disposition']) expect(viaDashboard.headers.get(header), header).toBe(viaApi.headers.get(header));
    expect(await viaDashboard.text()).toBe(await viaApi.text());
    const [fromApi, fromDashboard] = app.db.audit.page(Number.MAX_SAFE_INTEGER, 2);
    expect(fromApi).toMatchObject({ action: 'digest.download', subject: 'all', detail: { format: 'csv', pseudonymise: true } });
    expect(fromApi?.detail).not.toHaveProperty('via');
    expect(fromDashboard).toMatchObject({ action: 'digest.download', subject: 'all', detail: { format: 'csv', pseudonymise: true, via: 'dashboard' } });
  });

  it('refuses an unknown format or round with a Dutch page, and anyone without a session', async () => {
    const format = await download('formaat=pdf');
    expect(format.status).toBe(400);
    expect(await format.text()).toContain('role="alert"');
    const round = await download('formaat=md&ronde=bestaat-niet');
    expect(round.status).toBe(404);
    expect(await round.text()).toContain('Deze ronde bestaat niet');
    const anonymous = await app.request('/dashboard/download?formaat=md');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('Content-Disposition')).toBeNull();
  });

  it('previews the HTML digest only inside a sandboxed srcdoc frame, escaped as an attribute', async () => {
    const response = await app.request('/dashboard/overzicht', { cookie: session.cookie });
    const html = await response.text();
    expect(html).not.toContain('<script>alert');
    // Only the digest's head stylesheet is allowed inline, by its hash; scripts stay 'self' only.
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).toContain("script-src 'self';");
    const frame = parsePage(html).querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('title')).toContain('Voorbeeld');
    const srcdoc = frame.getAttribute('srcdoc') ?? '';
    // The attribute holds the digest document; the remark's markup stays text inside it.
    expect(srcdoc).toMatch(/<html[\s>]/);
    expect(srcdoc).toContain('Anna de Vries');
    expect(srcdoc).not.toContain('<script>alert');
    expect(srcdoc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const pseudonymised = parsePage(await (await app.request('/dashboard/overzicht?pseudoniem=1', { cookie: session.cookie })).text());
    expect(pseudonymised.querySelector('iframe')?.getAttribute('srcdoc')).not.toContain('Anna de Vries');
  });
});
