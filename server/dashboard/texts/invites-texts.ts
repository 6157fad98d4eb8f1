import { lowerFirst } from '../../../shared/i18n/vocabulary';
/** What an invitation e-mail says; names and dates come already written out. */
export interface InviteMailFacts {
  /** The invited person's name, or null when the invitation has none. */
  name: string | null;
  roleName: string;
  organisation: string;
  link: string;
  until: string;
  senderName: string;
  senderOrganisation: string;
}

/** The Dutch texts of the invitations page: single invitations, lists, and the e-mail. */
export const invitesNl = {
  title: 'Uitnodigingen',
  intro:
    'Nodig raadsleden en ketenpartners uit. Elke uitnodiging is een persoonlijke link die één keer werkt; u ziet hem alleen direct na het maken, dus stuur hem meteen door.',
  single: {
    heading: 'Eén persoon uitnodigen',
    role: 'Rol',
    organisation: 'Organisatie',
    organisationHint: 'Bijvoorbeeld Gemeente Woerden of Veilig Thuis.',
    name: 'Naam (optioneel)',
    nameHint: 'Met een naam hoeft de genodigde die niet zelf in te vullen.',
    email: 'E-mailadres (optioneel)',
    emailHint: 'Alleen om de e-mail klaar te zetten; het adres wordt niet bewaard.',
    days: 'Geldig (dagen, 1 tot en met 90)',
    submit: 'Uitnodiging maken',
    failed: 'De uitnodiging is niet gemaakt',
  },
  errors: {
    role: 'Kies een rol.',
    organisation: 'Vul de organisatie in (hoogstens 200 tekens).',
    name: 'De naam mag hoogstens 200 tekens hebben.',
    email: 'Vul een geldig e-mailadres in, of laat het veld leeg.',
    days: 'Vul bij ‘Geldig’ een aantal dagen in van 1 tot en met 90.',
    other: 'Controleer de ingevulde gegevens.',
  },
  created: {
    who: (name: string | null, roleName: string, organisation: string) =>
      name ? `${name}, ${lowerFirst(roleName)} van ${organisation}` : `${roleName}, ${organisation}`,
    title: (who: string) => `Uitnodiging gemaakt voor ${who}.`,
    once: (until: string) => `Stuur de link nu door: hij wordt maar één keer getoond, werkt één keer en is geldig tot ${until}.`,
    link: 'Link voor de genodigde',
    copyLink: 'Link kopiëren',
    copied: 'Gekopieerd.',
    mailHeading: 'E-mail om te versturen',
    subjectLabel: 'Onderwerp',
    bodyLabel: 'Tekst',
    copyMail: 'Tekst kopiëren',
    openMail: 'Openen in uw e-mailprogramma',
  },
  mail: {
    subject: 'Uitnodiging voor Kantlijn: samen feedback geven op de rapporten van SVMN',
    body: (facts: InviteMailFacts) =>
      [
        facts.name ? `Beste ${facts.name},` : 'Beste collega,',
        '',
        `U bent uitgenodigd voor Kantlijn, als ${lowerFirst(facts.roleName)} van ${facts.organisation}. Met Kantlijn zet u vragen en opmerkingen bij de passages in de rapporten van Samen Veilig Midden-Nederland, samen met andere raadsleden en ketenpartners.`,
        '',
        'Open deze persoonlijke link; daar staat stap voor stap hoe u begint:',
        facts.link,
        '',
        `De link werkt één keer en is geldig tot ${facts.until}. Stuur hem niet door aan anderen.`,
        '',
        'Met vriendelijke groet,',
        facts.senderName,
        facts.senderOrganisation,
      ].join('\n'),
  },
  recent: {
    caption: 'Recente uitnodigingen (de links zelf worden niet bewaard)',
    organisation: 'Organisatie',
    role: 'Rol',
    name: 'Naam',
    createdAt: 'Gemaakt',
    expiresAt: 'Verloopt',
    state: 'Status',
    used: 'Gebruikt',
    expired: 'Verlopen',
    open: 'Open',
    none: 'Nog geen uitnodigingen.',
  },
} as const;
