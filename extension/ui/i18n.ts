/** The interface languages; Dutch is the default, English is available in the options. */
export type Language = 'nl' | 'en';

const nl = {
  annotate: 'Annoteren',
  comment: 'Opmerking',
  save: 'Opslaan',
  cancel: 'Annuleren',
  saving: 'Bezig met opslaan…',
  terms: 'Koppelen aan doelen, acties en aanbevelingen',
  goals: 'Doelen en acties (veranderagenda)',
  recommendations: 'Aanbevelingen (reflectie 2020)',
  selectedPassage: 'Geselecteerde passage',
  notSignedIn: 'Niet aangemeld: open de opties van Kantlijn en vul het token in.',
  loadFailed: 'Annotaties konden niet worden geladen',
  saveFailed: 'Opslaan mislukt',
  orphans: (count: number) => `${count} annotatie(s) konden niet in deze versie van het document worden teruggevonden.`,
  highlightLabel: (name: string) => `Annotatie van ${name}`,
  you: 'U',
  pending: (count: number) => `${count} annotatie(s) wachten op verbinding met de server en worden daarna verstuurd.`,
};

const en: typeof nl = {
  annotate: 'Annotate',
  comment: 'Comment',
  save: 'Save',
  cancel: 'Cancel',
  saving: 'Saving…',
  terms: 'Link to goals, actions and recommendations',
  goals: 'Goals and actions (change agenda)',
  recommendations: 'Recommendations (2020 review)',
  selectedPassage: 'Selected passage',
  notSignedIn: 'Not signed in: open Kantlijn’s options and enter your token.',
  loadFailed: 'Annotations could not be loaded',
  saveFailed: 'Saving failed',
  orphans: (count: number) => `${count} annotation(s) could not be found in this version of the document.`,
  highlightLabel: (name: string) => `Annotation by ${name}`,
  you: 'You',
  pending: (count: number) => `${count} annotation(s) are waiting for the server and will be sent once it is reachable.`,
};

/** The interface texts of one language. */
export type Messages = typeof nl;

/** The texts for `language`. */
export function messagesFor(language: Language): Messages {
  return language === 'en' ? en : nl;
}
