/** @jsxImportSource hono/jsx */
import type { AuditEntry } from '../db/audit-repository';
import { formatDateTime } from '../services/digest/format-date';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from './session-cookie';

interface AuditPageProps {
  signedIn: PageUser;
  entries: readonly AuditEntry[];
  /** Name of each actor id that still has an account. */
  names: ReadonlyMap<string, string>;
  /** The sequence number to page on from, when there may be older entries. */
  olderFrom: number | null;
  isFirstPage: boolean;
}

/** The audit log, newest first, a page at a time. */
export function AuditPage({ signedIn, entries, names, olderFrom, isFirstPage }: AuditPageProps) {
  return (
    <Layout title="Auditlog" current="audit" signedIn={signedIn}>
      <table>
        <caption>Wie deed wat, nieuwste eerst</caption>
        <thead>
          <tr>
            <th scope="col">Nr.</th>
            <th scope="col">Tijdstip</th>
            <th scope="col">Door</th>
            <th scope="col">Actie</th>
            <th scope="col">Onderwerp</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 && (
            <tr>
              <td colspan={6}>Geen regels.</td>
            </tr>
          )}
          {entries.map((entry) => (
            <tr>
              <th scope="row">{entry.seq}</th>
              <td>{formatDateTime(entry.at)}</td>
              <td>{entry.actorId === null ? 'systeem' : (names.get(entry.actorId) ?? 'verwijderd account')}</td>
              <td>{entry.action}</td>
              <td>{entry.subject}</td>
              <td>{entry.detail ? JSON.stringify(entry.detail) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Bladeren door het auditlog" class="pager">
        {!isFirstPage && <a href={`${DASHBOARD_PATH}/audit`}>Nieuwste regels</a>}
        {olderFrom !== null && <a href={`${DASHBOARD_PATH}/audit?voor=${olderFrom}`}>Oudere regels</a>}
      </nav>
    </Layout>
  );
}
