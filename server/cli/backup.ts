import { existsSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';

const USAGE = 'Gebruik: npm run backup -- BESTAND   (maakt een consistente kopie van de database in DATA_DIR)';

/**
 * `npm run backup -- FILE`: a consistent online copy of the database, made with SQLite's backup API
 * while the server may keep running and writing, then checked with `PRAGMA integrity_check`.
 */
async function main(args: string[]): Promise<number> {
  const target = args[0];
  if (!target || args.length > 1 || target.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const file = path.resolve(target);
  if (existsSync(file)) {
    console.error(`${file} bestaat al; kies een nieuwe bestandsnaam zodat geen oude back-up wordt overschreven.`);
    return 2;
  }
  const db = openDatabase(loadConfig().dataDir);
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  const copy = new BetterSqlite3(file, { readonly: true });
  try {
    const check = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ');
    const count = (copy.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n;
    if (check !== 'ok') {
      console.error(`De kopie is niet in orde: ${check}`);
      return 1;
    }
    console.log(`Back-up geschreven naar ${file} (${count} annotaties, integriteit ok).`);
    return 0;
  } finally {
    copy.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
