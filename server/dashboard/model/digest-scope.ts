import { digestQuerySchema, type DigestQuery } from '../../services/digest-service';
import { endOfDutchDay, isCalendarDay, startOfDutchDay } from './dutch-days';

/** Which feedback a dashboard page looks at: one round or all, optionally a period of days. */
export interface DashboardScope {
  roundId: string | null;
  /** First day (yyyy-mm-dd), inclusive. */
  from: string | null;
  /** Last day (yyyy-mm-dd), inclusive. */
  to: string | null;
}

/** The digest formats the dashboard offers, with their Dutch names. */
export const DIGEST_FORMATS = [
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'md', label: 'Markdown (.md)' },
  { format: 'html', label: 'HTML (.html)' },
  { format: 'csv', label: 'CSV (.csv)' },
  { format: 'json', label: 'JSON-LD (.json)' },
] as const satisfies ReadonlyArray<{ format: DigestQuery['format']; label: string }>;

/**
 * Reads `ronde`, `van` and `tot` from a query. Invalid parts are dropped and explained in Dutch,
 * so the page still shows (for everything) rather than failing.
 */
export function readScope(query: Record<string, string | undefined>): { scope: DashboardScope; errors: string[] } {
  const errors: string[] = [];
  const day = (value: string | undefined, what: string): string | null => {
    const trimmed = value?.trim() ?? '';
    if (trimmed === '') return null;
    if (isCalendarDay(trimmed)) return trimmed;
    errors.push(`${what} is geen geldige datum (jjjj-mm-dd); er is niet op gefilterd.`);
    return null;
  };
  const round = query.ronde?.trim() ?? '';
  const scope: DashboardScope = {
    roundId: round !== '' && round.length <= 64 ? round : null,
    from: day(query.van, 'De datum ‘vanaf’'),
    to: day(query.tot, 'De datum ‘tot en met’'),
  };
  if (scope.from && scope.to && scope.from > scope.to) {
    errors.push('De datum ‘vanaf’ ligt na ‘tot en met’; er is niet op periode gefilterd.');
    scope.from = null;
    scope.to = null;
  }
  return { scope, errors };
}

/** The digest query for a scope, in one format, with or without names replaced. */
export function toDigestQuery(scope: DashboardScope, format: DigestQuery['format'], pseudonymise: boolean): DigestQuery {
  return digestQuerySchema.parse({
    format,
    ...(scope.roundId ? { round: scope.roundId } : {}),
    ...(scope.from ? { from: startOfDutchDay(scope.from) } : {}),
    ...(scope.to ? { to: endOfDutchDay(scope.to) } : {}),
    pseudonymise: pseudonymise ? 'true' : 'false',
  });
}

/** `ronde=…&van=…&tot=…` for links that keep the scope (empty parts left out). */
export function scopeParams(scope: DashboardScope): URLSearchParams {
  const params = new URLSearchParams();
  if (scope.roundId) params.set('ronde', scope.roundId);
  if (scope.from) params.set('van', scope.from);
  if (scope.to) params.set('tot', scope.to);
  return params;
}

/** A dashboard path with the scope as its query. */
export function withScope(path: string, scope: DashboardScope, extra: Record<string, string> = {}): string {
  const params = scopeParams(scope);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
}
