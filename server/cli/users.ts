import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { ensureTaxonomy } from '../services/taxonomy-service';
import { createUserWithToken, newUserSchema } from '../services/users-service';

const USAGE = 'Gebruik: npm run users -- add --role councillor|partner|secretariat|respondent --name NAAM --org ORGANISATIE [--email ADRES]';

/**
 * `npm run users -- add …`: creates a user in the database of `DATA_DIR` and prints its token alone
 * on the last line of stdout, so scripts can take it with `tail -n 1`.
 */
function main(argv: string[]): number {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, name: { type: 'string' }, org: { type: 'string' }, email: { type: 'string' } },
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    return 2;
  }
  const { positionals, values } = parsedArgs;
  if (positionals[0] !== 'add') {
    console.error(USAGE);
    return 2;
  }
  const parsed = newUserSchema.safeParse({ role: values.role, name: values.name, organisation: values.org, ...(values.email !== undefined ? { email: values.email } : {}) });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    console.error(USAGE);
    return 2;
  }
  const db = openDatabase(loadConfig().dataDir);
  try {
    ensureTaxonomy(db, new Date());
    const { user, token } = createUserWithToken(db, parsed.data, new Date());
    console.log(`Gebruiker ${user.name} (${user.role}, ${user.organisation}) aangemaakt met id ${user.id}. Token:`);
    console.log(token);
    return 0;
  } finally {
    db.close();
  }
}

process.exitCode = main(process.argv.slice(2));
