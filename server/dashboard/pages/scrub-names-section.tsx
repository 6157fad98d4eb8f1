/** @jsxImportSource hono/jsx */
import type { ReplacedName } from '../../services/digest/pseudonymise/name-scrubber';
import { MAX_SCRUB_NAMES } from '../../services/scrub-names-service';
import { Alert, CsrfField, Notice } from './components';
import { withScope, type DashboardScope } from '../model/digest-scope';
import { DASHBOARD_PATH } from '../session/session-cookie';

/** The list form: what is stored (or was typed, when shown again with errors). */
export interface ScrubNamesForm {
  /** One name a line. */
  text: string;
  errors: readonly string[];
  saved: boolean;
}

/**
 * What the pseudonymised preview replaced, for the secretariat to check before publishing:
 * "Gerrit Mulder (3×)". Shown on the page only, never in the file.
 */
export function ReplacedNames({ replaced }: { replaced: readonly ReplacedName[] }) {
  return (
    <section aria-labelledby="vervangen-namen">
      <h3 id="vervangen-namen">Vervangen namen</h3>
      {replaced.length === 0 ? (
        <p>In de teksten van dit overzicht zijn geen namen gevonden om te vervangen.</p>
      ) : (
        <>
          <p>Deze namen zijn in opmerkingen, reacties en antwoorden vervangen (alleen hier te zien, niet in het bestand):</p>
          <ul class="replaced-names">
            {replaced.map(({ name, count }) => (
              <li>{`${name} (${count}×)`}</li>
            ))}
          </ul>
        </>
      )}
      <p class="hint">Staat er nog een naam in het voorbeeld? Zet die dan in de lijst bij ‘Andere namen vervangen’ hierboven.</p>
    </section>
  );
}

/** The secretariat's list of further names to replace by "[naam]", one a line, with CSRF. */
export function ScrubNamesSection({ scope, csrfToken, form }: { scope: DashboardScope; csrfToken: string; form: ScrubNamesForm }) {
  const invalid = form.errors.length > 0 ? 'true' : undefined;
  return (
    <section aria-labelledby="namen-vervangen">
      <h2 id="namen-vervangen">Andere namen vervangen</h2>
      {form.saved && <Notice>De lijst met namen is opgeslagen.</Notice>}
      <Alert messages={form.errors} title="De lijst is niet opgeslagen" />
      <form method="post" action={withScope(`${DASHBOARD_PATH}/overzicht/namen`, scope)}>
        <CsrfField token={csrfToken} />
        <label for="namen">Namen die in het gepseudonimiseerde overzicht door [naam] worden vervangen</label>
        <p id="namen-hint" class="hint">
          {`Eén naam per regel, bijvoorbeeld van kinderen of casusregisseurs die in opmerkingen worden genoemd (hoogstens ${MAX_SCRUB_NAMES}). Namen van deelnemers met een account worden altijd vervangen door hun rol en organisatie.`}
        </p>
        <textarea id="namen" name="namen" rows={6} aria-describedby="namen-hint" aria-invalid={invalid}>
          {form.text}
        </textarea>
        <button type="submit">Lijst opslaan</button>
      </form>
    </section>
  );
}
