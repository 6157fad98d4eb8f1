import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** The server a fresh install talks to: the one `npm start` runs. */
export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

/** The user's settings, stored in `storage.local` under the key `settings` (a test hook of the contract). */
export const settingsSchema = z.object({
  serverUrl: z.string().url().catch(DEFAULT_SERVER_URL).default(DEFAULT_SERVER_URL),
  token: z.string().catch('').default(''),
  language: z.enum(['nl', 'en']).catch('nl').default('nl'),
});
export type Settings = z.infer<typeof settingsSchema>;

const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {} });

/** The settings as stored, with defaults for anything missing or malformed. */
export async function loadSettings(): Promise<Settings> {
  return settingsSchema.parse((await settingsItem.getValue()) ?? {});
}

/** Merges `changes` into the stored settings. */
export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...changes });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` with the new settings whenever they change (in any context); returns an unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(settingsSchema.parse(value ?? {})));
}
