// The texts of Kantlijn's mails and of the unsubscribe page, in Dutch (the readers' language; the
// mail goes out when no screen is open, so no language choice of the extension reaches it).
// Deliberately without any remark text: these are child-protection reports, and a mail travels
// through systems nobody in the review controls.

/** What the mails and the unsubscribe page say. */
export const MAIL_TEXTS = {
  immediateSubject: 'Er is een reactie op uw opmerking',
  immediateAnswerSubject: 'SVMN heeft uw opmerking beantwoord',
  immediateThreadSubject: 'Er is een reactie in een gesprek waaraan u meedeed',
  immediateLead: 'Er is een reactie op uw opmerking in Kantlijn.',
  immediateAnswerLead: 'SVMN heeft in Kantlijn geantwoord op uw opmerking.',
  immediateThreadLead: 'Er is in Kantlijn een reactie in een gesprek waaraan u meedeed.',
  openAt: (document: string) => `Open ‘${document}’ bij de opmerking:`,
  summarySubject: (count: number) => (count === 1 ? 'Kantlijn: 1 nieuwe reactie voor u' : `Kantlijn: ${count} nieuwe reacties voor u`),
  summaryLead: (count: number) =>
    count === 1 ? 'Sinds het vorige overzicht is er 1 nieuwe reactie voor u in Kantlijn.' : `Sinds het vorige overzicht zijn er ${count} nieuwe reacties voor u in Kantlijn.`,
  summaryDocuments: 'In deze documenten:',
  summaryMore: (count: number) => `en nog ${count} andere documenten (zie "Nieuw voor u" in de opties van Kantlijn).`,
  noText: 'Om privacyredenen staat de tekst van de reactie niet in deze e-mail. U leest hem in Kantlijn.',
  why: 'U krijgt deze e-mail omdat u in Kantlijn om meldingen per e-mail vroeg.',
  unsubscribe: 'Geen e-mail meer van Kantlijn? Meld u af:',
  pageTitle: 'Afmelden voor e-mail van Kantlijn',
  pageConfirm: 'Wilt u geen e-mail meer krijgen over reacties in Kantlijn? In de extensie ziet u nieuwe reacties nog wel.',
  pageButton: 'Afmelden',
  pageDone: 'U bent afgemeld. U krijgt geen e-mail meer van Kantlijn. Wilt u later toch weer e-mail? Kies dat in de opties van de extensie.',
  pageUnknown: 'Deze afmeldlink is niet (meer) geldig. Kies in de opties van de Kantlijn-extensie "geen e-mail", of vraag het secretariaat om hulp.',
};
