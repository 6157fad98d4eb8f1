/** @jsxImportSource hono/jsx */
import { Alert, Notice } from './components';
import { Layout } from './layout';
import { DASHBOARD_PATH } from './session-cookie';

/** The name of the sign-in form's own CSRF field (there is no session yet to hold a token). */
export const LOGIN_FIELD = '_login';

interface SignInPageProps {
  loginToken: string;
  errors?: readonly string[];
  signedOut?: boolean;
}

/** The sign-in form: the secretariat pastes its API token. */
export function SignInPage({ loginToken, errors = [], signedOut = false }: SignInPageProps) {
  const invalid = errors.length > 0;
  return (
    <Layout title="Inloggen">
      {signedOut && <Notice>U bent uitgelogd.</Notice>}
      <Alert messages={errors} title="Inloggen lukte niet" />
      <p>
        Het dashboard is voor het bovenregionaal secretariaat. Log in met het API-token van uw secretariaatsaccount; u blijft
        ingelogd tot u uitlogt, en hoogstens acht uur.
      </p>
      <form method="post" action={`${DASHBOARD_PATH}/inloggen`}>
        <input type="hidden" name={LOGIN_FIELD} value={loginToken} />
        <label for="token">API-token</label>
        <p class="hint" id="token-hint">
          Het token begint met ‘kl_’. U kreeg het bij het aanmaken van uw account of via een uitnodiging.
        </p>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck={false}
          required
          size={50}
          maxlength={200}
          aria-describedby="token-hint"
          aria-invalid={invalid ? 'true' : undefined}
        />
        <div>
          <button type="submit">Inloggen</button>
        </div>
      </form>
    </Layout>
  );
}
