/** @jsxImportSource hono/jsx */
import type { AuditEntry } from '../../db/audit-repository';
import { formatDateTime } from '../../services/digest/texts/format-date';
import { auditActionText, auditDetailText } from '../model/audit-summary';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.audit;

interface AuditPageProps {
  signedIn: PageUser;
  entries: readonly AuditEntry[];
  /** Name of each actor id that still has an account. */
  names: ReadonlyMap<string, string>;
  /** The sequence number to page on from, when there may be older entries. */
  olderFrom: number | null;
  isFirstPage: boolean;
}

/** The audit log, newest first, a page at a time, with actions and details in words. */
export function AuditPage({ signedIn, entries, names, olderFrom, isFirstPage }: AuditPageProps) {
  return (
    <Layout title={texts.title} current="audit" signedIn={signedIn}>
      <div class="table-scroll" role="region" aria-label={texts.caption} tabindex={0}>
        <table>
          <caption>{texts.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.seq}</th>
              <th scope="col">{texts.at}</th>
              <th scope="col">{texts.actor}</th>
              <th scope="col">{texts.action}</th>
              <th scope="col">{texts.subject}</th>
              <th scope="col">{texts.details}</th>
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 && (
              <tr>
                <td colspan={6}>{texts.none}</td>
              </tr>
            )}
            {entries.map((entry) => (
              <tr>
                <th scope="row">{entry.seq}</th>
                <td>{formatDateTime(entry.at)}</td>
                <td>{entry.actorId === null ? texts.system : (names.get(entry.actorId) ?? texts.deletedAccount)}</td>
                <td>{auditActionText(entry.action)}</td>
                <td class="subject">{names.get(entry.subject) ?? entry.subject}</td>
                <td>{auditDetailText(entry) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={texts.pager} class="pager">
        {!isFirstPage && <a href={`${DASHBOARD_PATH}/audit`}>{texts.newest}</a>}
        {olderFrom !== null && <a href={`${DASHBOARD_PATH}/audit?voor=${olderFrom}`}>{texts.older}</a>}
      </nav>
    </Layout>
  );
}
