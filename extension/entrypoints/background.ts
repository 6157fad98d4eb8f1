import { defineBackground } from 'wxt/utils/define-background';
import { createApiClient } from '../lib/api-client';
import { listenForMessages } from '../lib/messaging';
import { loadSettings } from '../lib/settings';

// The background owns the token and the API client; content scripts only send it messages.
export default defineBackground(() => {
  const client = async () => createApiClient(await loadSettings());
  listenForMessages({
    'me:get': async () => (await client()).me(),
    'taxonomy:get': async () => (await client()).taxonomy(),
    'annotations:list': async ({ source }) => (await client()).listAnnotations(source),
    'annotations:create': async ({ input }) => (await client()).createAnnotation(input),
  });
});
