import path from 'node:path';
import { z } from 'zod';
import { EXTENSION_ID_PATTERN } from './http/extension-cors';
import { parseReaderHost, type ReaderHost } from './reader/reader-hosts';

/** The server's environment, parsed once at start. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Optional cap on the database size in MiB: a write beyond it is refused (507), never half done. */
  DB_MAX_MB: z.coerce.number().int().min(1).optional(),
  /** Reverse proxies in front of the server (e.g. 1 for one TLS proxy) whose X-Forwarded-For is trusted; none when not set. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).optional(),
  /** Memory for rendered list pages in MiB (64 when not set); `0` renders every read afresh. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).optional(),
  /** Live-update streams (`/api/events`) the server keeps open at once (2000 when not set); beyond it, 429. */
  EVENT_STREAMS_MAX: z.coerce.number().int().min(1).max(1_000_000).optional(),
  /** The address readers use (`https://kantlijn.gemeente.nl`); invitation links are made from it. Kept as its origin. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'geef een http- of https-adres, zoals https://kantlijn.gemeente.nl' })
    .refine((value) => !URL.canParse(value) || (['', '/'].includes(new URL(value).pathname) && !new URL(value).search && !new URL(value).hash), {
      error: 'alleen het adres van de server, zonder pad erachter (zoals https://kantlijn.gemeente.nl)',
    })
    .transform((value) => new URL(value).origin)
    .optional(),
  /** Chrome/Edge extension ids allowed to call the API, comma-separated (the unpacked build's id when not set). */
  EXTENSION_IDS: z
    .string()
    .transform((value) => value.split(',').map((id) => id.trim()).filter((id) => id !== ''))
    .pipe(z.array(z.string().regex(EXTENSION_ID_PATTERN, 'een extensie-id is 32 letters a–p, gescheiden door komma’s')).min(1))
    .optional(),
  /** The mail server for notifications by e-mail (`smtp://user:password@host:587`, `smtps://…:465`); without it no mail is sent. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'geef een smtp- of smtps-adres, zoals smtp://gebruiker:wachtwoord@mail.gemeente.nl:587' }).optional(),
  /** The sender of those mails (`Kantlijn <kantlijn@gemeente.nl>`; `Kantlijn <kantlijn@localhost>` when not set). */
  MAIL_FROM: z.string().trim().min(3).max(320).optional(),
  /** Seconds before the first retry of a mail the mail server did not take (60 when not set); each next wait doubles, up to six hours. */
  MAIL_RETRY_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
  /** Hosts the reader (`/lezen`) may fetch from besides registered documents' URLs: `host` or `host:port`, comma-separated. */
  READER_HOSTS: z
    .string()
    .transform((value, context): ReaderHost[] => {
      const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
      const hosts = entries.map(parseReaderHost);
      const bad = entries.filter((_, index) => hosts[index] === null);
      if (bad.length > 0) {
        context.addIssue({ code: 'custom', message: `geef alleen hostnamen, eventueel met poort, gescheiden door komma’s (zoals rapporten.svmn.nl,intranet.gemeente.nl:8443); niet: ${bad.join(', ')}` });
        return z.NEVER;
      }
      return hosts.filter((host): host is ReaderHost => host !== null);
    })
    .optional(),
});
export type Config = z.infer<typeof configSchema> & { dataDir: string };

/**
 * Reads the configuration from `env`, or prints what is wrong and exits: a server that starts on a
 * misread port or folder does more harm than one that refuses.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // `PAGE_CACHE_MB=` with nothing after it means "not set", not 0: an empty value must not turn a
  // limit or the cache off without anyone noticing.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = configSchema.safeParse(given);
  if (!result.success) {
    for (const issue of result.error.issues) console.error(`Ongeldige instelling ${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
}
