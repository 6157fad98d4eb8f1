/** @jsxImportSource hono/jsx */
import type { Round } from '../../db/rounds-repository';
import type { Digest } from '../../services/digest/model/digest-model';
import { scopeLine } from '../../services/digest/texts/labels';
import { formatDay } from '../../services/digest/texts/format-date';
import { Alert, ScopeForm } from './components';
import { CoverageTable, HeatLegend } from './coverage-table';
import type { DashboardScope } from '../model/digest-scope';
import type { DocumentCoverageRow } from '../model/document-coverage';
import { DocumentCoverageTable } from './document-coverage-table';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.report.matrix;
const documentTexts = dashboardNl.documents.coverage;

interface MatrixPageProps {
  signedIn: PageUser;
  digest: Digest;
  /** What was said per document of the reading list, beside what was said per term. */
  perDocument: readonly DocumentCoverageRow[];
  rounds: readonly Round[];
  scope: DashboardScope;
  errors: readonly string[];
}

/** The terms nobody linked a remark to, of one kind group, as a list (or a sentence when none). */
function Uncovered({ digest, kinds, none }: { digest: Digest; kinds: readonly string[]; none: string }) {
  const uncovered = new Set(digest.matrix.uncovered);
  const rows = digest.matrix.rows.filter((row) => uncovered.has(row.termId) && kinds.includes(row.kind));
  if (rows.length === 0) return <p>{none}</p>;
  return (
    <ul>
      {rows.map((row) => (
        <li>
          <strong>{row.code}</strong> {row.label}
        </li>
      ))}
    </ul>
  );
}

/** The coverage matrix page: what was said per term and role, and what got no attention at all. */
export function MatrixPage({ signedIn, digest, perDocument, rounds, scope, errors }: MatrixPageProps) {
  const scopeText = scopeLine(digest, formatDay);
  return (
    <Layout title={texts.title} current="matrix" signedIn={signedIn}>
      <Alert messages={errors} />
      <ScopeForm action={`${DASHBOARD_PATH}/matrix`} rounds={rounds} scope={scope} />
      <p>{texts.explain(scopeText)}</p>
      <HeatLegend />
      <CoverageTable matrix={digest.matrix} scopeText={scopeText} />
      <h2 id="per-document">{documentTexts.heading}</h2>
      <p>{documentTexts.explain}</p>
      <DocumentCoverageTable rows={perDocument} roles={digest.matrix.roles} scopeText={scopeText} />
      <h2 id="geen-aandacht">{texts.uncoveredRecommendations}</h2>
      <Uncovered digest={digest} kinds={['recommendation']} none={texts.allRecommendationsCovered} />
      <h2>{texts.uncoveredAgenda}</h2>
      <Uncovered digest={digest} kinds={['goal', 'action']} none={texts.allAgendaCovered} />
    </Layout>
  );
}
