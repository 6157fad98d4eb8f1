import type { Role } from '../../../shared/schemas/roles';
import { pseudonymFor } from './digest-labels';
import type { DigestInput } from './digest-input';
import type { DigestPerson } from './digest-model';
import { compareText } from './compare';
import { slugify } from './slug';

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
  /** Free text with participants' names replaced by their pseudonym in brackets. */
  text(text: string): string;
}

/** Lower-case name particles never scrubbed on their own: they are ordinary Dutch words too. */
const PARTICLES = new Set(['de', 'den', 'der', 'van', 'von', 'het', 'ter', 'ten', 'te', 'op', 'in', 'la', 'le', 'du', 'da', 'di']);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds the scrubber for names in free text. People mention each other ("zoals Anna de Vries
 * zei"), so replacing the author field alone would still leak names. Full names match in any case;
 * single name parts ("Anna", "Jansen") only when capitalised as written, to spare ordinary words.
 * One pass, so an inserted pseudonym is never scrubbed again.
 */
function nameScrubber(people: readonly Person[]): (text: string) => string {
  const full = new Map<string, string>();
  const parts = new Map<string, string>();
  for (const person of people) {
    const name = person.name.replace(/\s+/gu, ' ').trim();
    if (name === '') continue;
    const label = `[${pseudonymFor(person.role, person.organisation)}]`;
    if (!full.has(name.toLowerCase())) full.set(name.toLowerCase(), label);
    for (const part of name.split(' ')) {
      if (part.length >= 3 && /^\p{Lu}/u.test(part) && !PARTICLES.has(part.toLowerCase()) && !parts.has(part)) {
        parts.set(part, label);
      }
    }
  }
  const patterns = [...full.keys(), ...parts.keys()]
    .sort((a, b) => b.length - a.length || compareText(a, b))
    .map((name) => name.split(' ').map(escapeRegExp).join('\\s+'));
  if (patterns.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) =>
    text.replace(pattern, (match) => {
      const asFull = full.get(match.replace(/\s+/gu, ' ').toLowerCase());
      if (asFull !== undefined) return asFull;
      return parts.get(match) ?? match;
    });
}

/** Everyone the input names: authors of annotations and replies, and responders (both sources). */
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
  return [...people.values()].sort((a, b) => compareText(a.id, b.id));
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
    };
  }
  const scrub = nameScrubber(peopleOf(input));
  return {
    active: true,
    person: ({ role, organisation }) => ({ name: pseudonymFor(role, organisation), role, organisation }),
    personId: ({ role, organisation }) => `${role}-${slugify(organisation) || 'onbekend'}`,
    text: scrub,
  };
}
