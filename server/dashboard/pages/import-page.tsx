/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { plural } from '../../../shared/i18n/plural';
import type { Round } from '../../db/rounds-repository';
import { annotationCount } from '../../services/import/import-report-text';
import type { ImportPlan } from '../../services/import/plan-import';
import { Alert, CsrfField, Notice, ScrollTable } from './components';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.import;

/** A checked file waiting for the secretariat's go-ahead. */
export interface PendingImportView {
  id: string;
  plan: ImportPlan;
}

interface ImportPageProps {
  signedIn: PageUser;
  rounds: readonly Round[];
  errors: readonly string[];
  /** The dry run of an uploaded file, to be confirmed. */
  pending?: PendingImportView;
  /** What an import just did. */
  done?: { plan: ImportPlan; created: number };
}

/** The items in the order of the file (the plan puts parents before their replies). */
const byPosition = <T extends { position: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.position - b.position);

/** A heading with the count, and the items in a table (number, annotation, `third`), or `none`. */
function ItemSection({ heading, third, none, rows }: { heading: string; third: string; none: string; rows: Array<{ position: number; label: string; detail: Child }> }) {
  return (
    <>
      <h3>{`${heading}: ${annotationCount(rows.length)}`}</h3>
      {rows.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ScrollTable caption={heading} hiddenCaption>
          <thead>
            <tr>
              <th scope="col">{texts.number}</th>
              <th scope="col">{texts.annotation}</th>
              <th scope="col">{third}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <td class="position">{String(row.position)}</td>
                <td>{row.label}</td>
                <td>{row.detail}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}

/** What the import does (or did): what is made, skipped and why, the documents, the passages. */
function ImportReport({ plan, done }: { plan: ImportPlan; done: boolean }) {
  return (
    <section aria-labelledby="import-verslag">
      <h2 id="import-verslag">{done ? texts.resultHeading : texts.reportHeading}</h2>
      <dl class="facts">
        <dt>{texts.format}</dt>
        <dd>{texts.formats[plan.format]}</dd>
        <dt>{texts.round}</dt>
        <dd>{plan.round?.title ?? texts.noRound}</dd>
      </dl>
      {plan.warnings.map((warning) => (
        <p class="warning">
          <strong>{texts.warning}:</strong> {warning}
        </p>
      ))}
      <ItemSection
        heading={done ? texts.createdHeading : texts.createHeading}
        third={texts.leftOut}
        none={texts.noneCreated}
        rows={byPosition(plan.create).map((item) => ({
          position: item.position,
          label: item.isReply ? `${item.label} (${texts.reply})` : item.label,
          detail: item.dropped.length === 0 ? '—' : <ul class="plain">{item.dropped.map((what) => <li>{what}</li>)}</ul>,
        }))}
      />
      <ItemSection heading={texts.skippedHeading} third={texts.reason} none={texts.noneSkipped} rows={plan.skipped.map((item) => ({ position: item.position, label: item.label, detail: item.reason }))} />
      {plan.documents.length > 0 && (
        <>
          <h3>{texts.documentsHeading}</h3>
          <ScrollTable caption={texts.documentsHeading} hiddenCaption>
            <thead>
              <tr>
                <th scope="col">{texts.document}</th>
                <th scope="col">{texts.annotations}</th>
                <th scope="col">{texts.status}</th>
              </tr>
            </thead>
            <tbody>
              {plan.documents.map((document) => (
                <tr>
                  <td>
                    {document.title && <strong>{document.title}</strong>}
                    {document.title && <br />}
                    <span class="url">{document.url}</span>
                  </td>
                  <td class="count">{String(document.annotations)}</td>
                  <td>{texts.documentStatus[document.status]}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
      {plan.create.length > 0 && <h3>{texts.passagesHeading}</h3>}
      {plan.create.length === 0 ? null : plan.lostPassages.length === 0 ? (
        <p>{texts.noLostPassages}</p>
      ) : (
        <>
          <p>{plural('nl', plan.lostPassages.length, texts.lostPassages)}</p>
          <ul>
            {plan.lostPassages.map((passage) => (
              <li>{`nr. ${passage.position}: ${passage.label} — ${passage.reason}`}</li>
            ))}
          </ul>
        </>
      )}
      {plan.passagesToCheck > 0 && (
        <p>
          {plural('nl', plan.passagesToCheck, texts.toCheck)} {texts.checkNote}
        </p>
      )}
    </section>
  );
}

/** The import page: choose a file, see the dry run, confirm, see what was done. */
export function ImportPage({ signedIn, rounds, errors, pending, done }: ImportPageProps) {
  return (
    <Layout title={texts.title} current="import" signedIn={signedIn}>
      {done && <Notice>{texts.done(done.created)}</Notice>}
      <p>{texts.intro}</p>
      <p>{texts.steps}</p>
      <Alert messages={errors} title={texts.failed} />
      {pending && (
        <>
          <ImportReport plan={pending.plan} done={false} />
          <form method="post" action={`${DASHBOARD_PATH}/importeren/bevestigen`} class="confirm-import">
            <CsrfField token={signedIn.csrfToken} />
            <input type="hidden" name="import" value={pending.id} />
            <p>{texts.confirmHint(pending.plan.create.length)}</p>
            <div class="copy-row">
              <button type="submit" disabled={pending.plan.create.length === 0}>
                {texts.confirm}
              </button>
              <a href={`${DASHBOARD_PATH}/importeren`}>{texts.again}</a>
            </div>
          </form>
        </>
      )}
      {done && <ImportReport plan={done.plan} done={true} />}
      {!pending && (
        <>
          <h2 id="import-kiezen">{done ? texts.chooseAnother : texts.choose}</h2>
          <form method="post" action={`${DASHBOARD_PATH}/importeren`} enctype="multipart/form-data" aria-labelledby="import-kiezen">
            <CsrfField token={signedIn.csrfToken} />
            <label for="import-bestand">{texts.fileLabel}</label>
            <p class="hint" id="import-bestand-hint">
              {texts.fileHint}
            </p>
            <input id="import-bestand" name="bestand" type="file" accept=".json,application/json,application/ld+json" required aria-describedby="import-bestand-hint" aria-invalid={errors.length > 0 ? 'true' : undefined} />
            <label for="import-ronde">{texts.roundLabel}</label>
            <select id="import-ronde" name="ronde">
              <option value="">{texts.openRound}</option>
              {rounds.map((round) => (
                <option value={round.id}>{round.title}</option>
              ))}
            </select>
            <div>
              <button type="submit">{texts.check}</button>
            </div>
          </form>
        </>
      )}
    </Layout>
  );
}
