import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationInputSchema } from '../../shared/schemas/annotation';
import { openDatabase, type KantlijnDatabase } from '../../server/db/database';
import type { User } from '../../server/db/users-repository';
import { etagOf } from '../../server/services/annotation-view';
import { createAnnotation, replaceAnnotation } from '../../server/services/annotations-service';
import { createDocument } from '../../server/services/documents-service';
import { bootstrap } from '../../server/services/bootstrap';
import { createMailSender, type MailSender } from '../../server/services/mail/mail-sender';
import { createSmtpTransport } from '../../server/services/mail/mail-transport';
import { setAnnotationHidden } from '../../server/services/moderation-service';
import { markNotificationsRead } from '../../server/services/notifications-service';
import { saveNotificationSettings } from '../../server/services/notification-settings-service';
import { createServiceContext, type ServiceContext } from '../../server/services/service-context';
import { createUserWithToken } from '../../server/services/users-service';
import { DAY, ManualClock, MINUTE, queryFile, replyTo } from '../helpers/api-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server';
import { createTempDir } from '../helpers/temp-dir';
import { sampleAnnotation, type TestApp } from '../helpers/test-app';

const SOURCE = 'https://www.example.nl/rapporten/overzicht.html';
const OTHER = 'https://www.example.nl/rapporten/tweede.pdf';

let temp: ReturnType<typeof createTempDir>;
let db: KantlijnDatabase;
let clock: ManualClock;
let context: ServiceContext;
let smtp: TestSmtpServer;
let sender: MailSender;
let anna: User;
let bram: User;
let sanne: User;

const user = (name: string, role: User['role'], organisation: string) => createUserWithToken(db, { name, role, organisation }, clock.now()).user;
const write = (author: User, body: Record<string, unknown>) => createAnnotation(context, author, annotationInputSchema.parse(body)).record;

beforeEach(async () => {
  temp = createTempDir('kantlijn-mail-');
  db = openDatabase(temp.dir);
  clock = new ManualClock('2026-03-02T08:00:00.000Z');
  bootstrap(db, clock.now());
  context = createServiceContext({ db, clock: clock.now, pageCacheBytes: 0 });
  smtp = await startSmtpServer();
  sender = createMailSender(context, { transport: createSmtpTransport(smtp.url), from: 'kantlijn@gemeente.example', baseUrl: 'https://kantlijn.gemeente.example', retryBaseMs: 1000 });
  anna = user('Anna', 'councillor', 'Gemeente Woerden');
  bram = user('Bram', 'partner', 'AKJ');
  sanne = user('Sanne', 'secretariat', 'Secretariaat');
});
afterEach(async () => {
  await sender.stop();
  await smtp.close();
  db.close();
  temp.remove();
});

