/** @jsxImportSource hono/jsx */
import type { Annotation } from '../../../shared/schemas/annotation';
import { HIGHLIGHT_PARTS, highlightSegments } from '../../../shared/search/search-highlight';
import { SEARCH_TIPS } from '../../../shared/search/search-tips';
import { DocumentLink } from './components';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.search;
const tips = SEARCH_TIPS.nl;

/**
 * A highlight as text with its matched words in `<mark>`: the server's highlight is split into
 * plain pieces first and each is escaped again by JSX, so nothing in a remark becomes markup.
 */
function Marked({ html }: { html: string }) {
  return <>{highlightSegments(html).map((segment) => (segment.marked ? <mark>{segment.text}</mark> : segment.text))}</>;
}

/** The quote of a search result's passage, or (for a reply) nothing. */
function passageOf(annotation: Annotation): string {
  if (typeof annotation.target === 'string') return '';
  const quote = annotation.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
  return quote && quote.type === 'TextQuoteSelector' ? quote.exact : '';
}

/** The first remark of an annotation. */
function remarkOf(annotation: Annotation): string {
  const body = annotation.body.find((candidate) => candidate.type === 'TextualBody' && candidate.purpose !== 'tagging');
  return body && body.type === 'TextualBody' ? body.value : '';
}

/** One search result with the document it is on, named as people know it (`documentName`). */
export interface SearchResultRow {
  annotation: Annotation;
  document: { source: string; name: string };
}

/** One result row: who, where (the document by name, with the passage), the remark, and where else the words were found. */
function ResultRow({ annotation, document }: SearchResultRow) {
  const highlight = annotation.highlight ?? {};
  const elsewhere = HIGHLIGHT_PARTS.filter((part) => part !== 'text' && part !== 'quote' && highlight[part] !== undefined);
  const isReply = typeof annotation.target === 'string';
  return (
    <tr>
      <td>
        {highlight.author ? <Marked html={highlight.author} /> : `${annotation.creator.name}, ${annotation.creator.organisation}`}
        <br />
        <span class="hint">{dashboardNl.roles[annotation.creator.role].name}</span>
      </td>
      <td>
        <DocumentLink source={document.source} name={document.name} />
        {highlight.quote ? <q><Marked html={highlight.quote} /></q> : passageOf(annotation) && <q>{passageOf(annotation)}</q>}
      </td>
      <td>
        {isReply && <strong>{texts.reply}</strong>}
        <p class="remark">{highlight.text ? <Marked html={highlight.text} /> : remarkOf(annotation)}</p>
        {elsewhere.length > 0 && (
          <p class="hint">
            {texts.matchedIn}:{' '}
            {elsewhere.map((part, index) => (
              <>
                {index > 0 && '; '}
                {texts.parts[part]} (<Marked html={highlight[part] ?? ''} />)
              </>
            ))}
          </p>
        )}
      </td>
    </tr>
  );
}

interface SearchPageProps {
  signedIn: PageUser;
  q: string;
  results: readonly SearchResultRow[] | null;
  /** The link to the next results, when there are more. */
  next: string | null;
}

/** The secretariat's search across all documents, with the search help in plain words. */
export function SearchPage({ signedIn, q, results, next }: SearchPageProps) {
  return (
    <Layout title={texts.title} current="search" signedIn={signedIn}>
      <p>{texts.intro}</p>
      <form method="get" action={`${DASHBOARD_PATH}/zoeken`} role="search">
        <label for="q">{texts.label}</label>
        <p class="hint" id="zoek-hint">
          {tips.hint}
        </p>
        <input type="search" id="q" name="q" value={q} maxlength={500} aria-describedby="zoek-hint" />
        <button type="submit">{texts.submit}</button>
      </form>
      <details id="zoektips" class="search-tips">
        <summary>{tips.title}</summary>
        <ul>
          {tips.tips.map((tip) => (
            <li>
              <code>{tip.example}</code> {tip.text}
            </li>
          ))}
          <li>{texts.stopWords}</li>
        </ul>
      </details>
      {results !== null && (
        <>
          <p role="status">{texts.found(results.length, next !== null)}</p>
          {results.length > 0 && (
            <div class="table-scroll" role="region" aria-label={texts.caption(q)} tabindex={0}>
              <table>
                <caption>{texts.caption(q)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{texts.author}</th>
                    <th scope="col">{texts.where}</th>
                    <th scope="col">{texts.remark}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.map((result) => (
                    <ResultRow annotation={result.annotation} document={result.document} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {next && <a href={next}>{texts.next}</a>}
        </>
      )}
    </Layout>
  );
}
