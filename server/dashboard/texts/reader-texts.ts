import type { Language } from '../../../shared/i18n/plural';
import type { FetchRefusalReason } from '../../reader/fetch-types';

/** One refusal explained: what happened and what the reader can do next. */
export interface RefusalText {
  title: string;
  explanation: string;
  nextStep: string;
}

/** The texts of the reader's own pages (refusals, sign-in needed), per language. */
export interface ReaderPageTexts {
  language: Language;
  refusals: Record<FetchRefusalReason, RefusalText>;
  /** Label before the address that was asked for. */
  addressLabel: string;
  /** A link to the original, to read it without Kantlijn. */
  openOriginal: string;
  signInTitle: string;
  signIn: string;
  signInNext: string;
  missingUrlTitle: string;
  missingUrl: string;
  start: {
    title: string;
    signedInAs: (name: string, role: string, organisation: string) => string;
    openLabel: string;
    openHint: string;
    openButton: string;
    signOutButton: string;
    signOutHint: string;
    extensionHeading: string;
    extensionHint: string;
    extensionButton: string;
    otherLanguage: { label: string; query: string; lang: Language };
  };
  signedOutTitle: string;
  signedOut: string;
  /** The page that shows a token for the extension, once. */
  token: { title: string; steps: (serverUrl: string) => readonly string[]; label: string; once: string; back: string };
  /** The bar above a copy of a web page. */
  copy: {
    label: string;
    notice: (site: string) => string;
    original: string;
    start: string;
  };
}

