import { browser } from 'wxt/browser';
import type { Annotation, AnnotationInput } from '../../shared/schemas/annotation';
import type { DocumentList } from '../../shared/schemas/document';
import type { AnchorReport } from '../../shared/schemas/response';
import type { NotificationList, NotificationSettings, NotificationSettingsView } from '../../shared/schemas/notification';
import type { Me } from '../../shared/schemas/roles';
import type { Taxonomy } from '../../shared/schemas/taxonomy';
import { localiseFailure } from '../ui/failure-text';
import type { SearchResults } from './api-client';
import type { OutboxEntry } from './outbox';
import { fail, type Result } from './result';
import { loadSettings } from './settings';

/**
 * Every request a page-side context (content script, viewer) sends to the background, which alone
 * holds the token and talks to the server. Each maps to the value its `Result` carries.
 */
export interface BackgroundProtocol {
  'me:get': { request: Record<string, never>; response: Me };
  'taxonomy:get': { request: Record<string, never>; response: Taxonomy };
  /** With a PDF's fingerprint, what was made on the same file at other URLs comes too. */
  'annotations:list': { request: { source: string; fingerprint?: string }; response: { annotations: Annotation[]; pending: OutboxEntry[] } };
  /** How the page's annotations anchored in the version read here (best effort, not queued). */
  'anchors:report': { request: AnchorReport; response: { changed: number } };
  /** The round's reading list. */
  'documents:list': { request: Record<string, never>; response: DocumentList };
  /** The best matches among the document's remarks for what the reader typed (see the server's search). */
  'annotations:search': { request: { source: string; q: string }; response: SearchResults };
  /** Saved now (`pending: false`), or kept in the outbox until the server is reachable. */
  'annotations:create': { request: { input: AnnotationInput; source: string }; response: { annotation: Annotation | null; pending: boolean } };
  /** The current version of one's own annotation and its ETag, when starting to edit it. */
  'annotations:get': { request: { id: string }; response: { annotation: Annotation; etag: string } };
  /** Replaces it if still at `etag`; a `version_conflict` failure otherwise (the editor keeps the text). */
  'annotations:update': { request: { id: string; input: AnnotationInput; etag: string }; response: Annotation };
  'annotations:delete': { request: { id: string }; response: null };
  /** A content script found itself on a PDF: the background shows that tab in Kantlijn's viewer. */
  'viewer:open-here': { request: { url: string }; response: null };
  /** "Nieuw voor u" for the options page; the toolbar badge follows the unread count. */
  'notifications:list': { request: Record<string, never>; response: NotificationList };
  'notifications:read': { request: { upTo?: string }; response: { unread: number } };
  /** Opens one item at its passage in a new tab (a PDF in Kantlijn's viewer). */
  'notifications:open': { request: { source: string; remark: string }; response: null };
  'notifications:settings': { request: Record<string, never>; response: NotificationSettingsView };
  'notifications:save-settings': { request: NotificationSettings; response: NotificationSettingsView };
}
export type MessageType = keyof BackgroundProtocol;

/** The wire form of a request. */
export interface Message<K extends MessageType = MessageType> {
  kantlijn: 1;
  type: K;
  payload: BackgroundProtocol[K]['request'];
}

/** Type guard for messages of this protocol (anything else is ignored). */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && (value as { kantlijn?: unknown }).kantlijn === 1;
}

/** Sends one request to the background and waits for its `Result`. */
export async function sendToBackground<K extends MessageType>(
  type: K,
  payload: BackgroundProtocol[K]['request'],
): Promise<Result<BackgroundProtocol[K]['response']>> {
  const message: Message<K> = { kantlijn: 1, type, payload };
  try {
    const answer = await browser.runtime.sendMessage<Message<K>, Result<BackgroundProtocol[K]['response']> | undefined>(message);
    return answer ?? inReadersLanguage(fail('no_answer', 'De extensie gaf geen antwoord.'));
  } catch {
    return inReadersLanguage(fail('extension_unavailable', 'De extensie is niet bereikbaar; herlaad de pagina.'));
  }
}

/**
 * `answer` with a failure's message in the language chosen in the options, so that whatever a
 * screen shows of it is never Dutch on an English screen (the server and the API client speak Dutch
 * and codes). A success passes unchanged.
 */
export async function inReadersLanguage<T>(answer: Result<T>): Promise<Result<T>> {
  if (answer.ok) return answer;
  const language = await loadSettings().then(
    (settings) => settings.language,
    () => 'nl' as const,
  );
  return { ok: false, error: localiseFailure(language, answer.error) };
}

/** The handlers the background registers, one per message type. */
export type Handlers = {
  [K in MessageType]: (payload: BackgroundProtocol[K]['request'], sender?: MessageSender) => Promise<Result<BackgroundProtocol[K]['response']>>;
};

/** Who sent a message: this extension's id, and the tab it came from (for content scripts). */
export interface MessageSender {
  id?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/**
 * Routes one incoming message to its handler. Returns `null` for anything that is not for us:
 * messages of another shape, and messages not sent by this extension's own contexts (web pages and
 * other extensions may never make the background act with the user's token).
 */
export function dispatchMessage(
  handlers: Handlers,
  message: unknown,
  sender: MessageSender,
  ownId: string,
): Promise<Result<unknown>> | null {
  if (!isMessage(message) || sender.id !== ownId) return null;
  const handler = handlers[message.type] as ((payload: unknown, from: MessageSender) => Promise<Result<unknown>>) | undefined;
  if (!handler) return null;
  return handler(message.payload, sender).catch((error: unknown) =>
    fail('internal', error instanceof Error ? error.message : String(error)),
  );
}

/** Answers protocol messages with `handlers` (using `sendResponse`, which every browser supports). */
export function listenForMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: unknown) => void) => {
    const answer = dispatchMessage(handlers, message, sender, browser.runtime.id);
    if (!answer) return false;
    void answer.then(inReadersLanguage).then(sendResponse);
    return true;
  });
}
