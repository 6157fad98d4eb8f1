/** The Dutch texts of the rounds, moderation and sign-in pages. */
export const roundsNl = {
  title: 'Rondes',
  created: 'De ronde is aangemaakt.',
  caption: 'Rondes, nieuwste eerst',
  round: 'Ronde',
  period: 'Periode',
  status: 'Status',
  taxonomyVersion: 'Taxonomieversie',
  none: 'Er zijn nog geen rondes.',
  heading: 'Nieuwe ronde',
  failed: 'De ronde is niet aangemaakt',
  titleLabel: 'Titel',
  opens: 'Opent op',
  closes: 'Sluit na (deze dag telt nog mee)',
  hint: 'Perioden van rondes mogen elkaar niet overlappen. Dagen gelden in Nederlandse tijd.',
  submit: 'Ronde aanmaken',
  errors: {
    dates: 'Vul een geldige openings- en sluitdatum in (jjjj-mm-dd).',
    title: 'Vul een titel in van hoogstens 200 tekens.',
    closesAt: 'De sluitdatum mag niet vóór de openingsdatum liggen.',
    other: 'Controleer de ingevulde gegevens.',
  },
} as const;

/** The Dutch texts of the moderation queue. */
export const moderationNl = {
  title: 'Moderatie',
  hidden: 'De annotatie is verborgen.',
  shown: 'De annotatie is weer zichtbaar.',
  reasonMissing: 'Vul een reden in voor het verbergen (hoogstens 500 tekens); de auteur krijgt die te zien.',
  intro:
    'Een verborgen annotatie verdwijnt voor iedereen en uit het feedbackoverzicht; de auteur ziet haar nog, met de reden. Verbergen en weer tonen staan in het auditlog.',
  recent: 'Recente annotaties',
  recentCaption: (limit: number) => `De ${limit} nieuwste gedeelde annotaties en reacties, nieuwste eerst`,
  posted: 'Geplaatst',
  author: 'Auteur',
  passage: 'Document en passage',
  remark: 'Opmerking',
  hide: 'Verbergen',
  noRecent: 'Er zijn geen gedeelde annotaties.',
  reason: 'Reden',
  ofAuthor: (name: string) => ` (annotatie van ${name})`,
  hiddenHeading: 'Verborgen annotaties',
  hiddenCaption: 'Verborgen annotaties, laatst geplaatste eerst',
  hiddenColumn: 'Verborgen en weer tonen',
  noHidden: 'Er zijn geen verborgen annotaties.',
  hiddenBy: (name: string, at: string, reason: string) => `Verborgen door ${name} op ${at}: ${reason}`,
  unknownPerson: 'onbekend',
  showAgain: 'Weer tonen',
  reply: 'Reactie',
  noKind: 'Zonder soort',
  noText: '(geen tekst)',
} as const;

/** The Dutch texts of the sign-in page. */
export const signInNl = {
  title: 'Inloggen',
  signedOut: 'U bent uitgelogd.',
  failed: 'Inloggen lukte niet',
  intro:
    'Het dashboard is voor het bovenregionaal secretariaat. Log in met het API-token van uw secretariaatsaccount; u blijft ingelogd tot u uitlogt, en hoogstens acht uur.',
  token: 'API-token',
  tokenHint: 'Het token begint met ‘kl_’. U kreeg het bij het aanmaken van uw account of via een uitnodiging.',
  submit: 'Inloggen',
} as const;