/** The reader's pages in Dutch and English; both languages are shown on a refusal page. */
export const READER_PAGE_TEXTS: Record<Language, ReaderPageTexts> = {
  nl: {
    language: 'nl',
    refusals: {
      invalid_url: {
        title: 'Dit adres kan Kantlijn niet openen',
        explanation: 'Het adres is geen gewone webpagina of pdf (het moet met http:// of https:// beginnen en mag geen gebruikersnaam of wachtwoord bevatten).',
        nextStep: 'Kopieer het adres van het rapport opnieuw uit de leeslijst of de e-mail en probeer het nog eens.',
      },
      not_allowed: {
        title: 'Dit document staat niet op de leeslijst',
        explanation: 'Kantlijn opent in de browser alleen de rapporten die het secretariaat voor een ronde heeft klaargezet, en sites die uw gemeente daarvoor heeft opgegeven.',
        nextStep: 'Open het rapport via de leeslijst, of vraag het secretariaat dit document toe te voegen.',
      },
      private_address: {
        title: 'Dit adres ligt in een afgeschermd netwerk',
        explanation: 'Het adres wijst naar een computer binnen een intern netwerk. Kantlijn haalt daar niets op, tenzij de beheerder die site uitdrukkelijk heeft toegestaan.',
        nextStep: 'Vraag het secretariaat of de beheerder van Kantlijn om deze site toe te staan, of open het rapport op zijn openbare adres.',
      },
      unresolvable: {
        title: 'Deze website is niet gevonden',
        explanation: 'De naam van de website in het adres bestaat niet (meer), of is nu niet op te zoeken.',
        nextStep: 'Controleer het adres op typefouten, of probeer het over een paar minuten opnieuw.',
      },
      too_many_redirects: {
        title: 'De website stuurt te vaak door',
        explanation: 'Het adres verwijst door naar een ander adres, en dat weer naar een ander, vaker dan drie keer.',
        nextStep: 'Open het rapport via het adres waar het uiteindelijk staat, of meld het aan het secretariaat.',
      },
      too_large: {
        title: 'Dit document is te groot',
        explanation: 'Kantlijn opent pdf’s tot 50 MB en webpagina’s tot 5 MB in de browser.',
        nextStep: 'Open het origineel via de link hieronder, of vraag het secretariaat om een kleinere versie.',
      },
      timeout: {
        title: 'De website antwoordt te langzaam',
        explanation: 'Het ophalen van het document duurde te lang en is gestopt.',
        nextStep: 'Probeer het over een paar minuten opnieuw.',
      },
      unsupported_type: {
        title: 'Dit is geen webpagina of pdf',
        explanation: 'Kantlijn opent in de browser alleen webpagina’s (HTML) en pdf-bestanden.',
        nextStep: 'Open het origineel via de link hieronder, of vraag het secretariaat om het rapport als pdf.',
      },
      upstream_status: {
        title: 'De website gaf het document niet',
        explanation: 'De website antwoordde met een foutmelding: misschien is het document verplaatst of (nog) niet openbaar.',
        nextStep: 'Controleer het adres, probeer het later opnieuw, of meld het aan het secretariaat.',
      },
      unreachable: {
        title: 'De website is niet bereikbaar',
        explanation: 'Kantlijn kon geen verbinding maken met de website.',
        nextStep: 'Probeer het over een paar minuten opnieuw; blijft het zo, meld het dan aan het secretariaat.',
      },
    },
    addressLabel: 'Gevraagd adres',
    openOriginal: 'Het origineel openen (zonder Kantlijn)',
    signInTitle: 'Eerst aanmelden',
    signIn: 'Om in de browser te lezen en opmerkingen te plaatsen, meldt u zich eerst aan met de link uit uw uitnodiging.',
    signInNext: 'Open de link uit de e-mail van het secretariaat en kies ‘Lezen in de browser’. Hebt u geen uitnodiging (meer), vraag het secretariaat dan om een nieuwe.',
    missingUrlTitle: 'Welk document?',
    missingUrl: 'Er is geen document gekozen om te lezen.',
    start: {
      title: 'Kantlijn in de browser',
      signedInAs: (name, role, organisation) => `U bent aangemeld als ${name} (${role}, ${organisation}).`,
      openLabel: 'Adres van het rapport',
      openHint: 'Plak het adres van een rapport (een webpagina of pdf) uit de leeslijst of de e-mail van het secretariaat.',
      openButton: 'Openen in Kantlijn',
      signOutButton: 'Uitloggen',
      signOutHint: 'Op een gedeelde computer of tablet logt u uit als u klaar bent.',
      extensionHeading: 'Ook de extensie gebruiken?',
      extensionHint: 'Op een computer waar u de Kantlijn-extensie wel kunt installeren, meldt u zich daarmee aan als dezelfde persoon: uw opmerkingen staan dan op beide plaatsen.',
      extensionButton: 'Token voor de extensie maken',
      otherLanguage: { label: 'Read this page in English', query: 'en', lang: 'en' },
    },
    signedOutTitle: 'U bent uitgelogd',
    signedOut: 'U bent uitgelogd uit Kantlijn in deze browser. Wilt u weer lezen, vraag het secretariaat dan om een nieuwe uitnodiging.',
    token: {
      title: 'Uw token voor de extensie',
      steps: (serverUrl) => [
        'Open de opties van de Kantlijn-extensie en kies ‘Aanmelden met token’.',
        `Vul als serveradres ${serverUrl} in en plak het token hieronder.`,
      ],
      label: 'Token',
      once: 'U ziet dit token maar één keer. Het is persoonlijk: geef het aan niemand.',
      back: 'Terug naar Kantlijn in de browser',
    },
    copy: {
      label: 'Kantlijn: kopie van het rapport',
      notice: (site) => `U leest in Kantlijn een kopie van deze pagina van ${site}, zonder de eigen scripts van die site. Links gaan naar de oorspronkelijke site.`,
      original: 'Origineel openen',
      start: 'Kantlijn-startpagina',
    },
  },
  en: {
    language: 'en',
    refusals: {
      invalid_url: {
        title: 'Kantlijn cannot open this address',
        explanation: 'The address is not an ordinary web page or PDF (it must start with http:// or https:// and may not contain a user name or password).',
        nextStep: 'Copy the report’s address again from the reading list or the e-mail and try once more.',
      },
      not_allowed: {
        title: 'This document is not on the reading list',
        explanation: 'In the browser, Kantlijn opens only the reports the secretariat has set out for a round, and sites your council has named for it.',
        nextStep: 'Open the report from the reading list, or ask the secretariat to add this document.',
      },
      private_address: {
        title: 'This address is inside a closed network',
        explanation: 'The address points to a computer inside an internal network. Kantlijn fetches nothing there unless the administrator has allowed that site explicitly.',
        nextStep: 'Ask the secretariat or Kantlijn’s administrator to allow this site, or open the report at its public address.',
      },
      unresolvable: {
        title: 'This website was not found',
        explanation: 'The website’s name in the address does not exist (any more), or cannot be looked up now.',
        nextStep: 'Check the address for typing errors, or try again in a few minutes.',
      },
      too_many_redirects: {
        title: 'The website redirects too often',
        explanation: 'The address sends on to another address, and that to another, more than three times.',
        nextStep: 'Open the report at the address where it finally is, or tell the secretariat.',
      },
      too_large: {
        title: 'This document is too large',
        explanation: 'In the browser, Kantlijn opens PDFs up to 50 MB and web pages up to 5 MB.',
        nextStep: 'Open the original with the link below, or ask the secretariat for a smaller version.',
      },
      timeout: {
        title: 'The website answers too slowly',
        explanation: 'Fetching the document took too long and was stopped.',
        nextStep: 'Try again in a few minutes.',
      },
      unsupported_type: {
        title: 'This is not a web page or PDF',
        explanation: 'In the browser, Kantlijn opens only web pages (HTML) and PDF files.',
        nextStep: 'Open the original with the link below, or ask the secretariat for the report as a PDF.',
      },
      upstream_status: {
        title: 'The website did not hand over the document',
        explanation: 'The website answered with an error: perhaps the document has moved or is not public (yet).',
        nextStep: 'Check the address, try again later, or tell the secretariat.',
      },
      unreachable: {
        title: 'The website cannot be reached',
        explanation: 'Kantlijn could not connect to the website.',
        nextStep: 'Try again in a few minutes; if it stays this way, tell the secretariat.',
      },
    },
    addressLabel: 'Address asked for',
    openOriginal: 'Open the original (without Kantlijn)',
    signInTitle: 'Sign in first',
    signIn: 'To read in the browser and post remarks, first sign in with the link from your invitation.',
    signInNext: 'Open the link in the secretariat’s e-mail and choose ‘Read in the browser’. If you have no invitation (any more), ask the secretariat for a new one.',
    missingUrlTitle: 'Which document?',
    missingUrl: 'No document was chosen to read.',
    start: {
      title: 'Kantlijn in the browser',
      signedInAs: (name, role, organisation) => `You are signed in as ${name} (${role}, ${organisation}).`,
      openLabel: 'Address of the report',
      openHint: 'Paste the address of a report (a web page or PDF) from the reading list or the secretariat’s e-mail.',
      openButton: 'Open in Kantlijn',
      signOutButton: 'Sign out',
      signOutHint: 'On a shared computer or tablet, sign out when you are done.',
      extensionHeading: 'Use the extension as well?',
      extensionHint: 'On a computer where you can install the Kantlijn extension, sign in with it as the same person: your remarks then show in both places.',
      extensionButton: 'Make a token for the extension',
      otherLanguage: { label: 'Deze pagina in het Nederlands', query: 'nl', lang: 'nl' },
    },
    signedOutTitle: 'You are signed out',
    signedOut: 'You are signed out of Kantlijn in this browser. To read again, ask the secretariat for a new invitation.',
    token: {
      title: 'Your token for the extension',
      steps: (serverUrl) => [
        'Open the Kantlijn extension’s options and choose ‘Sign in with token’.',
        `Fill in ${serverUrl} as the server address and paste the token below.`,
      ],
      label: 'Token',
      once: 'You see this token only once. It is personal: give it to no one.',
      back: 'Back to Kantlijn in the browser',
    },
    copy: {
      label: 'Kantlijn: copy of the report',
      notice: (site) => `You are reading a copy of this page from ${site} in Kantlijn, without that site’s own scripts. Links go to the original site.`,
      original: 'Open the original',
      start: 'Kantlijn start page',
    },
  },
};
