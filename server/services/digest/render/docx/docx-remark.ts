import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { DigestRemark } from '../../model/digest-model';
import { formatDay } from '../../texts/format-date';
import { ANCHOR_LABELS, ANSWER_LEAD, KIND_LABELS, STATUS_LABELS, pageLabel, personLabel, termCodes, termNames } from '../../texts/labels';
import { linkRun, textParagraphs, textRuns, xmlSafe } from './docx-parts';

/** Indent of one level of a thread (replies, and the answer beneath the remark), in twips. */
const THREAD_INDENT = 425;
/** Space above each remark separates it from the one before, without a paragraph of its own. */
const SEPARATED = { spacing: { before: 280 } } as const;

/**
 * The line under a remark: kind, who (name or pseudonym, with role and organisation), the Dutch
 * date, the PDF page, the link, and the terms by code and name. One paragraph with a line break
 * rather than two: a digest of ten thousand remarks stays quick to write.
 */
function byline(remark: DigestRemark, pseudonymised: boolean): Paragraph {
  const facts = [personLabel(remark.author, pseudonymised), formatDay(remark.created), pageLabel(remark.page)].filter((fact) => fact !== '');
  const children: ParagraphChild[] = [
    new TextRun({ text: KIND_LABELS[remark.kind], bold: true }),
    new TextRun(xmlSafe(` · ${facts.join(' · ')} · `)),
    linkRun('naar de passage', remark.link),
  ];
  if (remark.anchor === 'orphan' || remark.anchor === 'moved') children.push(new TextRun({ text: ` · ${ANCHOR_LABELS[remark.anchor]}`, italics: true }));
  children.push(new TextRun({ text: xmlSafe(`Bij: ${termNames(remark.terms)}`), break: 1 }));
  return new Paragraph({ style: 'Meta', children });
}

/** One remark: quote (Quote style), the remark, its byline, then replies and SVMN's answer indented. */
export function remarkParagraphs(remark: DigestRemark, pseudonymised: boolean): Paragraph[] {
  const result: Paragraph[] = [];
  if (remark.quote !== null) result.push(new Paragraph({ style: 'Quote', keepNext: true, ...SEPARATED, children: textRuns(remark.quote) }));
  const before = remark.quote === null ? SEPARATED.spacing.before : 0;
  const text =
    remark.text === ''
      ? [new Paragraph({ spacing: { before }, children: [new TextRun({ text: 'Markering zonder opmerking.', italics: true })] })]
      : textParagraphs(remark.text, { firstSpacingBefore: before });
  result.push(...text, byline(remark, pseudonymised));
  for (const reply of remark.replies) {
    const indent = THREAD_INDENT * reply.depth;
    result.push(
      new Paragraph({
        style: 'Meta',
        indent: { left: indent },
        keepNext: true,
        children: [new TextRun(xmlSafe(`Reactie van ${personLabel(reply.author, pseudonymised)} · ${formatDay(reply.created)}`))],
      }),
      ...textParagraphs(reply.text, { indent }),
    );
  }
  if (remark.response) {
    const { response } = remark;
    result.push(
      new Paragraph({
        style: 'Meta',
        indent: { left: THREAD_INDENT },
        keepNext: true,
        children: [
          new TextRun({ text: `${ANSWER_LEAD}: ${STATUS_LABELS[response.status].toLowerCase()}`, bold: true }),
          new TextRun(xmlSafe(` · ${personLabel(response.by, pseudonymised)} · ${formatDay(response.at)}`)),
        ],
      }),
      ...textParagraphs(response.text, { indent: THREAD_INDENT }),
    );
  }
  return result;
}

/**
 * A remark in a list that repeats it from the term sections (open questions, dilemmas, orphans):
 * passage, remark and who/when in one paragraph. The full remark with its thread stands under its
 * terms; repeating it whole would double the document of a large round for no new information.
 */
export function compactRemarkParagraph(remark: DigestRemark, pseudonymised: boolean): Paragraph {
  const children: ParagraphChild[] = [];
  if (remark.quote !== null) children.push(new TextRun({ text: xmlSafe(remark.quote), italics: true }), new TextRun({ text: '', break: 1 }));
  children.push(new TextRun(xmlSafe(remark.text === '' ? 'Markering zonder opmerking.' : remark.text)));
  // Codes only: the remark stands in full, terms named, under each of them; a large round's lists stay short.
  const facts = [KIND_LABELS[remark.kind], personLabel(remark.author, pseudonymised), formatDay(remark.created), pageLabel(remark.page), `bij ${termCodes(remark.terms)}`];
  children.push(new TextRun({ text: xmlSafe(facts.filter((fact) => fact !== '').join(' · ')), break: 1, size: 18 }));
  return new Paragraph({ children, spacing: { before: 200 } });
}
