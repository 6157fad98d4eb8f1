import { createApiClient } from '../lib/api-client';
import type { AnnotatorHost } from '../lib/annotator-host';
import type { LiveMessage } from '../lib/live-updates';
import type { BackgroundProtocol, Handlers, MessageType } from '../lib/messaging';
import type { Failure, Result } from '../lib/result';
import type { Settings } from '../lib/settings';
import { localiseFailure } from '../ui/failure-text';
import type { Language } from '../ui/i18n';
import { createReaderHandlers } from './reader-handlers';

/** What the reader's host needs: its own server, the session's CSRF token, the language. */
export interface ReaderHostOptions {
  serverUrl: string;
  csrfToken: string;
  language: Language;
  fetchImpl?: typeof fetch;
  /** `EventSource`, injectable for tests. */
  openEvents?: (url: string) => EventSource;
}

const LIVE_EVENTS = ['annotation.created', 'annotation.updated', 'annotation.deleted'] as const;

/** A failure as the reader's UI words it: a lost session is named as such, not as the extension's options. */
function readerFailure(language: Language, failure: Failure): Failure {
  const code = failure.code === 'unauthorized' || failure.code === 'not_signed_in' ? 'session_ended' : failure.code;
  return localiseFailure(language, { ...failure, code });
}

/**
 * The host of Kantlijn's reader in the browser: requests go to the API with the session cookie and
 * the CSRF header, live updates come from the server's event stream (the cookie goes along), and
 * the settings are fixed by the page. The "token" in the settings only tells the UI that someone is
 * signed in; the real credential is the HttpOnly cookie, which no script here can read.
 */
export function createReaderHost(options: ReaderHostOptions): AnnotatorHost {
  const handlers: Handlers = createReaderHandlers(createApiClient({ serverUrl: options.serverUrl, csrfToken: options.csrfToken }, options.fetchImpl));
  const settings: Settings = { serverUrl: options.serverUrl, token: 'reader-session', language: options.language };
  const openEvents = options.openEvents ?? ((url: string) => new EventSource(url));
  return {
    async send<K extends MessageType>(type: K, payload: BackgroundProtocol[K]['request']): Promise<Result<BackgroundProtocol[K]['response']>> {
      const handler = handlers[type] as (request: BackgroundProtocol[K]['request']) => Promise<Result<BackgroundProtocol[K]['response']>>;
      const answer = await handler(payload);
      return answer.ok ? answer : { ok: false, error: readerFailure(options.language, answer.error) };
    },
    watchLiveUpdates(source, onMessage) {
      const events = openEvents(new URL(`/api/events?source=${encodeURIComponent(source)}`, options.serverUrl).href);
      for (const name of LIVE_EVENTS) {
        events.addEventListener(name, (event) => {
          try {
            const data = JSON.parse((event as MessageEvent<string>).data) as Record<string, unknown>;
            if (name === 'annotation.deleted' && typeof data.id === 'string') onMessage({ type: name, id: data.id });
            else if (name !== 'annotation.deleted') onMessage({ type: name, annotation: data } as LiveMessage);
          } catch {
            // A malformed event is skipped; a reload shows the truth anyway.
          }
        });
      }
      return () => events.close();
    },
    loadSettings: () => Promise.resolve(settings),
    watchSettings: () => () => undefined,
  };
}
