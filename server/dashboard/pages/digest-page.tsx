/** @jsxImportSource hono/jsx */
import type { Round } from '../../db/rounds-repository';
import { Alert, ScopeForm } from './components';
import { DIGEST_FORMATS, withScope, type DashboardScope } from '../model/digest-scope';
import { Layout, type PageUser } from './layout';
import type { ReplacedName } from '../../services/digest/pseudonymise/name-scrubber';
import { ReplacedNames, ScrubNamesSection, type ScrubNamesForm } from './scrub-names-section';
import { DASHBOARD_PATH } from '../session/session-cookie';

interface DigestPageProps {
  signedIn: PageUser;
  rounds: readonly Round[];
  scope: DashboardScope;
  errors: readonly string[];
  /** The digest as an HTML document, shown in a sandboxed frame; null when it could not be made. */
  previewHtml: string | null;
  pseudonymisedPreview: boolean;
  /** The names the pseudonymised preview replaced; null for the preview with names. */
  replaced: readonly ReplacedName[] | null;
  scrubForm: ScrubNamesForm;
}

/** One download link; `data-download` lets the optional script announce that work is under way. */
function DownloadLink({ scope, format, label, pseudonymise }: { scope: DashboardScope; format: string; label: string; pseudonymise: boolean }) {
  const href = withScope(`${DASHBOARD_PATH}/download`, scope, { formaat: format, ...(pseudonymise ? { pseudoniem: '1' } : {}) });
  const what = `${label}${pseudonymise ? ', gepseudonimiseerd' : ', met namen'}`;
  return (
    <a href={href} data-download={what} download>
      {`${label} downloaden`}
      <span class="visually-hidden">{pseudonymise ? ' (gepseudonimiseerd)' : ' (met namen)'}</span>
    </a>
  );
}

/**
 * The joint feedback digest: a preview in a sandboxed frame (the digest holds remarks typed by
 * anyone, so it gets no scripts, no same-origin access, and the page's CSP) and one download link
 * per format, with names and with names replaced by role and organisation.
 */
export function DigestPage({ signedIn, rounds, scope, errors, previewHtml, pseudonymisedPreview, replaced, scrubForm }: DigestPageProps) {
  return (
    <Layout title="Feedbackoverzicht" current="digest" signedIn={signedIn}>
      <Alert messages={errors} />
      <ScopeForm action={`${DASHBOARD_PATH}/overzicht`} rounds={rounds} scope={scope} />
      <h2>Downloaden</h2>
      <p>Het maken van een groot overzicht kan even duren; de download start vanzelf zodra het bestand klaar is.</p>
      <p id="download-status" role="status" class="busy"></p>
      <table>
        <caption>Het feedbackoverzicht in elk formaat</caption>
        <thead>
          <tr>
            <th scope="col">Formaat</th>
            <th scope="col">Met namen (intern)</th>
            <th scope="col">Gepseudonimiseerd (voor publicatie: namen vervangen door rol en organisatie)</th>
          </tr>
        </thead>
        <tbody>
          {DIGEST_FORMATS.map(({ format, label }) => (
            <tr>
              <th scope="row">{label}</th>
              <td>
                <DownloadLink scope={scope} format={format} label={label} pseudonymise={false} />
              </td>
              <td>
                <DownloadLink scope={scope} format={format} label={label} pseudonymise={true} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScrubNamesSection scope={scope} csrfToken={signedIn.csrfToken} form={scrubForm} />
      <h2>Voorbeeld</h2>
      <p>
        {pseudonymisedPreview ? (
          <a href={withScope(`${DASHBOARD_PATH}/overzicht`, scope)}>Voorbeeld met namen tonen</a>
        ) : (
          <a href={withScope(`${DASHBOARD_PATH}/overzicht`, scope, { pseudoniem: '1' })}>Voorbeeld gepseudonimiseerd tonen</a>
        )}
      </p>
      {pseudonymisedPreview && replaced !== null && <ReplacedNames replaced={replaced} />}
      {previewHtml === null ? (
        <p>Er is geen voorbeeld beschikbaar.</p>
      ) : (
        <iframe
          class="preview"
          title={pseudonymisedPreview ? 'Voorbeeld van het feedbackoverzicht, gepseudonimiseerd' : 'Voorbeeld van het feedbackoverzicht, met namen'}
          sandbox=""
          srcdoc={previewHtml}
        ></iframe>
      )}
    </Layout>
  );
}
