import { AUDIT_ACTION_WORDS, KIND_WORDS, ROLE_WORDS, TERM_KIND_WORDS } from '../../../shared/i18n/vocabulary';
import { moderationNl, roundsNl, signInNl } from './admin-texts';
import { auditNl } from './audit-texts';
import { documentsNl } from './documents-texts';
import { importNl } from './import-texts';
import { inviteListNl } from './invite-list-texts';
import { invitesNl } from './invites-texts';
import { layoutNl } from './layout-texts';
import { reportNl } from './report-texts';
import { searchNl } from './search-texts';
import { usersNl } from './users-texts';

/**
 * The dashboard's Dutch dictionary, one part per page. The dashboard is for the secretariat and
 * is Dutch only; pages take their words from here (roles and audit actions from the shared
 * vocabulary), so a second language is one more dictionary of this shape.
 */
export const dashboardNl = {
  layout: layoutNl,
  invites: invitesNl,
  inviteList: inviteListNl,
  users: usersNl,
  audit: auditNl,
  report: reportNl,
  rounds: roundsNl,
  documents: documentsNl,
  import: importNl,
  moderation: moderationNl,
  search: searchNl,
  signIn: signInNl,
  roles: ROLE_WORDS.nl,
  kinds: KIND_WORDS.nl,
  termKinds: TERM_KIND_WORDS.nl,
  auditActions: AUDIT_ACTION_WORDS.nl,
} as const;

/** The shape every dashboard dictionary has. */
export type DashboardTexts = typeof dashboardNl;
