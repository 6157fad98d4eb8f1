import { BorderStyle, LineRuleType, type IStylesOptions } from 'docx';

const LANGUAGE = { value: 'nl-NL' };
const INK = '1A1A1A';
const ACCENT = '0B4F8A';

/**
 * Styles: Dutch as the document language (spelling check, hyphenation); Word's own Title, Heading
 * 1–3 and Quote style ids, so its navigation pane, table of contents and style gallery know them;
 * "Meta" for bylines and "ContentsHeading" for the title above the table of contents (not a
 * heading, so the contents do not list themselves).
 */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { language: LANGUAGE, font: 'Calibri', size: 22, color: INK }, paragraph: { spacing: { after: 80 } } },
    title: { run: { size: 52, bold: true, color: ACCENT }, paragraph: { spacing: { before: 2400, after: 240, line: 276, lineRule: LineRuleType.AUTO } } },
    heading1: { run: { size: 32, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    heading2: { run: { size: 26, bold: true, color: INK }, paragraph: { spacing: { before: 280, after: 80 }, keepNext: true } },
    heading3: { run: { size: 23, bold: true, color: INK }, paragraph: { spacing: { before: 240, after: 60 }, keepNext: true } },
  },
  paragraphStyles: [
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '404040' },
      paragraph: {
        indent: { left: 567 },
        spacing: { before: 120, after: 60 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: '0072B2', space: 8 } },
      },
    },
    { id: 'Meta', name: 'Meta', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: '4A4A4A' }, paragraph: { spacing: { before: 40, after: 40 } } },
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 28, color: INK }, paragraph: { spacing: { after: 160 } } },
    { id: 'ContentsHeading', name: 'Contents Heading', basedOn: 'Normal', next: 'Normal', run: { size: 32, bold: true, color: ACCENT }, paragraph: { spacing: { after: 120 } } },
  ],
};
