import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase, type KantlijnDatabase } from '../db/database';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import { createEventBus } from '../services/event-bus';
import { applyImport } from '../services/import/apply-import';
import { ImportFileError } from '../services/import/import-item';
import { annotationCount, importReportLines } from '../services/import/import-report-text';
import { planImport } from '../services/import/plan-import';
import { readImportFile } from '../services/import/read-import-file';
import type { ServiceContext } from '../services/service-context';

const USAGE = 'Gebruik: npm run import -- BESTAND [--dry-run] [--round RONDE-ID] [--as E-MAILADRES-of-GEBRUIKERS-ID]';

/** The secretariat member the import is made as: the one named, or the only one there is. */
function importerOf(db: KantlijnDatabase, as: string | undefined): User | string {
  const users = db.users.all();
  if (as !== undefined) {
    const wanted = as.trim().toLowerCase();
    const user = db.users.findById(as.trim()) ?? users.find((candidate) => db.users.emailOf(candidate.id)?.toLowerCase() === wanted);
    return user ?? `Er is geen gebruiker met id of e-mailadres ${as}. Zie de gebruikers in het dashboard.`;
  }
  const secretariat = users.filter((user) => user.role === 'secretariat');
  if (secretariat.length === 1) return secretariat[0]!;
  return 'Zeg met --as wie importeert (e-mailadres of gebruikers-id van iemand van het secretariaat): er is niet precies één secretariaatsaccount.';
}

/**
 * `npm run import -- FILE`: imports W3C annotations or a Hypothesis export into the database of
 * `DATA_DIR`, after printing the report of what it will create and skip; `--dry-run` prints the
 * report only. Exit code 0 when done (or planned), 1 when the import failed, 2 for wrong use.
 */
function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, round: { type: 'string' }, as: { type: 'string' } } });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    return 2;
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const file = path.resolve(positionals[0]!);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`Het bestand ${file} kan niet worden gelezen. Controleer de naam en probeer het opnieuw.`);
    return 2;
  }
  const db = openDatabase(loadConfig().dataDir);
  try {
    const importer = importerOf(db, values.as);
    if (typeof importer === 'string') {
      console.error(importer);
      return 2;
    }
    const context: ServiceContext = { db, events: createEventBus(), now: () => new Date() };
    const importFile = readImportFile(text);
    const options = values.round !== undefined ? { roundId: values.round } : {};
    if (values['dry-run']) {
      for (const line of importReportLines(planImport(context, importer, importFile, options), false)) console.log(line);
      console.log('');
      console.log('Proefimport: er is niets veranderd. Laat --dry-run weg om te importeren.');
      return 0;
    }
    const result = applyImport(context, importer, importFile, options);
    for (const line of importReportLines(result.plan, true)) console.log(line);
    console.log('');
    console.log(`Klaar: ${annotationCount(result.created)} geïmporteerd als ${importer.name}.`);
    return 0;
  } catch (error) {
    if (error instanceof ImportFileError || error instanceof ApiFailure) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    db.close();
  }
}

process.exitCode = main(process.argv.slice(2));
