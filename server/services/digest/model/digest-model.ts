import type { FeedbackKind, Motivation } from '../../../../shared/schemas/annotation';
import type { Role } from '../../../../shared/schemas/roles';
import type { TermKind } from '../../../../shared/schemas/taxonomy';
import type { AnnotationRecord } from '../../../db/annotation-row';
import type { AnchorState, DigestInput, ResponseStatus } from './digest-input';

/** A feedback kind, or `none` for a plain highlight or a remark without a kind. */
export type DigestKind = FeedbackKind | 'none';

/** Every kind in the order digests list them. */
export const DIGEST_KINDS = ['question', 'concern', 'suggestion', 'appreciation', 'dilemma', 'none'] as const satisfies readonly DigestKind[];

/** Every role in the order digests list them: the people giving feedback first. */
export const DIGEST_ROLES = ['councillor', 'partner', 'secretariat', 'respondent'] as const satisfies readonly Role[];

/** Response statuses in the order of their life cycle; "what was done" follows this order. */
export const RESPONSE_STATUSES = ['open', 'acknowledged', 'answered', 'adopted', 'not-adopted'] as const satisfies readonly ResponseStatus[];

/**
 * A person as the digest shows them. When the digest is pseudonymised, `name` is already the
 * pseudonym ("Raadslid, Gemeente Woerden"): renderers never see the real name.
 */
export interface DigestPerson {
  name: string;
  role: Role;
  organisation: string;
}

/** A term as listed in the digest. `depth` is 1 for a sub-recommendation (A1.3a under A1.3). */
export interface DigestTerm {
  id: string;
  kind: TermKind;
  code: string;
  label: string;
  group: string | null;
  retired: boolean;
  depth: number;
}

/** A term a remark links to; unknown ids (not in the taxonomy) keep their id as code. */
export interface DigestTermRef {
  id: string;
  code: string;
  label: string;
}

/** One reply of a thread, flattened: `depth` 1 answers the remark, 2 answers a reply, and so on. */
export interface DigestReply {
  id: string;
  /** The id of what it answers: the remark, or the reply above it. */
  parentId: string;
  depth: number;
  text: string;
  author: DigestPerson;
  created: string;
}

/** What the reviewed organisation did with a remark. */
export interface DigestResponse {
  status: ResponseStatus;
  text: string;
  by: DigestPerson;
  at: string;
}

/** One top-level annotation with everything a reader of the digest needs. */
export interface DigestRemark {
  id: string;
  uuid: string;
  source: string;
  /** The document's registered title; null when the server knows none (the URL then names it). */
  documentTitle: string | null;
  /** The PDF page the passage is on (from its `page=N` fragment), or null for web pages. */
  page: number | null;
  /** The quoted passage with whitespace collapsed; null when the annotation has no quote. */
  quote: string | null;
  /** The source URL with a text fragment that scrolls to the passage. */
  link: string;
  /** The remark itself ('' for a plain highlight). */
  text: string;
  kind: DigestKind;
  motivation: Motivation;
  author: DigestPerson;
  created: string;
  /** Insertion order on the server: breaks ties between remarks made in the same millisecond. */
  seq: number;
  terms: DigestTermRef[];
  replies: DigestReply[];
  response: DigestResponse | null;
  anchor: AnchorState | null;
}

/** How many remarks, by kind and by the author's role. */
export interface RemarkCounts {
  total: number;
  byKind: Record<DigestKind, number>;
  byRole: Record<Role, number>;
}

/** A term with what was said about it (remarks linked to this term itself, not to its children). */
export interface TermSection {
  term: DigestTerm;
  counts: RemarkCounts;
  remarks: DigestRemark[];
}

/** A goal with its actions. `goal` is null for actions whose parent is not a listed goal. */
export interface GoalSection {
  goal: TermSection | null;
  actions: TermSection[];
}

/** A recommendation group of the review, with its recommendations in taxonomy order. */
export interface RecommendationGroupSection {
  label: string;
  recommendations: TermSection[];
}

/** One row of the coverage matrix: a term and how many remarks each role linked to it. */
export interface MatrixRow {
  termId: string;
  code: string;
  label: string;
  kind: TermKind;
  retired: boolean;
  counts: Record<Role, number>;
  total: number;
}

/** Terms × roles; every listed term has a row, zeros included. */
export interface CoverageMatrix {
  roles: Role[];
  /** The roles with at least one remark anywhere: a column that is always empty says nothing. */
  activeRoles: Role[];
  rows: MatrixRow[];
  /** Ids of the terms nobody linked a remark to, in taxonomy order. */
  uncovered: string[];
}

/** Participation of one role or one organisation. Never names people. */
export interface ParticipationRow {
  participants: number;
  annotations: number;
  replies: number;
}

/** Totals and participation; by role and organisation only, never by person. */
export interface DigestSummary {
  annotations: number;
  replies: number;
  documents: number;
  /** Distinct people who wrote an annotation or a reply. */
  participants: number;
  byKind: Record<DigestKind, number>;
  byRole: Array<ParticipationRow & { role: Role }>;
  byOrganisation: Array<ParticipationRow & { organisation: string; roles: Role[] }>;
  responses: Record<ResponseStatus, number>;
}

/** The remarks that got a response with one status. */
export interface ResponseGroup {
  status: ResponseStatus;
  remarks: DigestRemark[];
}

/** One reviewed document: its title when registered, else the URL names it. */
export interface DocumentEntry {
  source: string;
  title: string | null;
  annotations: number;
  replies: number;
}

/**
 * The joint feedback digest: built once by `buildDigest`, then rendered to any format by pure
 * functions. Lists hold the same `DigestRemark` objects, so a remark linked to two terms is one
 * object listed twice.
 */
export interface Digest {
  title: string;
  round: DigestInput['round'];
  period: DigestInput['period'];
  generatedAt: string;
  taxonomyVersion: number;
  pseudonymised: boolean;
  summary: DigestSummary;
  agenda: GoalSection[];
  recommendations: RecommendationGroupSection[];
  /** Every listed term (agenda and recommendations) × role. */
  matrix: CoverageMatrix;
  openQuestions: DigestRemark[];
  dilemmas: DigestRemark[];
  unlinked: DigestRemark[];
  orphans: DigestRemark[];
  responses: ResponseGroup[];
  documents: DocumentEntry[];
  /** Every top-level remark, in digest order. */
  remarks: DigestRemark[];
  /**
   * The annotations and replies as records (thread order), for the W3C export; pseudonymised
   * copies when the digest is, so no renderer can reach a real name.
   */
  records: AnnotationRecord[];
}
