import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_WORDS, AUDIT_ACTIONS, KIND_WORDS, lowerFirst, ROLE_WORDS, roleFromWords, TERM_KIND_WORDS } from '../../shared/i18n/vocabulary';
import { termKindSchema } from '../../shared/schemas/taxonomy';
import { feedbackKindSchema } from '../../shared/schemas/annotation';
import { roleSchema } from '../../shared/schemas/roles';
import { INVITE_PAGE_TEXTS } from '../../server/dashboard/texts/invite-page-texts';

const LANGUAGES = ['nl', 'en'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Keys of a dictionary, nested keys joined with dots. */
function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? keysOf(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the shared vocabulary', () => {
  it('has words for every role and feedback kind in every language', () => {
    for (const language of LANGUAGES) {
      for (const role of roleSchema.options) {
        expect(ROLE_WORDS[language][role]?.name, `${language} ${role}`).toMatch(/\S/);
        expect(ROLE_WORDS[language][role]?.plural, `${language} ${role}`).toMatch(/\S/);
        expect(ROLE_WORDS[language][role]?.counted.other, `${language} ${role}`).toContain('{n}');
      }
      for (const kind of feedbackKindSchema.options) expect(KIND_WORDS[language][kind], `${language} ${kind}`).toMatch(/\S/);
      for (const kind of termKindSchema.options) expect(TERM_KIND_WORDS[language][kind], `${language} ${kind}`).toMatch(/\S/);
    }
  });

  it('has words, in every language, for every action the server writes to the audit log', () => {
    const written = new Set<string>();
    for (const file of sourceFiles(path.resolve('server'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/action: (?:[^,]*\? )?'([a-z-]+\.[a-z-]+)'(?: : '([a-z-]+\.[a-z-]+)')?/g)) {
        written.add(match[1]!);
        if (match[2]) written.add(match[2]);
      }
    }
    expect(written.size).toBeGreaterThan(10);
    expect([...written].filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action))).toEqual([]);
    for (const language of LANGUAGES) {
      for (const action of AUDIT_ACTIONS) expect(AUDIT_ACTION_WORDS[language][action], `${language} ${action}`).toMatch(/\S/);
    }
  });

  it('reads a role from its key or its name in either language, singular or plural', () => {
    expect(['councillor', 'Raadslid', ' raadsleden ', 'Chain partner', 'ketenpartner', 'Respondent', 'respondent (SVMN)', 'secretariaat'].map(roleFromWords)).toEqual([
      'councillor',
      'councillor',
      'councillor',
      'partner',
      'partner',
      'respondent',
      'respondent',
      'secretariat',
    ]);
    expect(roleFromWords('koning')).toBeNull();
    expect(lowerFirst(ROLE_WORDS.nl.respondent.name)).toBe('respondent (SVMN)');
    expect(roleFromWords('')).toBeNull();
  });

  it('gives the invitation page the same texts in Dutch and English', () => {
    expect(keysOf(INVITE_PAGE_TEXTS.en)).toEqual(keysOf(INVITE_PAGE_TEXTS.nl));
    expect(INVITE_PAGE_TEXTS.en.steps).toHaveLength(INVITE_PAGE_TEXTS.nl.steps.length);
  });
});
