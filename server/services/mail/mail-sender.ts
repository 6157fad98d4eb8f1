import { withAnnotationFragment } from '../../../shared/urls/annotation-fragment';
import { documentName } from '../../../shared/urls/document-name';
import type { OutboxMail } from '../../db/mail-repository';
import type { NotificationRecord } from '../../db/notifications-repository';
import type { User } from '../../db/users-repository';
import { documentTitleLookup, type DocumentTitleLookup } from '../document-titles';
import type { ServiceContext } from '../service-context';
import { generateToken, hashToken } from '../tokens';
import { composeMail, type MailContent } from './compose-mail';
import type { MailTransport } from './mail-transport';

/** The path of the unsubscribe page; the token follows it. */
export const UNSUBSCRIBE_PATH = '/afmelden';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Longest wait between two attempts at one mail. */
const MAX_RETRY_MS = 6 * 60 * 60 * 1000;
/** How often the outbox is looked at when nothing wakes it (daily summaries come due this way). */
const TICK_MS = 60_000;
/** Mails sent in one round at most; the rest wait for the next. */
const BATCH = 20;
/** Documents a summary names one by one. */
const SUMMARY_DOCUMENTS = 10;

/** What the sender needs besides the database: where mail goes, from whom, and how links start. */
export interface MailSenderOptions {
  transport: MailTransport;
  from: string;
  /** The server's public address (`PUBLIC_URL`), the start of every unsubscribe link. */
  baseUrl: string;
  /** The first wait after a failed attempt; it doubles with every next failure, up to six hours. */
  retryBaseMs: number;
}

/** The outbox's worker. */
export interface MailSender {
  /** Makes the daily summaries that are due and sends what is due now; returns how many went out. */
  runOnce(): Promise<number>;
  /** Runs rounds by itself: now, when a notification comes in, and every minute. */
  start(): void;
  /** Stops; resolves when a round under way has finished. */
  stop(): Promise<void>;
}

/** The link in a summary per document, with its name and how many are new there. */
function summaryDocuments(records: NotificationRecord[], titleOf: DocumentTitleLookup) {
  const bySource = new Map<string, { link: string; document: string; count: number }>();
  for (const record of records) {
    const known = bySource.get(record.source);
    if (known) known.count += 1;
    else bySource.set(record.source, { link: withAnnotationFragment(record.source, record.threadId), document: documentName(record.source, titleOf(record.source)), count: 1 });
  }
  const documents = [...bySource.values()];
  return { documents: documents.slice(0, SUMMARY_DOCUMENTS), moreDocuments: Math.max(0, documents.length - SUMMARY_DOCUMENTS) };
}

/**
 * What a waiting mail should say now, or null when it should not go: what it tells of is read, or
 * no longer visible to its reader (made private, hidden, deleted) — decided when it is sent, through
 * the same visibility rule as every read.
 */
function contentOf(context: ServiceContext, mail: OutboxMail, reader: User): MailContent | null {
  const titleOf = documentTitleLookup(context);
  if (mail.kind === 'immediate') {
    if (!mail.notificationId) return null;
    const [record] = context.db.notifications.unreadVisible(reader, { id: mail.notificationId, limit: 1 });
    if (!record) return null;
    return { kind: 'immediate', type: record.type, link: withAnnotationFragment(record.source, record.threadId), document: documentName(record.source, titleOf(record.source)) };
  }
  const records = context.db.notifications.unreadVisible(reader, { ...(mail.since ? { since: mail.since } : {}), limit: 1000 });
  return records.length === 0 ? null : { kind: 'summary', count: records.length, ...summaryDocuments(records, titleOf) };
}

/**
 * Creates the worker that empties the mail outbox. A mail server that is down or refuses loses
 * nothing: the mail stays in the outbox and is tried again later, with growing pauses.
 */
export function createMailSender(context: ServiceContext, options: MailSenderOptions): MailSender {
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;
  let unsubscribe: (() => void) | null = null;

  const scheduleSummaries = (now: Date) => {
    const at = now.toISOString();
    for (const due of context.db.mail.summariesDue(new Date(now.getTime() - DAY_MS).toISOString())) {
      context.db.transaction(() => {
        context.db.mail.enqueue({ userId: due.userId, kind: 'summary', since: due.since, at });
        context.db.mail.moveSummary(due.userId, at);
      });
    }
  };

  const sendOne = async (mail: OutboxMail, now: Date): Promise<boolean> => {
    const at = now.toISOString();
    const reader = context.db.users.findById(mail.userId);
    const to = reader ? context.db.users.emailOf(reader.id) : null;
    if (!reader || !to || context.db.mail.modeOf(reader.id) === 'off') {
      context.db.mail.finish(mail.seq, at, 'dropped', 'geen adres of afgemeld');
      return false;
    }
    const content = contentOf(context, mail, reader);
    if (!content) {
      context.db.mail.finish(mail.seq, at, 'dropped', 'gelezen of niet meer zichtbaar');
      return false;
    }
    const token = generateToken();
    context.db.mail.storeUnsubscribeToken(hashToken(token), reader.id, at);
    const composed = composeMail(content, `${options.baseUrl}${UNSUBSCRIBE_PATH}/${token}`);
    try {
      await options.transport.send({ from: options.from, to, ...composed });
      context.db.mail.finish(mail.seq, context.now().toISOString(), 'sent');
      return true;
    } catch (error) {
      const wait = Math.min(options.retryBaseMs * 2 ** mail.attempts, MAX_RETRY_MS);
      context.db.mail.retryLater(mail.seq, new Date(context.now().getTime() + wait).toISOString(), error instanceof Error ? error.message.slice(0, 500) : String(error));
      return false;
    }
  };

  const round = async (): Promise<number> => {
    const now = context.now();
    scheduleSummaries(now);
    let sent = 0;
    for (const mail of context.db.mail.due(now.toISOString(), BATCH)) if (await sendOne(mail, now)) sent += 1;
    return sent;
  };

  const runOnce = (): Promise<number> => {
    // One round at a time: a mail must never be sent twice by two rounds that overlap.
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void runOnce()
        .catch((error: unknown) => console.error('Kantlijn: e-mail versturen mislukt', error))
        .finally(() => {
          const next = context.db.mail.nextDueAt();
          const untilNext = next ? Date.parse(next) - context.now().getTime() : TICK_MS;
          schedule(Math.max(50, Math.min(TICK_MS, untilNext)));
        });
    }, ms);
    timer.unref();
  };

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      // A new notification may have queued a mail: look soon, not at the next tick.
      unsubscribe = context.events.subscribeUserNotices(() => schedule(100));
      schedule(0);
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
      options.transport.close();
    },
  };
}
