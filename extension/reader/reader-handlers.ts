import type { ApiClient } from '../lib/api-client';
import type { Handlers } from '../lib/messaging';
import { fail, ok, type Result } from '../lib/result';

/**
 * The reader's answers to the annotator's requests: straight to the API, with the session. There
 * is no outbox here (a web page has no storage that outlives it safely for remarks), so a create
 * the server did not take fails and the editor keeps the text.
 */
export function createReaderHandlers(client: ApiClient): Handlers {
  return {
    'me:get': () => client.me(),
    'taxonomy:get': () => client.taxonomy(),
    'annotations:list': async ({ source, fingerprint }) => {
      const listed = await client.listAnnotations(source, fingerprint);
      return listed.ok ? ok({ annotations: listed.value, pending: [] }) : listed;
    },
    'annotations:create': async ({ input }) => {
      const created = await client.createAnnotation(input);
      return created.ok ? ok({ annotation: created.value, pending: false }) : created;
    },
    'anchors:report': (report) => client.reportAnchorStates(report),
    'documents:list': () => client.listDocuments(),
    'annotations:search': ({ source, q }) => client.searchAnnotations(source, q),
    'annotations:get': ({ id }) => client.getAnnotation(id),
    'annotations:update': ({ id, input, etag }) => client.replaceAnnotation(id, input, etag),
    'annotations:delete': async ({ id }) => {
      const current = await client.getAnnotation(id);
      return current.ok ? client.deleteAnnotation(id, current.value.etag) : current;
    },
    'viewer:open-here': (): Promise<Result<null>> => Promise.resolve(fail('reader_unsupported', 'Niet in de lezer.')),
    'notifications:list': () => client.notifications(),
    'notifications:read': ({ upTo }) => client.markNotificationsRead(upTo),
    // The extension opens a new tab at the remark; the reader has no tabs to manage.
    'notifications:open': (): Promise<Result<null>> => Promise.resolve(fail('reader_unsupported', 'Niet in de lezer.')),
    'notifications:settings': () => client.notificationSettings(),
    'notifications:save-settings': (settings) => client.saveNotificationSettings(settings),
  };
}
