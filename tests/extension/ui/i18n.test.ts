import { plural } from '../../../shared/i18n/plural';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../extension/ui/i18n';

/** Every leaf of a dictionary with its dotted path, for comparing two languages key by key. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) for (const [leaf, item] of leaves(child, path ? `${path}.${key}` : key)) found.set(leaf, item);
  } else {
    found.set(path, value);
  }
  return found;
}

const nl = leaves(messagesFor('nl'));
const en = leaves(messagesFor('en'));

/** What a text function says for a few counts and words, enough to see an empty or broken one. */
function outputs(text: unknown): string[] {
  if (typeof text !== 'function') return [String(text)];
  return [1, 2, 1000].map((n) => String((text as (...args: unknown[]) => unknown)(n, n + 1, 'Eva')));
}

describe('the dictionaries', () => {
  it('have the same keys in Dutch and English, also in nested groups', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
    expect(nl.size).toBeGreaterThan(100);
  });

  it('have a text or a function of the same kind and arity for every key in both languages', () => {
    for (const [key, dutch] of nl) {
      const english = en.get(key);
      expect(typeof english, key).toBe(typeof dutch);
      if (typeof dutch === 'function') expect((english as () => string).length, key).toBe(dutch.length);
    }
  });

  it('have no empty text, and no function that says nothing', () => {
    for (const dictionary of [nl, en]) {
      for (const [key, text] of dictionary) {
        expect(['string', 'function'], key).toContain(typeof text);
        for (const said of outputs(text)) expect(said.trim(), key).not.toBe('');
      }
    }
  });

  it('count properly, without "(s)" or "(en)"', () => {
    for (const dictionary of [nl, en]) {
      for (const [key, text] of dictionary) for (const said of outputs(text)) expect(said, key).not.toMatch(/\((s|en)\)/);
    }
    expect(plural('nl', 1, messagesFor('nl').openSidebar)).toBe('Kantlijn: 1 opmerking');
    expect(plural('nl', 3, messagesFor('nl').openSidebar)).toBe('Kantlijn: 3 opmerkingen');
    expect(messagesFor('en').pending(1)).toMatch(/^1 remark is waiting/);
    expect(messagesFor('nl').viewer.textlessSome(1, 5)).toMatch(/^1 van de 5 pagina’s heeft geen tekstlaag/);
    expect(messagesFor('en').orphans(1200)).toMatch(/^1,200 remarks could not/);
  });
});
