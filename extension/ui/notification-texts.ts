import { plural } from '../../shared/i18n/plural';

// "Nieuw voor u": the toolbar badge, the list in the options page, and the mail settings.
// No remark text is ever shown here: who answered, where, and when; the remark opens at its passage.

/** The Dutch texts of "Nieuw voor u". */
export const nlNotifications = {
  title: 'Nieuw voor u',
  intro: 'Reacties op uw opmerkingen, antwoorden van SVMN en reacties in gesprekken waaraan u meedeed.',
  // The toolbar button's tooltip; the same words as the manifest's `actionTitle`, since clicking it still does that.
  toolbarTitle: 'Kantlijn op deze pagina',
  badgeTitle: (count: number) => plural('nl', count, { one: 'Kantlijn op deze pagina · {n} nieuw voor u', other: 'Kantlijn op deze pagina · {n} nieuw voor u' }),
  unread: (count: number) =>
    plural('nl', count, { one: 'U hebt {n} ongelezen melding.', other: 'U hebt {n} ongelezen meldingen.' }),
  nothing: 'Er is nog niets nieuws voor u.',
  loading: 'Meldingen worden geladen…',
  loadFailed: 'De meldingen konden niet worden geladen. Controleer uw aanmelding hierboven en probeer het later opnieuw.',
  reply: (who: string) => `${who} reageerde op uw opmerking`,
  answer: (who: string) => `${who} gaf antwoord op uw opmerking`,
  threadReply: (who: string) => `${who} reageerde in een gesprek waaraan u meedeed`,
  who: (name: string, role: string, organisation: string) => `${name} (${role}, ${organisation})`,
  newLabel: 'nieuw',
  // Before the document's name: "in Voortgangsrapportage 2024 · 3 dec. 2026, 14:05".
  inDocument: 'in',
  open: 'Openen bij de passage',
  openLabel: (what: string, where: string) => `Openen bij de passage: ${what}, in ${where}`,
  openFailed: 'Dit document kon niet worden geopend. Probeer het opnieuw.',
  markAll: 'Alles als gelezen markeren',
  allRead: 'Alle meldingen zijn als gelezen gemarkeerd.',
  mailTitle: 'Meldingen per e-mail',
  mailIntro: 'Wilt u ook een e-mail krijgen? De e-mail noemt alleen dat er een reactie is, met een link; nooit de tekst van een opmerking.',
  email: 'Uw e-mailadres',
  emailHint: 'Alleen voor deze meldingen. Leeg laten verwijdert het adres.',
  mailMode: 'Hoe vaak',
  mailModes: { off: 'geen e-mail', immediate: 'meteen bij elke reactie', daily: 'één keer per dag een overzicht' } as Record<string, string>,
  mailSave: 'Opslaan',
  mailSaved: 'Uw keuze voor e-mail is opgeslagen.',
  mailNeedsAddress: 'Vul een e-mailadres in om meldingen per e-mail te krijgen.',
  mailFailed: 'Uw keuze is niet opgeslagen. Controleer het e-mailadres en probeer het opnieuw.',
  mailUnavailable: 'Deze Kantlijn-server verstuurt (nog) geen e-mail. U kunt uw keuze al opslaan; vraag het secretariaat wanneer e-mail aan gaat.',
};

/** The English texts of "Nieuw voor u". */
export const enNotifications: typeof nlNotifications = {
  title: 'New for you',
  intro: 'Replies to your remarks, answers from SVMN and replies in conversations you took part in.',
  toolbarTitle: 'Kantlijn on this page',
  badgeTitle: (count: number) => plural('en', count, { one: 'Kantlijn on this page · {n} new for you', other: 'Kantlijn on this page · {n} new for you' }),
  unread: (count: number) => plural('en', count, { one: 'You have {n} unread notification.', other: 'You have {n} unread notifications.' }),
  nothing: 'Nothing new for you yet.',
  loading: 'Loading notifications…',
  loadFailed: 'The notifications could not be loaded. Check your sign-in above and try again later.',
  reply: (who: string) => `${who} replied to your remark`,
  answer: (who: string) => `${who} answered your remark`,
  threadReply: (who: string) => `${who} replied in a conversation you took part in`,
  who: (name: string, role: string, organisation: string) => `${name} (${role}, ${organisation})`,
  newLabel: 'new',
  inDocument: 'in',
  open: 'Open at the passage',
  openLabel: (what: string, where: string) => `Open at the passage: ${what}, in ${where}`,
  openFailed: 'This document could not be opened. Please try again.',
  markAll: 'Mark all as read',
  allRead: 'All notifications are marked as read.',
  mailTitle: 'Notifications by e-mail',
  mailIntro: 'Would you like an e-mail as well? It only says that there is a reply, with a link; never the text of a remark.',
  email: 'Your e-mail address',
  emailHint: 'Only for these notifications. Leave it empty to remove the address.',
  mailMode: 'How often',
  mailModes: { off: 'no e-mail', immediate: 'at once for every reply', daily: 'a summary once a day' },
  mailSave: 'Save',
  mailSaved: 'Your e-mail choice is saved.',
  mailNeedsAddress: 'Fill in an e-mail address to get notifications by e-mail.',
  mailFailed: 'Your choice was not saved. Check the e-mail address and try again.',
  mailUnavailable: 'This Kantlijn server does not send e-mail (yet). You can save your choice already; ask the secretariat when e-mail will be switched on.',
};
