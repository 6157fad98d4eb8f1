import { lowerFirst } from '../../../shared/i18n/vocabulary';
import type { Language } from '../../../shared/i18n/plural';

/** Every text of the invitation page (`/uitnodiging/CODE`). */
export interface InvitePageTexts {
  language: Language;
  title: string;
  heading: string;
  forWhom: (roleName: string, organisation: string) => string;
  what: string;
  stepsHeading: string;
  steps: readonly [string, string, string, string];
  linkLabel: string;
  codeLabel: string;
  validUntil: (until: string) => string;
  personal: string;
  used: string;
  expired: string;
  unknown: string;
  otherLanguage: { label: string; query: string; lang: Language };
  locale: string;
  /** The way in without the extension: the reader in the browser. */
  reader: {
    heading: string;
    explanation: string;
    nameLabel: string;
    nameHint: string;
    button: string;
    nameMissing: string;
    notSameSite: string;
  };
}

/** The invitation page in Dutch and English (for a partner who reads English better). */
export const INVITE_PAGE_TEXTS: Record<Language, InvitePageTexts> = {
  nl: {
    language: 'nl',
    title: 'Uitnodiging voor Kantlijn',
    heading: 'U bent uitgenodigd voor Kantlijn',
    forWhom: (roleName, organisation) => `Als ${lowerFirst(roleName)} van ${organisation}.`,
    what: 'Met Kantlijn leest u de rapporten van Samen Veilig Midden-Nederland en zet u uw vragen en opmerkingen direct bij de passage waar ze over gaan, samen met andere raadsleden en ketenpartners.',
    stepsHeading: 'Zo begint u',
    steps: [
      'Installeer de Kantlijn-extensie in Chrome, Edge of Firefox. Uw griffie of het secretariaat vertelt u waar u die vindt.',
      'Na de installatie opent Kantlijn vanzelf de instellingen. Ziet u ze niet, klik dan met de rechtermuisknop op het Kantlijn-pictogram in de werkbalk en kies ‘Opties’.',
      'Plak daar uw link (hieronder) bij ‘Uitnodigingscode of -link’, vul uw naam in en kies ‘Aanmelden’.',
      'Open een rapport en selecteer een passage; kies ‘Annoteren’ om uw vraag of opmerking te plaatsen.',
    ],
    linkLabel: 'Uw link',
    codeLabel: 'Of alleen de code',
    validUntil: (until) => `De uitnodiging werkt één keer en is geldig tot ${until}.`,
    personal: 'De link is persoonlijk: stuur hem niet door.',
    used: 'Deze uitnodiging is al gebruikt. Hebt u zich er zelf mee aangemeld, dan hoeft u niets meer te doen; anders vraagt u het secretariaat om een nieuwe.',
    expired: 'Deze uitnodiging is verlopen. Vraag het secretariaat om een nieuwe.',
    unknown: 'Deze uitnodiging is niet bekend. Controleer of u de hele link uit de e-mail hebt overgenomen, of vraag het secretariaat om een nieuwe.',
    otherLanguage: { label: 'Read this page in English', query: 'en', lang: 'en' },
    locale: 'nl-NL',
    reader: {
      heading: 'Geen extensie? Lees in de browser',
      explanation: 'Kunt u op uw laptop geen extensie installeren, of leest u op een tablet? Dan leest en annoteert u de rapporten hier in de browser. Uw opmerkingen horen bij dezelfde rapporten als die van iedereen met de extensie.',
      nameLabel: 'Naam',
      nameHint: 'Zoals anderen u bij uw opmerkingen zien.',
      button: 'Lezen in de browser',
      nameMissing: 'Vul uw naam in en kies dan opnieuw ‘Lezen in de browser’.',
      notSameSite: 'Het formulier kwam niet van deze pagina. Open de link uit uw uitnodiging opnieuw en probeer het nog eens.',
    },
  },
  en: {
    language: 'en',
    title: 'Invitation to Kantlijn',
    heading: 'You are invited to Kantlijn',
    forWhom: (roleName, organisation) => `Your role: ${roleName}, ${organisation}.`,
    what: 'With Kantlijn you read the reports of Samen Veilig Midden-Nederland and put your questions and remarks right next to the passage they are about, together with councillors and chain partners.',
    stepsHeading: 'How to start',
    steps: [
      'Install the Kantlijn extension in Chrome, Edge or Firefox. Your council clerk or the secretariat tells you where to find it.',
      'After installing, Kantlijn opens its settings by itself. If you do not see them, right-click the Kantlijn icon in the toolbar and choose ‘Options’.',
      'Paste your link (below) under ‘Invitation code or link’, fill in your name and choose ‘Sign in’.',
      'Open a report and select a passage; choose ‘Annotate’ to post your question or remark.',
    ],
    linkLabel: 'Your link',
    codeLabel: 'Or just the code',
    validUntil: (until) => `The invitation works once and is valid until ${until}.`,
    personal: 'The link is personal: do not pass it on.',
    used: 'This invitation has been used. If you signed in with it yourself, there is nothing more to do; otherwise ask the secretariat for a new one.',
    expired: 'This invitation has expired. Ask the secretariat for a new one.',
    unknown: 'This invitation is not known. Check that you copied the whole link from the e-mail, or ask the secretariat for a new one.',
    otherLanguage: { label: 'Deze pagina in het Nederlands', query: 'nl', lang: 'nl' },
    locale: 'en-GB',
    reader: {
      heading: 'No extension? Read in the browser',
      explanation: 'If you cannot install an extension on your laptop, or you read on a tablet, you can read and annotate the reports here in the browser. Your remarks belong to the same reports as those of everyone using the extension.',
      nameLabel: 'Name',
      nameHint: 'As others will see you next to your remarks.',
      button: 'Read in the browser',
      nameMissing: 'Fill in your name, then choose ‘Read in the browser’ again.',
      notSameSite: 'The form did not come from this page. Open the link from your invitation again and try once more.',
    },
  },
};
