/** @jsxImportSource hono/jsx */
import { Alert, Notice } from './components';
import { Layout } from './layout';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.signIn;

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
    <Layout title={texts.title}>
      {signedOut && <Notice>{texts.signedOut}</Notice>}
      <Alert messages={errors} title={texts.failed} />
      <p>{texts.intro}</p>
      <form method="post" action={`${DASHBOARD_PATH}/inloggen`}>
        <input type="hidden" name={LOGIN_FIELD} value={loginToken} />
        <label for="token">{texts.token}</label>
        <p class="hint" id="token-hint">
          {texts.tokenHint}
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
          <button type="submit">{texts.submit}</button>
        </div>
      </form>
    </Layout>
  );
}
