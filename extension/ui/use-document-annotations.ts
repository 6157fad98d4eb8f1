import { useCallback, useEffect, useState } from 'react';
import type { Annotation } from '../../shared/schemas/annotation';
import type { Taxonomy } from '../../shared/schemas/taxonomy';
import type { DocumentIntegration } from '../annotator/document-integration';
import type { AnnotatorHost } from '../lib/annotator-host';
import type { Settings } from '../lib/settings';
import { listDocumentAnnotations } from './document-identity';
import type { Messages } from './i18n';
import { pendingAsAnnotation } from './pending-annotation';
import { sameAnnotation } from '../../shared/w3c/read-annotation';

/** The document's annotations as the page knows them, and the ways they change. */
export interface DocumentAnnotations {
  annotations: Annotation[];
  /** Ids still waiting in the outbox. */
  pendingIds: ReadonlySet<string>;
  taxonomy: Taxonomy | null;
  /** The signed-in user's id, to tell their own annotations. */
  me: string | null;
  notice: string | null;
  setNotice: (notice: string | null) => void;
  /** Adds or replaces one annotation, saved or still pending. */
  remember: (annotation: Annotation, pending: boolean) => void;
  forget: (id: string) => void;
}

/**
 * Loads the document's annotations (with the taxonomy and who is signed in) whenever the settings
 * change, and keeps them up to date from the server's live events.
 */
export function useDocumentAnnotations(host: AnnotatorHost, integration: DocumentIntegration, settings: Settings | null, messages: Messages): DocumentAnnotations {
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [pendingIds, setPendingIds] = useState<ReadonlySet<string>>(new Set());
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [me, setMe] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const remember = useCallback((annotation: Annotation, pending: boolean) => {
    // A saved annotation replaces its pending self: the client's urn:uuid id and the server's IRI name the same one.
    setAnnotations((current) => [...current.filter((item) => !sameAnnotation(item.id, annotation.id)), annotation]);
    setPendingIds((current) => {
      const next = new Set([...current].filter((id) => !sameAnnotation(id, annotation.id)));
      if (pending) next.add(annotation.id);
      return next;
    });
  }, []);
  const forget = useCallback((id: string) => setAnnotations((current) => current.filter((item) => !sameAnnotation(item.id, id))), []);

  useEffect(() => {
    if (!settings) return;
    let live = true;
    void Promise.all([host.send('taxonomy:get', {}), listDocumentAnnotations(host, integration), host.send('me:get', {})]).then(([loadedTaxonomy, loaded, who]) => {
      if (!live) return;
      if (loadedTaxonomy.ok) setTaxonomy(loadedTaxonomy.value);
      if (who.ok) setMe(who.value.id);
      if (!loaded.ok) {
        setNotice(loaded.error.code === 'not_signed_in' ? messages.notSignedIn : `${messages.loadFailed}: ${loaded.error.message}`);
        return;
      }
      const pending = loaded.value.pending.map((entry) => pendingAsAnnotation(entry, messages.you));
      setAnnotations([...loaded.value.annotations, ...pending]);
      setPendingIds(new Set(pending.map((annotation) => annotation.id)));
      setNotice(null);
    });
    return () => {
      live = false;
    };
  }, [host, integration, settings?.serverUrl, settings?.token]); // eslint-disable-line react-hooks/exhaustive-deps -- load again for another server or account only, not when the language changes

  useEffect(() => {
    if (!settings?.token) return undefined;
    return host.watchLiveUpdates(integration.sourceUrl(), (message) => {
      if (message.type === 'annotation.deleted') forget(message.id);
      else remember(message.annotation, false);
    });
  }, [host, integration, settings?.token, settings?.serverUrl, remember, forget]);

  return { annotations, pendingIds, taxonomy, me, notice, setNotice, remember, forget };
}
