import type { Role } from '../../../../shared/schemas/roles';
import { pseudonymFor } from '../texts/labels';
import type { DigestInput } from '../model/digest-input';
import type { DigestPerson } from '../model/digest-model';
import { DELETED_USER_NAME } from '../../../db/users-repository';
import { compareText } from '../model/compare';
import { createNameScrubber, NEUTRAL_LABEL, type ReplacedName, type ScrubEntry } from './name-scrubber';
import { slugify } from '../texts/slug';

interface Person {
  id: string;
  name: string;
  role: Role;
  organisation: string;
}

/** Turns people and free text into what a (pseudonymised or named) digest may show. */
export interface Pseudonymiser {
  readonly active: boolean;
  person(person: Person): DigestPerson;
  /** A stable id for a person that reveals no more than the pseudonym does. */
  personId(person: Person): string;
  /**
   * Free text with every registered user's name replaced by their pseudonym in brackets, and the
   * secretariat's listed names by "[naam]". Counted for `replaced()` unless `count` is false (for
   * text already counted once, as the export copies of remarks).
   */
  text(text: string, count?: boolean): string;
  /** The names replaced in text so far, with counts: for the secretariat's preview, never for the file. */
  replaced(): ReplacedName[];
}

/**
 * Everyone the input names: registered users, authors of annotations and replies, and responders
 * (both sources). Remarks mention people who wrote nothing in the digest, so all users count.
 */
function peopleOf(input: DigestInput): Person[] {
  const people = new Map<string, Person>();
  const add = (key: string, person: { name: string; role: string; organisation: string }): void => {
    if (!people.has(key)) people.set(key, { id: key, name: person.name, role: asRole(person.role), organisation: person.organisation });
  };
  for (const record of input.annotations) {
    add(record.author.id, record.author);
    // The joined response carries no responder id; its name still has to be known to scrub it.
    if (record.response) add(`name:${record.response.by.name}`, record.response.by);
  }
  for (const response of input.responses.values()) add(response.by.id, response.by);
  for (const user of input.registeredUsers ?? []) add(user.id, user);
  return [...people.values()].filter((person) => person.name !== DELETED_USER_NAME).sort((a, b) => compareText(a.id, b.id));
}

/** What the scrubber looks for: people first (their label wins), then the secretariat's list. */
function scrubEntries(input: DigestInput): ScrubEntry[] {
  const people = peopleOf(input).map((person) => ({ name: person.name, label: `[${pseudonymFor(person.role, person.organisation)}]`, listed: false }));
  return [...people, ...(input.scrubNames ?? []).map((name) => ({ name, label: NEUTRAL_LABEL, listed: true }))];
}

/** Responses carry their responder's role as a plain string; anything unknown is shown as respondent. */
export function asRole(role: string): Role {
  return role === 'councillor' || role === 'partner' || role === 'secretariat' ? role : 'respondent';
}

/** The pseudonymiser for a digest input; a pass-through when `input.pseudonymise` is false. */
export function createPseudonymiser(input: DigestInput): Pseudonymiser {
  if (!input.pseudonymise) {
    return {
      active: false,
      person: ({ name, role, organisation }) => ({ name, role, organisation }),
      personId: (person) => person.id,
      text: (text) => text,
      replaced: () => [],
    };
  }
  const scrubber = createNameScrubber(scrubEntries(input));
  return {
    active: true,
    person: ({ role, organisation }) => ({ name: pseudonymFor(role, organisation), role, organisation }),
    personId: ({ role, organisation }) => `${role}-${slugify(organisation) || 'onbekend'}`,
    text: (text, count = true) => scrubber.scrub(text, count),
    replaced: () => scrubber.replaced(),
  };
}
