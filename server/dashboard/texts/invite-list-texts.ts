/** The Dutch texts of inviting a list of people at once (a CSV file or pasted rows). */
export const inviteListNl = {
  heading: 'Een lijst uitnodigen',
  intro:
    'Voor een hele raad tegelijk: een CSV-bestand (bijvoorbeeld opgeslagen vanuit Excel) of geplakte regels met de kolommen naam, organisatie en rol, en eventueel e-mail. De eerste regel geeft de kolomnamen. Komma’s en puntkomma’s werken allebei.',
  example: 'naam;organisatie;rol;e-mail\nAnna de Vries;Gemeente Woerden;raadslid;anna@woerden.nl',
  exampleLabel: 'Voorbeeld',
  file: 'CSV-bestand',
  fileHint: (max: number) => `Hoogstens ${max} personen. Laat dit leeg als u de regels hieronder plakt.`,
  pasted: 'Of plak de regels hier',
  days: 'Geldig (dagen, 1 tot en met 90)',
  submit: 'Uitnodigingen maken',
  failed: 'Er is niemand uitgenodigd',
  failedIntro: 'Verbeter deze regels en probeer het opnieuw; er wordt pas iets gemaakt als elke regel klopt.',
  errors: {
    empty: 'Kies een CSV-bestand of plak de regels met de personen.',
    unreadable: 'Het bestand kon niet worden gelezen. Sla het op als CSV (UTF-8) en probeer het opnieuw.',
    noRows: 'Onder de kolomnamen staat niemand. Zet elke persoon op een eigen regel.',
    tooMany: (max: number) => `De lijst is te lang: hoogstens ${max} personen tegelijk. Verdeel hem over meer lijsten.`,
    header: (missing: string) =>
      `De eerste regel moet de kolomnamen geven; ${missing} ontbreekt. Gebruik naam, organisatie, rol en eventueel e-mail (of name, organisation, role, email).`,
    row: (line: number, problems: string) => `Regel ${line}: ${problems}.`,
    name: 'vul de naam in (hoogstens 200 tekens)',
    organisation: 'vul de organisatie in (hoogstens 200 tekens)',
    role: (given: string) =>
      given === '' ? 'vul de rol in (raadslid, ketenpartner, secretariaat of respondent)' : `‘${given}’ is geen rol; kies raadslid, ketenpartner, secretariaat of respondent`,
    email: (given: string) => `‘${given}’ is geen geldig e-mailadres`,
    extraCells: 'de regel heeft meer cellen dan er kolommen zijn; staat er een scheidingsteken in een naam? Zet die cel dan tussen aanhalingstekens',
  },
  columnNames: { name: 'naam', organisation: 'organisatie', role: 'rol' },
  result: {
    title: (count: string) => `${count} gemaakt.`,
    people: { one: '{n} uitnodiging', other: '{n} uitnodigingen' },
    once: (until: string) =>
      `De links worden maar één keer getoond. Download ze nu als CSV voor een mail merge, of kopieer ze uit de tabel. Ze zijn geldig tot ${until}.`,
    caption: 'De nieuwe uitnodigingen',
    name: 'Naam',
    organisation: 'Organisatie',
    role: 'Rol',
    email: 'E-mail',
    link: 'Link',
    download: 'Download als CSV (voor een mail merge)',
    copyOf: (name: string) => `van ${name}`,
  },
  csvColumns: ['naam', 'organisatie', 'rol', 'e-mail', 'link', 'geldig tot'],
  csvFileName: (day: string) => `kantlijn-uitnodigingen-${day}.csv`,
  downloadFailed: 'Deze lijst kan niet meer worden gedownload. Maak de uitnodigingen opnieuw als de links kwijt zijn.',
} as const;
