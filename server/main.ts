import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';
import { publicUrlWarning } from './http/public-origin';
import { startServer } from './start-server';

/**
 * `npm run server` (and, after the build, `npm start`): starts the API and tells the operator where
 * it is, where the built extension lies, and how the first secretariat account signs in.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const warning = publicUrlWarning(config);
  if (warning) console.error(warning);
  let server: Awaited<ReturnType<typeof startServer>>;
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
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
