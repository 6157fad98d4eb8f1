import { browser } from 'wxt/browser';
import { createApiClient, type ApiClient } from './api-client';
import { viewerPathFor } from './pdf-viewer-url';
import type { Handlers } from './messaging';
import { createNotificationHandlers } from './notification-handlers';
import { enqueue, flushOutbox, readOutbox, removeFromOutbox } from './outbox';
import { fail, ok } from './result';
import { loadSettings } from './settings';
import { sameAnnotation } from '../../shared/w3c/read-annotation';

/**
 * The background's answers to the page contexts. Creating goes through the outbox: the annotation
 * is stored locally first, then sent; when the server cannot be reached it stays pending and is sent
 * on the next flush (page load, alarm, browser start), exactly once thanks to its client id.
 */
export function createBackgroundHandlers(clientFor: () => Promise<ApiClient> = async () => createApiClient(await loadSettings())): Handlers {
  return {
    ...createNotificationHandlers(clientFor),
    'me:get': async () => (await clientFor()).me(),
    'taxonomy:get': async () => (await clientFor()).taxonomy(),
    'annotations:list': async ({ source, fingerprint }) => {
      const client = await clientFor();
      await flushOutbox(client);
      const listed = await client.listAnnotations(source, fingerprint);
      if (!listed.ok) return listed;
      const pending = (await readOutbox()).filter((entry) => entry.source === source);
      return ok({ annotations: listed.value, pending });
    },
    'annotations:search': async ({ source, q }) => (await clientFor()).searchAnnotations(source, q),
    'annotations:get': async ({ id }) => (await clientFor()).getAnnotation(id),
    'anchors:report': async (report) => (await clientFor()).reportAnchorStates(report),
    'documents:list': async () => (await clientFor()).listDocuments(),
    'annotations:update': async ({ id, input, etag }) => (await clientFor()).replaceAnnotation(id, input, etag),
    'annotations:delete': async ({ id }) => {
      const client = await clientFor();
      const current = await client.getAnnotation(id);
      return current.ok ? client.deleteAnnotation(id, current.value.etag) : current;
    },
    'viewer:open-here': async ({ url }, sender) => {
      const tabId = sender?.tab?.id;
      if (tabId === undefined || !/^https?:/.test(url)) return fail('invalid_input', 'Geen tabblad met een PDF.');
      await browser.tabs.update(tabId, { url: browser.runtime.getURL(viewerPathFor(url)) });
      return ok(null);
    },
    'annotations:create': async ({ input, source }) => {
      const id = input.id;
      if (!id) return fail('invalid_input', 'Een annotatie uit de extensie heeft altijd een eigen id.');
      await enqueue({ id, operation: 'create', input, source, queuedAt: new Date().toISOString() });
      const flushed = await flushOutbox(await clientFor());
      const sent = flushed.sent.find((annotation) => sameAnnotation(annotation.id, id));
      if (sent) return ok({ annotation: sent, pending: false });
      const refused = flushed.rejected.find((entry) => entry.id === id);
      if (refused) {
        // Refused outright (e.g. invalid): the editor still holds the text, so the user loses nothing.
        await removeFromOutbox(id);
        return { ok: false, error: refused.error ?? { code: 'rejected', message: 'De server weigerde de opmerking.' } };
      }
      return ok({ annotation: null, pending: true });
    },
  };
}
