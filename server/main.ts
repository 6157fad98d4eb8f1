import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';
import { publicUrlWarning } from './http/public-origin';
import { startServer, type RunningServer } from './start-server';

/** A stop that has not finished by now has hung on something; the process leaves anyway. */
const STOP_DEADLINE_MS = 4_500;

/**
 * Stops on SIGINT/SIGTERM: live streams are ended, connections closed, the database closed, then
 * the process exits with 0, well within the 5 seconds service managers commonly allow.
 */
function stopOn(server: RunningServer): void {
  const deadline = setTimeout(() => {
    console.error('Kantlijn kon niet op tijd netjes stoppen; het proces stopt nu toch.');
    process.exit(1);
  }, STOP_DEADLINE_MS);
  deadline.unref();
  void server.close().then(() => process.exit(0));
}

/**
 * `npm run server` (and, after the build, `npm start`): starts the API and tells the operator where
 * it is, where the built extension lies, and how the first secretariat account signs in.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const warning = publicUrlWarning(config);
  if (warning) console.error(warning);
  let server: RunningServer;
  try {
    server = await startServer(config);
  } catch (error) {
    // A folder that cannot be written or a damaged file: say which and stop, rather than a stack trace.
    console.error(`Kantlijn kan de database in ${config.dataDir} niet openen: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Controleer of DATA_DIR bestaat, schrijfbaar is en genoeg vrije ruimte heeft.');
    process.exit(1);
  }
  console.log(`Kantlijn-server draait op ${server.url}  (database: ${server.db.file})`);
  const extensionDir = path.resolve('.output/chrome-mv3');
  if (existsSync(extensionDir)) {
    console.log(`Extensie (Chrome/Edge): ${extensionDir}`);
    console.log('  Laden: chrome://extensions → Ontwikkelaarsmodus aan → "Uitgepakte extensie laden" → deze map.');
    console.log(`Extensie (Firefox): ${path.resolve('.output/firefox-mv2')}`);
    console.log('  Laden: about:debugging#/runtime/this-firefox → "Tijdelijke add-on laden" → manifest.json in die map.');
  }
  if (server.bootstrap.firstSecretariatToken) {
    console.log('Eerste start: er is een secretariaatsaccount aangemaakt. Het token wordt maar één keer getoond:');
    console.log(`  ${server.bootstrap.firstSecretariatToken}`);
    console.log(`  Vul in de opties van de extensie de server-URL ${server.url} en dit token in.`);
  }
  console.log(`Dashboard van het secretariaat: ${server.url}/dashboard`);
  console.log('Stoppen: Ctrl+C.');
  process.once('SIGINT', () => stopOn(server));
  process.once('SIGTERM', () => stopOn(server));
}

void main();
