import { plural } from '../../../shared/i18n/plural';
import { replaceUnsafeCharacters } from '../../../shared/text/unsafe-characters';
import type { ImportPlan, PlannedDocument } from './plan-import';

/** The kinds of file an import reads, as people call them. */
export const IMPORT_FORMAT_NAMES: Record<ImportPlan['format'], string> = { w3c: 'W3C-webannotaties', hypothesis: 'Hypothesis-export' };

/** "1 annotatie", "3 annotaties": the one wording of a count of annotations, for every import text. */
export const annotationCount = (n: number): string => plural('nl', n, { one: '{n} annotatie', other: '{n} annotaties' });

/** What a document's line says about it, in words. */
export const DOCUMENT_STATUS_WORDS: Record<PlannedDocument['status'], string> = {
  listed: 'staat al op de leeslijst',
  register: 'wordt op de leeslijst gezet',
  unlisted: 'staat niet op de leeslijst (het bestand geeft geen titel, of geen opmerking erop is voor de hele ronde); de opmerkingen komen wel binnen',
};

/**
 * Why the server cannot say now whether a quoted passage will be found: said in every report, so
 * nobody takes "nothing lost" for "everything checked".
 */
export const PASSAGE_CHECK_NOTE =
  'De server bewaart de tekst van documenten niet en kan dus nu niet nagaan of deze passages in de huidige versie staan. Kantlijn zoekt ze op zodra iemand het document opent; wat dan niet gevonden wordt, staat in de zijbalk als niet gevonden en in het feedbackoverzicht bij de verdwenen passages.';

/**
 * The plan (or, with `done`, what was imported) as Dutch lines of text, for the command line.
 * Control characters and direction marks show as the replacement character: the report quotes the
 * file, and a file's escape sequences must not reach the terminal, where they could rewrite or hide lines.
 */
export function importReportLines(plan: ImportPlan, done: boolean): string[] {
  return reportLines(plan, done).map((line) => replaceUnsafeCharacters(line, '\uFFFD'));
}

function reportLines(plan: ImportPlan, done: boolean): string[] {
  const lines: string[] = [];
  lines.push(`Bestand: ${IMPORT_FORMAT_NAMES[plan.format]}.`);
  lines.push(plan.round ? `Ronde: ${plan.round.title}.` : 'Ronde: geen (er is nu geen ronde open).');
  for (const warning of plan.warnings) lines.push(`Let op: ${warning}`);
  const replies = plan.create.filter((item) => item.isReply).length;
  lines.push('');
  lines.push(`${done ? 'Gemaakt' : 'Wordt gemaakt'}: ${annotationCount(plan.create.length)}${replies > 0 ? `, waarvan ${plural('nl', replies, { one: '{n} reactie', other: '{n} reacties' })}` : ''}.`);
  for (const item of [...plan.create].sort((a, b) => a.position - b.position)) {
    lines.push(`  nr. ${item.position}: ${item.label}${item.isReply ? ' (reactie)' : ''}`);
    for (const what of item.dropped) lines.push(`    niet overgenomen: ${what}`);
  }
  lines.push('');
  lines.push(`Overgeslagen: ${annotationCount(plan.skipped.length)}.`);
  for (const item of plan.skipped) lines.push(`  nr. ${item.position}: ${item.label} — ${item.reason}`);
  if (plan.documents.length > 0) {
    lines.push('');
    lines.push('Documenten:');
    for (const document of plan.documents) {
      lines.push(`  ${document.title ? `${document.title} (${document.url})` : document.url}: ${annotationCount(document.annotations)}, ${DOCUMENT_STATUS_WORDS[document.status]}`);
    }
  }
  lines.push('');
  lines.push(`Passages die niet gevonden kunnen worden: ${plan.lostPassages.length}.`);
  for (const passage of plan.lostPassages) lines.push(`  nr. ${passage.position}: ${passage.label} — ${passage.reason}`);
  if (plan.passagesToCheck > 0) lines.push(`Passages met een citaat: ${plan.passagesToCheck}. ${PASSAGE_CHECK_NOTE}`);
  return lines;
}
