import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MAX_LIST_ROWS } from '../../../server/dashboard/model/invite-list';
import type { DashboardTestApp, TestSession } from './dashboard-test-app';
import { parsePage, textOf } from './parse-page';
import { signedInDashboardEachTest } from './signed-in-dashboard';

let app: DashboardTestApp;
let session: TestSession;
signedInDashboardEachTest((fresh, signedIn) => void ([app, session] = [fresh, signedIn]));

const LINK = /^http:\/\/localhost\/uitnodiging\/[A-Za-z0-9_-]{22}$/;

/** Sends a list as a browser sends the form with a chosen file. */
function uploadList(csv: string | Uint8Array<ArrayBuffer>, days = '14') {
  const form = new FormData();
  form.set('_csrf', session.csrf);
  form.set('dagen', days);
  form.set('lijst', '');
  form.set('bestand', new File([csv], 'raad.csv', { type: 'text/csv' }));
  return app.request('/dashboard/uitnodigingen/lijst', { method: 'POST', cookie: session.cookie, body: form });
}

describe('inviting from the dashboard', () => {
  it('shows the contract’s form fields, and after submitting the whole link, a copy button and a ready e-mail', async () => {
    const empty = parsePage(await (await app.request('/dashboard/uitnodigingen', { cookie: session.cookie })).text());
    expect(empty.querySelector('nav a[href*="uitnodig"]')).not.toBeNull();
    const form = empty.querySelector('form[action="/dashboard/uitnodigingen"]')!;
    expect([...form.querySelectorAll('select[name="rol"] option')].map((option) => option.getAttribute('value'))).toEqual(['councillor', 'partner', 'secretariat', 'respondent']);
    expect(form.querySelector('input[name="organisatie"]')).not.toBeNull();
    expect(form.querySelector('input[name="naam"]')).not.toBeNull();

    const response = await app.post('/dashboard/uitnodigingen', session, { rol: 'councillor', organisatie: 'Gemeente Woerden', naam: 'Anna de Vries', email: 'anna@woerden.nl', dagen: '7' });
    expect(response.status).toBe(200);
    const page = parsePage(await response.text());
    const link = textOf(page.querySelector('#nieuwe-link'));
    expect(link).toMatch(LINK);
    expect(textOf(page.querySelector('.notice'))).toContain('Anna de Vries, raadslid van Gemeente Woerden');
    const copy = page.querySelector('button[data-copy="nieuwe-link"]');
    expect(copy?.hasAttribute('hidden')).toBe(true);
    const body = page.querySelector('#nieuwe-mail')?.textContent ?? '';
    expect(body).toContain('Beste Anna de Vries,');
    expect(body).toContain(link);
    expect(body).toContain('Sanne Mulder');
    const mailto = new URL(page.querySelector('a[href^="mailto:"]')!.getAttribute('href')!);
    expect(decodeURIComponent(mailto.pathname)).toBe('anna@woerden.nl');
    expect(mailto.searchParams.get('subject')).toContain('Kantlijn');
    expect(mailto.searchParams.get('body')).toContain(link);
    // The address is only for the mail: nothing stores it.
    expect(JSON.stringify(app.db.invites.recent(10))).not.toContain('anna@woerden.nl');
  });

  it('refuses a wrong e-mail address and keeps what was typed', async () => {
    const response = await app.post('/dashboard/uitnodigingen', session, { rol: 'partner', organisatie: 'AKJ', naam: '', email: 'geen-adres', dagen: '7' });
    expect(response.status).toBe(400);
    const page = parsePage(await response.text());
    expect(textOf(page.querySelector('[role="alert"]'))).toContain('geldig e-mailadres');
    expect(page.querySelector('#uitnodiging-email')?.getAttribute('value')).toBe('geen-adres');
    expect(app.db.invites.recent(10)).toHaveLength(0);
  });

  it('invites a council from a Dutch Excel CSV (semicolons, BOM, Dutch role names) and hands the links back', async () => {
    const csv = '\uFEFFNaam;Organisatie;Rol;E-mail\r\nAnna de Vries;Gemeente Woerden;Raadslid;anna@woerden.nl\r\n"Bakker; C.";Veilig Thuis;ketenpartner;\r\n;;;\r\n';
    const response = await uploadList(csv);
    expect(response.status).toBe(200);
    const page = parsePage(await response.text());
    expect(textOf(page.querySelector('.notice strong'))).toBe('2 uitnodigingen gemaakt.');
    const rows = [...page.querySelectorAll('table.invite-links tbody tr')];
    expect(rows.map((row) => textOf(row.querySelector('th')))).toEqual(['Anna de Vries', 'Bakker; C.']);
    expect(rows.map((row) => textOf(row.querySelector('code.link')))).toEqual([expect.stringMatching(LINK), expect.stringMatching(LINK)]);
    const invites = app.db.invites.recent(10);
    expect(invites.map((invite) => [invite.name, invite.role, invite.organisation]).sort()).toEqual([
      ['Anna de Vries', 'councillor', 'Gemeente Woerden'],
      ['Bakker; C.', 'partner', 'Veilig Thuis'],
    ]);
    expect(app.db.audit.page(Number.MAX_SAFE_INTEGER, 10).filter((entry) => entry.action === 'invite.create')).toHaveLength(2);
  });

  it('reads a file Excel saved as plain CSV on Windows (Windows-1252), accents intact', async () => {
    const latin1: Uint8Array<ArrayBuffer> = Uint8Array.from(Buffer.from('naam;organisatie;rol\r\nZoë Çelik;Gemeente Utrechtse Heuvelrug;raadslid\r\n', 'latin1'));
    expect((await uploadList(latin1)).status).toBe(200);
    expect(app.db.invites.recent(10).map((invite) => invite.name)).toEqual(['Zoë Çelik']);
  });

  it('reads pasted rows with commas, English column names in another order, and role keys', async () => {
    const lijst = 'role,email,name,organisation\ncouncillor,,Femke Jansen,Gemeente Zeist\nrespondent,,"Piet ""PJ"" Smit",SVMN\n';
    const response = await app.post('/dashboard/uitnodigingen/lijst', session, { lijst, dagen: '30' });
    expect(response.status).toBe(200);
    expect(app.db.invites.recent(10).map((invite) => invite.name).sort()).toEqual(['Femke Jansen', 'Piet "PJ" Smit']);
  });

  it('says per row in plain Dutch what is wrong and invites nobody', async () => {
    const lijst = 'naam;organisatie;rol;e-mail\nAnna;Gemeente Woerden;raadslid;\n;Gemeente Zeist;koning;\nBram;;partner;bram@\nCor;Gemeente De Bilt;raadslid;;extra\n';
    const response = await app.post('/dashboard/uitnodigingen/lijst', session, { lijst, dagen: '14' });
    expect(response.status).toBe(400);
    const page = parsePage(await response.text());
    const items = [...page.querySelectorAll('[role="alert"] li')].map(textOf);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^Regel 3: vul de naam in .*; ‘koning’ is geen rol/);
    expect(items[1]).toMatch(/^Regel 4: vul de organisatie in .*; ‘bram@’ is geen geldig e-mailadres\.$/);
    expect(items[2]).toMatch(/^Regel 5: de regel heeft meer cellen/);
    expect(textOf(page.querySelector('[role="alert"]'))).toContain('Er is niemand uitgenodigd');
    expect(page.querySelector('#lijst-tekst')?.textContent).toContain('Gemeente Zeist');
    expect(app.db.invites.recent(10)).toHaveLength(0);
  });

  it('explains a missing header, an empty list and a wrong period', async () => {
    const noHeader = await app.post('/dashboard/uitnodigingen/lijst', session, { lijst: 'Anna;Gemeente Woerden;raadslid', dagen: '14' });
    expect(textOf(parsePage(await noHeader.text()).querySelector('[role="alert"]'))).toContain('kolomnamen');
    const empty = await app.post('/dashboard/uitnodigingen/lijst', session, { lijst: '', dagen: '14' });
    expect(textOf(parsePage(await empty.text()).querySelector('[role="alert"]'))).toContain('Kies een CSV-bestand');
    const days = await app.post('/dashboard/uitnodigingen/lijst', session, { lijst: 'naam;organisatie;rol\nA;B;raadslid', dagen: '400' });
    expect(days.status).toBe(400);
    expect(app.db.invites.recent(10)).toHaveLength(0);
  });

  it('invites the longest list allowed and still downloads it through the form, and refuses a longer one', async () => {
    const rows = Array.from({ length: MAX_LIST_ROWS }, (_, index) => `Femke van der Heijden-Oosterhout ${index};Gemeente Utrechtse Heuvelrug;raadslid;f.vanderheijden${index}@heuvelrug.nl`);
    const page = parsePage(await (await uploadList(`naam;organisatie;rol;e-mail\n${rows.join('\n')}`)).text());
    expect(page.querySelectorAll('table.invite-links tbody tr')).toHaveLength(MAX_LIST_ROWS);
    const form = new FormData();
    form.set('_csrf', session.csrf);
    form.set('uitnodigingen', page.querySelector('input[name="uitnodigingen"]')!.getAttribute('value')!);
    const body = new Response(form);
    const bytes = (await body.clone().arrayBuffer()).byteLength;
    expect(bytes).toBeLessThan(64 * 1024);
    const download = await app.request('/dashboard/uitnodigingen/lijst.csv', { method: 'POST', cookie: session.cookie, body: form });
    expect(download.status).toBe(200);
    const tooMany = await uploadList(`naam;organisatie;rol\n${rows.join('\n')}\nNog een;Gemeente Zeist;raadslid`);
    expect(tooMany.status).toBe(400);
    expect(textOf(parsePage(await tooMany.text()).querySelector('[role="alert"]'))).toContain(`hoogstens ${MAX_LIST_ROWS} personen`);
  });

  it('downloads the list as CSV for a mail merge, formulas neutralised', async () => {
    const lijst = 'naam;organisatie;rol\n=HYPERLINK("https://evil.example");Gemeente Woerden;raadslid\nAnna;-Gemeente;raadslid\n';
    const page = parsePage(await (await app.post('/dashboard/uitnodigingen/lijst', session, { lijst, dagen: '14' })).text());
    const links = [...page.querySelectorAll('code.link')].map(textOf);
    const carried = page.querySelector('input[name="uitnodigingen"]')!.getAttribute('value')!;
    const download = await app.post('/dashboard/uitnodigingen/lijst.csv', session, { uitnodigingen: carried });
    expect(download.status).toBe(200);
    expect(download.headers.get('Content-Disposition')).toMatch(/^attachment; filename="kantlijn-uitnodigingen-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await download.text();
    const rows = parse(text, { delimiter: ';', bom: true });
    expect(rows[0]).toEqual(['naam', 'organisatie', 'rol', 'e-mail', 'link', 'geldig tot']);
    expect(rows[1]?.[0]).toBe('\'=HYPERLINK("https://evil.example")');
    expect(rows[2]?.[1]).toBe("'-Gemeente");
    expect(rows.slice(1).map((row) => row[4])).toEqual(links);

    const forged = await app.post('/dashboard/uitnodigingen/lijst.csv', session, { uitnodigingen: '{"rows":[{"link":"javascript:alert(1)"}]}' });
    expect(forged.status).toBe(400);
  });
});