describe('the mail outbox', () => {
  it('sends a daily summary once a day, of what is new and unread since the last one', async () => {
    saveNotificationSettings(context, anna, { email: 'anna@woerden.example', mail: 'daily' }, true);
    createDocument(context, sanne, { title: 'Rapportage jeugdhulp 2026', urls: [OTHER] });
    const first = write(anna, sampleAnnotation(SOURCE));
    const second = write(anna, sampleAnnotation(OTHER));
    clock.advance(MINUTE);
    write(bram, replyTo(first.id, 'Eén.'));
    write(bram, replyTo(first.id, 'Twee.'));
    write(bram, replyTo(second.id, 'Drie.'));
    // Not yet a day since she chose the summary: nothing goes.
    expect(await sender.runOnce()).toBe(0);
    clock.advance(DAY);
    expect(await sender.runOnce()).toBe(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(['anna@woerden.example']);
    expect(mail.headers.get('subject')).toBe('Kantlijn: 3 nieuwe reacties voor u');
    expect(mail.body).toContain('Sinds het vorige overzicht zijn er 3 nieuwe reacties voor u in Kantlijn.');
    // Each document by its registered title, else by its short address; the link is the full address.
    expect(mail.body).toContain(`- www.example.nl/…/overzicht.html (2): ${SOURCE}#kantlijn=${encodeURIComponent(first.id)}`);
    expect(mail.body).toContain(`- Rapportage jeugdhulp 2026 (1): ${OTHER}#kantlijn=${encodeURIComponent(second.id)}`);
    expect(mail.body).toContain('>Rapportage jeugdhulp 2026</a> (1)');
    expect(mail.body).not.toMatch(/Eén|Twee|Drie|Bram/);
    expect(mail.headers.get('list-unsubscribe')).toMatch(/^<https:\/\/kantlijn\.gemeente\.example\/afmelden\/kl_/);

    // The next day: one new reply, but read in the extension already; nothing to tell, no mail.
    clock.advance(MINUTE);
    write(bram, replyTo(first.id, 'Vier.'));
    markNotificationsRead(context, anna, undefined);
    clock.advance(DAY);
    expect(await sender.runOnce()).toBe(0);
    // And the day after, one that is new and unread: a summary of just that one.
    write(bram, replyTo(second.id, 'Vijf.'));
    clock.advance(DAY);
    expect(await sender.runOnce()).toBe(1);
    expect(smtp.received[1]!.headers.get('subject')).toBe('Kantlijn: 1 nieuwe reactie voor u');
  });

  it('decides when it sends whether the reader may still see it: a reply hidden meanwhile is not mailed', async () => {
    saveNotificationSettings(context, anna, { email: 'anna@woerden.example', mail: 'immediate' }, true);
    const remark = write(anna, sampleAnnotation(SOURCE));
    const hidden = write(bram, replyTo(remark.id, 'Met een naam erin.'));
    write(bram, replyTo(remark.id, 'Zonder naam.'));
    setAnnotationHidden(context, sanne, hidden.id, 'persoonsgegevens');
    expect(await sender.runOnce()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.body).toContain(`#kantlijn=${encodeURIComponent(remark.id)}`);
    // A thread its author made private takes the others' replies out of sight: the mail waiting
    // for one of them is dropped, not sent.
    const carla = user('Carla', 'councillor', 'Gemeente Utrecht');
    saveNotificationSettings(context, carla, { email: 'carla@utrecht.example', mail: 'immediate' }, true);
    const own = write(carla, sampleAnnotation(OTHER));
    write(bram, replyTo(own.id, 'Vraag terug.'));
    replaceAnnotation(context, carla, own.id, annotationInputSchema.parse(sampleAnnotation(OTHER, { visibility: 'private' })), undefined, etagOf);
    expect(await sender.runOnce()).toBe(0);
    expect(db.mail.due(clock.iso(), 10)).toEqual([]);
    const carlas = queryFile<{ outcome: string; last_error: string }>({ db } as unknown as TestApp, 'SELECT outcome, last_error FROM mail_outbox WHERE user_id = ?', carla.id);
    expect(carlas).toEqual([{ outcome: 'dropped', last_error: 'gelezen of niet meer zichtbaar' }]);
    expect(smtp.received.map((mail) => mail.to[0])).toEqual(['anna@woerden.example']);
  });

  it('stops at once for someone who removes their address or chooses no mail', async () => {
    saveNotificationSettings(context, anna, { email: 'anna@woerden.example', mail: 'immediate' }, true);
    const remark = write(anna, sampleAnnotation(SOURCE));
    write(bram, replyTo(remark.id, 'Eens.'));
    saveNotificationSettings(context, anna, { email: null, mail: 'off' }, true);
    expect(await sender.runOnce()).toBe(0);
    // Positive control: with the choice back on, the next reply is mailed.
    saveNotificationSettings(context, anna, { email: 'anna@woerden.example', mail: 'immediate' }, true);
    write(bram, replyTo(remark.id, 'Nog eens.'));
    expect(await sender.runOnce()).toBe(1);
    expect(smtp.received).toHaveLength(1);
  });
});
