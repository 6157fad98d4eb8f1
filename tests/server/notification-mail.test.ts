import { afterEach, describe, expect, it } from 'vitest';
import { queryFile, replyTo } from '../helpers/api-fixtures';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-server';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server';
import { sampleAnnotation, type TestApp } from '../helpers/test-app';
import { annotationAlias } from '../../shared/w3c/read-annotation';

const SOURCE = 'https://www.example.nl/rapporten/mail.html';
const SECRET = 'Het kind van de familie Jansen woont sinds maart bij een pleeggezin.';

let http: HttpTestServer | undefined;
let smtp: TestSmtpServer | undefined;
afterEach(async () => {
  await http?.close();
  await smtp?.close();
  http = undefined;
  smtp = undefined;
});

/** The HTTP test server looks like a TestApp to `queryFile`, which only needs the file. */
const fileOf = (server: HttpTestServer) => ({ db: server.server.db }) as unknown as TestApp;

async function post(server: HttpTestServer, token: string, body: unknown): Promise<string> {
  const response = await server.fetch('/api/annotations', { method: 'POST', token, json: body });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function optIn(server: HttpTestServer, token: string, email: string, mail: 'immediate' | 'daily' = 'immediate') {
  const response = await server.fetch('/api/me/notification-settings', { method: 'PUT', token, json: { email, mail } });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ email, mail, available: true });
}

describe('notifications by e-mail, through a real SMTP server on loopback', { timeout: 30_000 }, () => {
  it('mails an opted-in reader at once, without the remark text, with a one-click unsubscribe that works', async () => {
    smtp = await startSmtpServer();
    http = await startHttpTestServer(0, { SMTP_URL: smtp.url, MAIL_FROM: 'Kantlijn <kantlijn@gemeente.example>' });
    const anna = http.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
    const bram = http.addUser({ name: 'Bram', role: 'partner', organisation: 'AKJ' });
    const chris = http.addUser({ name: 'Chris', role: 'councillor', organisation: 'Gemeente Utrecht' });
    await optIn(http, anna, 'anna@woerden.example');
    await optIn(http, chris, 'chris@utrecht.example');

    const remark = await post(http, anna, sampleAnnotation(SOURCE));
    await post(http, bram, replyTo(remark, SECRET));
    await expect.poll(() => smtp!.received.length).toBe(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(['anna@woerden.example']);
    expect(mail.from).toBe('kantlijn@gemeente.example');
    expect(mail.headers.get('subject')).toBe('Er is een reactie op uw opmerking');
    expect(mail.body).toContain('Er is een reactie op uw opmerking in Kantlijn.');
    // The document by a name people read (it is not registered here, so its short address), never the remark.
    expect(mail.body).toContain('Open ‘www.example.nl/…/mail.html’ bij de opmerking:');
    // A mail travels without the server's address: it names the remark by its urn:uuid alias, which the extension opens.
    expect(mail.body).toContain(`${SOURCE}#kantlijn=${encodeURIComponent(annotationAlias(remark))}`);
    expect(mail.body).not.toContain('Jansen');
    expect(mail.body).not.toContain('Bram');
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribeUrl = /<(http[^>]+)>/.exec(mail.headers.get('list-unsubscribe') ?? '')?.[1];
    expect(unsubscribeUrl).toMatch(new RegExp(`^${http.url}/afmelden/kl_`));
    expect(mail.body).toContain(unsubscribeUrl);
    // Only the token's hash is kept.
    const token = unsubscribeUrl!.split('/').pop()!;
    expect(JSON.stringify(queryFile(fileOf(http), 'SELECT * FROM unsubscribe_tokens'))).not.toContain(token);

    // Opening the link only asks; the button (a POST, as one-click unsubscribe sends) unsubscribes.
    const asked = await fetch(unsubscribeUrl!);
    expect(asked.status).toBe(200);
    expect(asked.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await asked.text();
    expect(page).toContain('<form method="post">');
    expect(page).toContain('<html lang="nl">');
    expect(await (await http.fetch('/api/me/notification-settings', { token: anna })).json()).toMatchObject({ mail: 'immediate' });
    const done = await fetch(unsubscribeUrl!, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('U bent afgemeld.');
    expect(await (await http.fetch('/api/me/notification-settings', { token: anna })).json()).toEqual({ email: 'anna@woerden.example', mail: 'off', available: true });
    expect((await fetch(`${http.url}/afmelden/kl_onbekend`)).status).toBe(404);
    expect(await (await fetch(`${http.url}/afmelden/%3Cscript%3E`)).text()).not.toContain('<script>');

    // Chris took part; a new reply mails Chris, and no longer Anna.
    await post(http, chris, replyTo(remark, 'Ik lees mee.'));
    await post(http, bram, replyTo(remark, 'Nog een aanvulling.'));
    await expect.poll(() => smtp!.received.length).toBe(2);
    expect(smtp.received[1]!.to).toEqual(['chris@utrecht.example']);
    expect(smtp.received[1]!.headers.get('subject')).toBe('Er is een reactie in een gesprek waaraan u meedeed');
  });

  it('loses no mail while the mail server is down: it is retried until the server takes it', async () => {
    // A port that was free a moment ago, where nothing listens yet.
    const probe = await startSmtpServer();
    const port = probe.port;
    await probe.close();
    http = await startHttpTestServer(0, { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_RETRY_SECONDS: 1 });
    const anna = http.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
    const bram = http.addUser({ name: 'Bram', role: 'partner', organisation: 'AKJ' });
    await optIn(http, anna, 'anna@woerden.example');
    const remark = await post(http, anna, sampleAnnotation(SOURCE));
    await post(http, bram, replyTo(remark, 'Eens.'));

    type Row = { attempts: number; last_error: string | null; outcome: string | null };
    const outbox = () => queryFile<Row>(fileOf(http!), 'SELECT attempts, last_error, outcome FROM mail_outbox');
    await expect.poll(() => outbox()[0]?.attempts ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    expect(outbox()).toEqual([expect.objectContaining({ outcome: null, last_error: expect.stringMatching(/ECONNREFUSED|connect/i) })]);

    smtp = await startSmtpServer(port);
    await expect.poll(() => smtp!.received.length, { timeout: 15_000 }).toBe(1);
    expect(smtp.received[0]!.to).toEqual(['anna@woerden.example']);
    await expect.poll(() => outbox()[0]?.outcome).toBe('sent');
    expect(outbox()).toHaveLength(1);
  });

  it('checks the settings at the edge: an address for mail, a known choice, a valid address', async () => {
    http = await startHttpTestServer();
    const anna = http.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
    expect(await (await http.fetch('/api/me/notification-settings', { token: anna })).json()).toEqual({ email: null, mail: 'off', available: false });
    for (const body of [{ email: null, mail: 'daily' }, { email: 'geen-adres', mail: 'off' }, { email: 'a@b.example', mail: 'weekly' }, { email: 'a@b.example' }]) {
      const response = await http.fetch('/api/me/notification-settings', { method: 'PUT', token: anna, json: body });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string; issues: unknown[] } }).error).toMatchObject({ code: 'invalid_input', issues: [expect.anything()] });
    }
    const saved = await http.fetch('/api/me/notification-settings', { method: 'PUT', token: anna, json: { email: 'anna@woerden.example', mail: 'daily' } });
    expect(await saved.json()).toEqual({ email: 'anna@woerden.example', mail: 'daily', available: false });
  });
});
