import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/database';
import { createUserWithToken } from '../../../server/services/users-service';
import { runCli } from '../../helpers/run-cli';
import { createTempDir } from '../../helpers/temp-dir';
import { hypothesisAnnotation, hypothesisExport } from './import-samples';

const runImport = (dataDir: string, args: string[]) => runCli('import.ts', dataDir, args);

/** How many annotations the database in `dataDir` holds, read through a fresh connection. */
function annotationCount(dataDir: string): number {
  const db = openDatabase(dataDir);
  try {
    return db.annotations.listForDigest({ roundId: null, from: null, to: null }).length;
  } finally {
    db.close();
  }
}

let temp: ReturnType<typeof createTempDir>;
let exportFile: string;
beforeEach(() => {
  temp = createTempDir();
  const db = openDatabase(temp.dir);
  createUserWithToken(db, { name: 'Sanne Mulder', role: 'secretariat', organisation: 'Bovenregionaal secretariaat', email: 'sanne@svmn.example' }, new Date());
  createUserWithToken(db, { name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden', email: 'anna@woerden.example' }, new Date());
  db.close();
  exportFile = path.join(temp.dir, 'hypothesis.json');
  const reply = hypothesisAnnotation('Reply00001', { references: ['Root000001'], target: [{ source: 'https://rapporten.svmn.example/raadsbrief-juni' }], text: 'Zes weken.', tags: [] });
  writeFileSync(exportFile, JSON.stringify(hypothesisExport([hypothesisAnnotation('Root000001'), reply])));
});
afterEach(() => temp.remove());

describe('npm run import -- FILE', { timeout: 60_000 }, () => {
  it('with --dry-run prints the report in Dutch and changes nothing', () => {
    const result = runImport(temp.dir, [exportFile, '--dry-run']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Bestand: Hypothesis-export.');
    expect(result.stdout).toContain('Wordt gemaakt: 2 annotaties, waarvan 1 reactie.');
    expect(result.stdout).toContain('Raadsbrief juni: voortgang veiligheidsketen (https://rapporten.svmn.example/raadsbrief-juni): 1 annotatie, wordt op de leeslijst gezet');
    expect(result.stdout).toContain('Proefimport: er is niets veranderd.');
    expect(annotationCount(temp.dir)).toBe(0);
  });

  it('imports as the one secretariat account, and a second run creates nothing', () => {
    const first = runImport(temp.dir, [exportFile]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Klaar: 2 annotaties geïmporteerd als Sanne Mulder.');
    expect(annotationCount(temp.dir)).toBe(2);
    const second = runImport(temp.dir, [exportFile, '--as', 'sanne@svmn.example']);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Overgeslagen: 2 annotaties.');
    expect(second.stdout).toContain('Al geïmporteerd.');
    expect(annotationCount(temp.dir)).toBe(2);
  });

  it('refuses a councillor, a bad file and wrong use with a Dutch message', () => {
    const councillor = runImport(temp.dir, [exportFile, '--as', 'anna@woerden.example']);
    expect(councillor.status).toBe(1);
    expect(councillor.stderr).toContain('Alleen het secretariaat mag annotaties importeren.');
    const bad = path.join(temp.dir, 'kapot.json');
    writeFileSync(bad, '{ kapot');
    const broken = runImport(temp.dir, [bad]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('geen geldige JSON');
    expect(runImport(temp.dir, []).status).toBe(2);
    expect(runImport(temp.dir, [path.join(temp.dir, 'bestaat-niet.json')]).stderr).toContain('kan niet worden gelezen');
    expect(annotationCount(temp.dir)).toBe(0);
  });
});
