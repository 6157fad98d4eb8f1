import { messagesFor, type Language, type Messages } from '../ui/i18n';

/** The viewer frame's texts: the `viewer` group of the one dictionary (the annotator uses the rest). */
export type ViewerMessages = Messages['viewer'];

/** The viewer's texts for `language`. */
export function viewerMessagesFor(language: Language): ViewerMessages {
  return messagesFor(language).viewer;
}
