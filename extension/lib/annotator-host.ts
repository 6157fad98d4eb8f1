import type { LiveMessage } from './live-updates';
import type { BackgroundProtocol, MessageType } from './messaging';
import type { Result } from './result';
import type { Settings } from './settings';

/**
 * What the in-page annotator needs from the place it runs in, and nothing more. The extension
 * answers through its background (which holds the token and the outbox); Kantlijn's reader in the
 * browser answers by calling the API itself with the reader's session. The UI and the annotator
 * are the same code in both; only this differs.
 */
export interface AnnotatorHost {
  /** One request of the background protocol, answered with its `Result` in the reader's language. */
  send<K extends MessageType>(this: void, type: K, payload: BackgroundProtocol[K]['request']): Promise<Result<BackgroundProtocol[K]['response']>>;
  /** Follows live changes to `source`'s annotations until the returned function is called. */
  watchLiveUpdates(source: string, onMessage: (message: LiveMessage) => void): () => void;
  /** The settings the UI reads (language, and whether someone is signed in). */
  loadSettings(): Promise<Settings>;
  /** Calls `listener` whenever the settings change; returns the unsubscribe function. */
  watchSettings(listener: (settings: Settings) => void): () => void;
}
