import { browser, type Browser } from 'wxt/browser';
import type { Annotation, W3cAnnotation } from '../../shared/schemas/annotation';
import { readAnnotation } from '../../shared/w3c/read-annotation';
import { showUnread } from './notification-badge';
import { loadSettings } from './settings';
import { createSseParser } from './sse-parser';

/** The port name page contexts use to ask for live updates. */
export const LIVE_PORT = 'kantlijn-live';

/** What the background passes down the port. */
export type LiveMessage =
  | { type: 'annotation.created' | 'annotation.updated'; annotation: Annotation }
  | { type: 'annotation.deleted'; id: string };

/** Longest wait between reconnection attempts to the event stream. */
const MAX_BACKOFF_MS = 30_000;

/**
 * Background side: for each page that connects and names its document, follow the server's event
 * stream (with the user's token, which never leaves the background) and pass the events on, until
 * the page goes away. A dropped stream is reopened with growing pauses.
 */
export function serveLiveUpdates(): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== LIVE_PORT || port.sender?.id !== browser.runtime.id) return;
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort());
    port.onMessage.addListener((message: unknown) => {
      const source = (message as { source?: unknown }).source;
      if (typeof source === 'string') void follow(source, port, controller.signal);
    });
  });
}

async function follow(source: string, port: Browser.runtime.Port, signal: AbortSignal): Promise<void> {
  let backoff = 1_000;
  while (!signal.aborted) {
    try {
      const { serverUrl, token } = await loadSettings();
      if (!token) return;
      const response = await fetch(new URL(`/api/events?source=${encodeURIComponent(source)}`, serverUrl), {
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
        signal,
      });
      if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
      backoff = 1_000;
      const parse = createSseParser();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const event of parse(value)) forward(event.event, event.data, port);
      }
    } catch {
      if (signal.aborted) return;
    }
    await new Promise((resolve) => setTimeout(resolve, backoff));
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }
}

function forward(event: string, data: string, port: Browser.runtime.Port): void {
  try {
    const payload = JSON.parse(data) as Record<string, unknown>;
    // What is new for the reader comes on any stream of theirs; it is for the badge, not the page.
    if (event === 'notification' && typeof payload.unread === 'number') void showUnread(payload.unread);
    else if (event === 'annotation.deleted' && typeof payload.id === 'string') port.postMessage({ type: event, id: payload.id });
    else if (event === 'annotation.created' || event === 'annotation.updated') port.postMessage({ type: event, annotation: readAnnotation(payload as W3cAnnotation) });
  } catch {
    // A malformed event is skipped; the next page load shows the truth anyway.
  }
}

/**
 * Page side: receive live updates for `source` until the returned function is called; reconnects
 * when the background restarts (a stopped service worker drops the port).
 */
export function watchLiveUpdates(source: string, onMessage: (message: LiveMessage) => void): () => void {
  let stopped = false;
  let port: Browser.runtime.Port | null = null;
  const connect = () => {
    if (stopped) return;
    try {
      port = browser.runtime.connect({ name: LIVE_PORT });
    } catch {
      return; // the extension was reloaded; this page's script is orphaned
    }
    port.onMessage.addListener((message: unknown) => onMessage(message as LiveMessage));
    port.onDisconnect.addListener(() => {
      port = null;
      setTimeout(connect, 1_000);
    });
    port.postMessage({ source });
  };
  connect();
  return () => {
    stopped = true;
    port?.disconnect();
  };
}
