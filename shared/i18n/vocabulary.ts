import type { FeedbackKind } from '../schemas/annotation';
import type { Role } from '../schemas/roles';
import type { TermKind } from '../schemas/taxonomy';
import type { Language, PluralForms } from './plural';

/**
 * The words for Kantlijn's own keys (roles, feedback kinds, audit actions) in every language, for
 * the server's pages and the extension alike: one home, so a role is called the same everywhere.
 */

/** A role in words, singular and plural (`{n}` for the count). */
export interface RoleWords {
  /** "Raadslid": as a heading or a label. */
  name: string;
  /** "Raadsleden": a column of people in this role. */
  plural: string;
  /** "1 raadslid", "3 raadsleden". */
  counted: PluralForms;
}

/** Role names, per language. The respondent is SVMN answering, so it says so. */
export const ROLE_WORDS: Record<Language, Record<Role, RoleWords>> = {
  nl: {
    councillor: { name: 'Raadslid', plural: 'Raadsleden', counted: { one: '{n} raadslid', other: '{n} raadsleden' } },
    partner: { name: 'Ketenpartner', plural: 'Ketenpartners', counted: { one: '{n} ketenpartner', other: '{n} ketenpartners' } },
    secretariat: { name: 'Secretariaat', plural: 'Secretariaat', counted: { one: '{n} lid van het secretariaat', other: '{n} leden van het secretariaat' } },
    respondent: { name: 'Respondent (SVMN)', plural: 'Respondenten (SVMN)', counted: { one: '{n} respondent (SVMN)', other: '{n} respondenten (SVMN)' } },
  },
  en: {
    councillor: { name: 'Councillor', plural: 'Councillors', counted: { one: '{n} councillor', other: '{n} councillors' } },
    partner: { name: 'Chain partner', plural: 'Chain partners', counted: { one: '{n} chain partner', other: '{n} chain partners' } },
    secretariat: { name: 'Secretariat', plural: 'Secretariat', counted: { one: '{n} secretariat member', other: '{n} secretariat members' } },
    respondent: { name: 'Respondent (SVMN)', plural: 'Respondents (SVMN)', counted: { one: '{n} respondent (SVMN)', other: '{n} respondents (SVMN)' } },
  },
};

/** Feedback kinds in words, per language, as a label starts ("Vraag"). */
export const KIND_WORDS: Record<Language, Record<FeedbackKind, string>> = {
  nl: { question: 'Vraag', concern: 'Zorg', suggestion: 'Suggestie', appreciation: 'Waardering', dilemma: 'Dilemma' },
  en: { question: 'Question', concern: 'Concern', suggestion: 'Suggestion', appreciation: 'Appreciation', dilemma: 'Dilemma' },
};

/** The kinds of taxonomy term in words, per language, as a label starts ("Doel"). */
export const TERM_KIND_WORDS: Record<Language, Record<TermKind, string>> = {
  nl: { goal: 'Doel', action: 'Actie', recommendation: 'Aanbeveling' },
  en: { goal: 'Goal', action: 'Action', recommendation: 'Recommendation' },
};

/** Every action the server writes to its audit log. A new action needs words here (a test checks). */
export const AUDIT_ACTIONS = [
  'annotation.create',
  'annotation.update',
  'annotation.delete',
  'annotation.hide',
  'annotation.unhide',
  'annotation.respond',
  'user.create',
  'user.delete',
  'user.revoke-tokens',
  'invite.create',
  'round.create',
  'round.update',
  'taxonomy.import',
  'digest.download',
  'digest.scrub-names',
  'dashboard.sign-in',
  'reader.sign-in',
  'reader.extension-token',
  'document.create',
  'document.update',
  'document.delete',
  'annotation.import',
] as const;
/** One of the audit log's actions. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Audit actions in words, per language ("Uitnodiging gemaakt"). */
export const AUDIT_ACTION_WORDS: Record<Language, Record<AuditAction, string>> = {
  nl: {
    'annotation.create': 'Annotatie gemaakt',
    'annotation.update': 'Annotatie gewijzigd',
    'annotation.delete': 'Annotatie verwijderd',
    'annotation.hide': 'Annotatie verborgen',
    'annotation.unhide': 'Annotatie weer zichtbaar gemaakt',
    'annotation.respond': 'Antwoord van SVMN gegeven',
    'user.create': 'Account gemaakt',
    'user.delete': 'Account verwijderd',
    'user.revoke-tokens': 'Toegang ingetrokken',
    'invite.create': 'Uitnodiging gemaakt',
    'round.create': 'Ronde aangemaakt',
    'round.update': 'Ronde gewijzigd',
    'document.create': 'Document op de leeslijst gezet',
    'document.update': 'Document op de leeslijst gewijzigd',
    'document.delete': 'Document van de leeslijst gehaald',
    'taxonomy.import': 'Doelen en aanbevelingen ingelezen',
    'digest.download': 'Feedbackoverzicht gedownload',
    'digest.scrub-names': 'Lijst met te vervangen namen gewijzigd',
    'dashboard.sign-in': 'Ingelogd op het dashboard',
    'reader.sign-in': 'Aangemeld om in de browser te lezen',
    'reader.extension-token': 'Token voor de extensie gemaakt vanuit de browser',
    'annotation.import': 'Annotaties geïmporteerd',
  },
  en: {
    'annotation.create': 'Annotation created',
    'annotation.update': 'Annotation changed',
    'annotation.delete': 'Annotation deleted',
    'annotation.hide': 'Annotation hidden',
    'annotation.unhide': 'Annotation shown again',
    'annotation.respond': 'SVMN answered',
    'user.create': 'Account created',
    'user.delete': 'Account deleted',
    'user.revoke-tokens': 'Access revoked',
    'invite.create': 'Invitation created',
    'round.create': 'Round created',
    'round.update': 'Round changed',
    'document.create': 'Document put on the reading list',
    'document.update': 'Document on the reading list changed',
    'document.delete': 'Document taken off the reading list',
    'taxonomy.import': 'Goals and recommendations imported',
    'digest.download': 'Feedback digest downloaded',
    'digest.scrub-names': 'List of names to replace changed',
    'dashboard.sign-in': 'Signed in to the dashboard',
    'reader.sign-in': 'Signed in to read in the browser',
    'reader.extension-token': 'Token for the extension made from the browser',
    'annotation.import': 'Annotations imported',
  },
};

/** "Respondent (SVMN)" → "respondent (SVMN)": a name mid-sentence, acronyms kept. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** True when `action` is one Kantlijn has words for. */
export function isAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/**
 * The role a person typed: a role key ("councillor") or its name in any language, singular or
 * plural ("Raadslid", "raadsleden", "chain partner"), ignoring case and spaces at the ends; null
 * when it names no role.
 */
export function roleFromWords(text: string): Role | null {
  const wanted = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (wanted === '') return null;
  for (const words of Object.values(ROLE_WORDS)) {
    for (const [role, word] of Object.entries(words) as Array<[Role, RoleWords]>) {
      const spellings = [role, word.name, word.plural, word.counted.one.replace('{n} ', ''), word.counted.other.replace('{n} ', '')];
      if (spellings.some((spelling) => spelling.toLowerCase() === wanted || spelling.toLowerCase().replace(/ \(svmn\)$/, '') === wanted)) return role;
    }
  }
  return null;
}
