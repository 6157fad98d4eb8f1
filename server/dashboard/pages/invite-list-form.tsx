/** @jsxImportSource hono/jsx */
import { plural } from '../../../shared/i18n/plural';
import { Alert, CopyButton, CsrfField } from './components';
import { MAX_LIST_ROWS } from '../model/invite-list';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.inviteList;

/** What was typed into the list form (a chosen file is not sent back, browsers forbid that). */
export interface InviteListValues {
  text: string;
  days: string;
}

/** One invitation of a list, as shown and downloaded. */
export interface ListedInvite {
  name: string;
  organisation: string;
  roleName: string;
  email: string | null;
  link: string;
}

/** The answer to a list: every row's problem, or all the new invitations. */
export type InviteListOutcome = { errors: string[] } | { rows: ListedInvite[]; until: string };

/**
 * The form for a list (a CSV file, or rows pasted in), with the answer to the last list right under
 * its heading: the form posts to `#lijst-uitnodigen`, so the browser shows the answer, not the top.
 */
export function InviteListForm({ csrfToken, values, outcome }: { csrfToken: string; values: InviteListValues; outcome: InviteListOutcome | null }) {
  const errors = outcome && 'errors' in outcome ? outcome.errors : [];
  return (
    <section aria-labelledby="lijst-uitnodigen">
      <h2 id="lijst-uitnodigen">{texts.heading}</h2>
      {outcome && 'rows' in outcome && <InviteListResult outcome={outcome} csrfToken={csrfToken} />}
      <Alert messages={errors} title={texts.failed} intro={texts.failedIntro} />
      <p>{texts.intro}</p>
      <p class="field-label">{texts.exampleLabel}</p>
      <pre class="example">{texts.example}</pre>
      <form method="post" action={`${DASHBOARD_PATH}/uitnodigingen/lijst#lijst-uitnodigen`} enctype="multipart/form-data" aria-labelledby="lijst-uitnodigen">
        <CsrfField token={csrfToken} />
        <label for="lijst-bestand">
          {texts.file} <span class="hint">{texts.fileHint(MAX_LIST_ROWS)}</span>
        </label>
        <input id="lijst-bestand" name="bestand" type="file" accept=".csv,.txt,text/csv,text/plain" />
        <label for="lijst-tekst">{texts.pasted}</label>
        <textarea id="lijst-tekst" name="lijst" rows={6} aria-invalid={errors.length > 0 ? 'true' : undefined}>
          {values.text}
        </textarea>
        <label for="lijst-dagen">{texts.days}</label>
        <input id="lijst-dagen" name="dagen" type="number" min={1} max={90} required value={values.days} />
        <div>
          <button type="submit">{texts.submit}</button>
        </div>
      </form>
    </section>
  );
}

/** The new invitations of a list, shown once, with their links and a CSV download for a mail merge. */
export function InviteListResult({ outcome, csrfToken }: { outcome: Extract<InviteListOutcome, { rows: unknown }>; csrfToken: string }) {
  const t = texts.result;
  return (
    // Only the first sentence is announced (role=status), not the whole list of links.
    <section class="notice" aria-label={t.caption}>
      <p role="status">
        <strong>{t.title(plural('nl', outcome.rows.length, t.people))}</strong> {t.once(outcome.until)}
      </p>
      <form method="post" action={`${DASHBOARD_PATH}/uitnodigingen/lijst.csv`} enctype="multipart/form-data">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="uitnodigingen" value={JSON.stringify({ until: outcome.until, rows: outcome.rows })} />
        <button type="submit">{t.download}</button>
      </form>
      <div class="table-scroll" role="region" aria-label={t.caption} tabindex={0}>
        <table class="invite-links">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.organisation}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.email}</th>
              <th scope="col">{t.link}</th>
            </tr>
          </thead>
          <tbody>
            {outcome.rows.map((row, index) => (
              <tr>
                <th scope="row">{row.name}</th>
                <td data-label={t.organisation}>{row.organisation}</td>
                <td data-label={t.role}>{row.roleName}</td>
                <td data-label={t.email}>{row.email ?? '—'}</td>
                <td data-label={t.link}>
                  <code class="link" id={`lijst-link-${index}`}>
                    {row.link}
                  </code>{' '}
                  <CopyButton target={`lijst-link-${index}`} label={dashboardNl.invites.created.copyLink} done={dashboardNl.invites.created.copied} of={texts.result.copyOf(row.name)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
