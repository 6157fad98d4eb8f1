import type { Language } from '../ui/i18n';

const nl = {
  title: 'Kantlijn · PDF',
  source: 'Bron: ',
  openInBrowser: 'Openen in de PDF-viewer van de browser',
  pagesLabel: "Pagina's van de PDF",
  page: (n: number) => `Pagina ${n}`,
  loading: 'PDF laden…',
  readingText: (done: number, total: number) => `Tekst lezen: pagina ${done} van ${total}…`,
  noFile: 'Geen PDF opgegeven: open de viewer als viewer.html?file= gevolgd door het adres van de PDF.',
  openFailed: 'De PDF kon niet worden geopend.',
  permission: (origin: string) => `Kantlijn mag deze PDF van ${origin} nog niet lezen. Geef Kantlijn toegang tot deze website om de PDF hier te openen en te annoteren.`,
  fileAccess: 'Kantlijn mag geen bestanden van deze computer lezen. Zet bij Kantlijn in de extensie-instellingen van de browser “Toegang tot bestands-URL’s toestaan” aan, of open de PDF vanaf de website.',
  httpStatus: (status: number) => `De PDF kon niet worden opgehaald: de website antwoordde met status ${status}.`,
  network: 'De PDF kon niet worden opgehaald: de website is niet bereikbaar.',
  notPdf: 'Op dit adres staat geen PDF.',
  password: 'Deze PDF is met een wachtwoord beveiligd; Kantlijn kan hem niet openen.',
  damaged: 'Dit bestand kon niet als PDF worden geopend; het is beschadigd of geen PDF.',
  allowSite: 'Toegang geven tot deze website',
  retry: 'Opnieuw proberen',
  textlessAll:
    'Deze PDF heeft geen tekstlaag: het is waarschijnlijk een scan. Kantlijn kan alleen tekst annoteren. Vraag de afzender om een doorzoekbare PDF, of zet de scan eerst met tekstherkenning (OCR) om.',
  textlessSome: (textless: number, total: number) =>
    `${textless} van de ${total} pagina’s hebben geen tekstlaag (waarschijnlijk gescand of alleen een afbeelding); op die pagina’s kunt u geen tekst annoteren.`,
  zoom: 'Zoomen',
  zoomOut: (key: string) => `Uitzoomen (${key} −)`,
  zoomIn: (key: string) => `Inzoomen (${key} +)`,
  fitWidth: (key: string) => `Paginabreedte (${key} 0)`,
};

/** The viewer's own texts (the annotator's come from `ui/i18n`). */
export type ViewerMessages = typeof nl;

const en: ViewerMessages = {
  title: 'Kantlijn · PDF',
  source: 'Source: ',
  openInBrowser: 'Open in the browser’s PDF viewer',
  pagesLabel: 'Pages of the PDF',
  page: (n) => `Page ${n}`,
  loading: 'Loading PDF…',
  readingText: (done, total) => `Reading text: page ${done} of ${total}…`,
  noFile: 'No PDF given: open the viewer as viewer.html?file= followed by the address of the PDF.',
  openFailed: 'The PDF could not be opened.',
  permission: (origin) => `Kantlijn may not read this PDF from ${origin} yet. Give Kantlijn access to this website to open and annotate the PDF here.`,
  fileAccess: 'Kantlijn may not read files on this computer. Turn on “Allow access to file URLs” for Kantlijn in the browser’s extension settings, or open the PDF from the website.',
  httpStatus: (status) => `The PDF could not be fetched: the website answered with status ${status}.`,
  network: 'The PDF could not be fetched: the website cannot be reached.',
  notPdf: 'There is no PDF at this address.',
  password: 'This PDF is protected with a password; Kantlijn cannot open it.',
  damaged: 'This file could not be opened as a PDF; it is damaged or not a PDF.',
  allowSite: 'Give access to this website',
  retry: 'Try again',
  textlessAll:
    'This PDF has no text layer: it is probably a scan. Kantlijn can only annotate text. Ask the sender for a searchable PDF, or run text recognition (OCR) on the scan first.',
  textlessSome: (textless, total) => `${textless} of the ${total} pages have no text layer (probably scanned or an image only); you cannot annotate text on those pages.`,
  zoom: 'Zoom',
  zoomOut: (key) => `Zoom out (${key} −)`,
  zoomIn: (key) => `Zoom in (${key} +)`,
  fitWidth: (key) => `Page width (${key} 0)`,
};

/** The viewer's texts for `language`. */
export function viewerMessagesFor(language: Language): ViewerMessages {
  return language === 'en' ? en : nl;
}
