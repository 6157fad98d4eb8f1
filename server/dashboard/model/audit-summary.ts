import { plural } from '../../../shared/i18n/plural';
import { AUDIT_ACTION_WORDS, isAuditAction, ROLE_WORDS, type AuditAction } from '../../../shared/i18n/vocabulary';
import { roleSchema } from '../../../shared/schemas/roles';
import type { AuditEntry } from '../../db/audit-repository';
import { formatDay } from '../../services/digest/texts/format-date';
import { auditNl as texts } from '../texts/audit-texts';

type Detail = Record<string, unknown>;
const words = texts.detail;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const count = (value: unknown): number | null => (typeof value === 'number' && Number.isSafeInteger(value) ? value : null);

function roleAndOrganisation(detail: Detail): string[] {
  const role = roleSchema.safeParse(detail.role);
  return [role.success ? ROLE_WORDS.nl[role.data].name : null, text(detail.organisation)].filter((part): part is string => part !== null);
}

function documentSummary(detail: Detail): Array<string | null> {
  return [text(detail.title) && words.roundTitle(String(detail.title)), count(detail.urls) !== null ? plural('nl', Number(detail.urls), words.addresses) : null];
}

/** Per action, the parts of its detail worth reading, in plain Dutch. */
const SUMMARIES: Partial<Record<AuditAction, (detail: Detail) => Array<string | null>>> = {
  'annotation.create': (d) => [text(d.source) && words.on(String(d.source))],
  'annotation.update': (d) => [count(d.version) !== null ? words.version(String(d.version)) : null],
  'annotation.delete': (d) => [d.how === 'deleted' ? words.deleted : d.how === 'tombstoned' ? words.tombstoned : null],
  'annotation.hide': (d) => [text(d.reason) && words.reason(String(d.reason))],
  'annotation.respond': (d) => [text(d.status) && words.status(texts.statuses[String(d.status)] ?? String(d.status))],
  'user.create': roleAndOrganisation,
  'invite.create': roleAndOrganisation,
  'user.delete': (d) => [count(d.deletedPrivate) !== null ? plural('nl', Number(d.deletedPrivate), words.privateDeleted) : null],
  'user.revoke-tokens': (d) => [count(d.count) !== null ? plural('nl', Number(d.count), words.tokens) : null, d.via === 'dashboard' ? words.viaDashboard : null],
  'round.create': (d) => [text(d.title) && words.roundTitle(String(d.title))],
  'round.update': (d) => [
    text(d.title) && words.roundTitle(String(d.title)),
    text(d.opensAt) && words.opens(formatDay(String(d.opensAt))),
    text(d.closesAt) && words.closes(formatDay(String(d.closesAt))),
  ],
  'document.create': documentSummary,
  'document.update': documentSummary,
  'taxonomy.import': (d) => [
    count(d.terms) !== null ? plural('nl', Number(d.terms), words.terms) : null,
    Array.isArray(d.retired) && d.retired.length > 0 ? plural('nl', d.retired.length, words.retired) : null,
  ],
  'annotation.import': (d) => [
    count(d.created) !== null ? plural('nl', Number(d.created), words.imported) : null,
    count(d.skipped) ? plural('nl', Number(d.skipped), words.importSkipped) : null,
    count(d.documents) ? plural('nl', Number(d.documents), words.importDocuments) : null,
  ],
  'digest.download': (d) => [
    text(d.format) && words.format(texts.formats[String(d.format)] ?? String(d.format)),
    d.pseudonymise === true ? words.pseudonymised : null,
    d.via === 'dashboard' ? words.viaDashboard : null,
  ],
  // Only the number of names is recorded: the names themselves are what the list keeps private.
  'digest.scrub-names': (d) => [count(d.count) !== null ? plural('nl', Number(d.count), words.scrubNames) : null, d.via === 'dashboard' ? words.viaDashboard : null],
};

/** The action in words ("Uitnodiging gemaakt"); an action Kantlijn has no words for shows as it is. */
export function auditActionText(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTION_WORDS.nl[action] : action;
}

/**
 * A readable summary of an entry's details ("Raadslid, Gemeente Woerden"; "2 tokens ingetrokken,
 * via het dashboard"), or null when there is nothing to say. Details of an action without a
 * summary are listed as "key: value", so nothing recorded is hidden from the secretariat.
 */
export function auditDetailText(entry: Pick<AuditEntry, 'action' | 'detail'>): string | null {
  if (!entry.detail) return null;
  const summarise = isAuditAction(entry.action) ? SUMMARIES[entry.action] : undefined;
  const parts = summarise
    ? summarise(entry.detail).filter((part): part is string => Boolean(part))
    : Object.entries(entry.detail).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return parts.length > 0 ? parts.join(', ') : null;
}
