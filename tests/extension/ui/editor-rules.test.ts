import { describe, expect, it } from 'vitest';
import { MAX_REMARK_LENGTH } from '../../../shared/schemas/annotation';
import { buildAnnotation } from '../../../extension/ui/build-annotation';
import { defaultVisibility } from '../../../extension/ui/default-visibility';
import { messagesFor } from '../../../extension/ui/i18n';
import { remarkLimitState } from '../../../extension/ui/remark-limit';
import { saveErrorText } from '../../../extension/ui/save-error-text';

const draft = { id: '6f1c0a52-4d4b-4d8e-9f0e-2b7c5d1e8a90', source: 'https://example.org/r', selectors: [], termIds: [], language: 'nl' as const };

describe('who sees an annotation when the author did not choose', () => {
  it('keeps a plain highlight private and shares a remark with the round', () => {
    expect(defaultVisibility('')).toBe('private');
    expect(defaultVisibility('   \n')).toBe('private');
    expect(defaultVisibility('Klopt dit?')).toBe('round');
    expect(buildAnnotation({ ...draft, remark: '  ' })).toMatchObject({ motivation: 'highlighting', visibility: 'private' });
    expect(buildAnnotation({ ...draft, remark: 'Klopt dit?' })).toMatchObject({ motivation: 'commenting', visibility: 'round' });
  });

  it('follows the author’s choice when there is one', () => {
    expect(buildAnnotation({ ...draft, remark: '', visibility: 'round' }).visibility).toBe('round');
    expect(buildAnnotation({ ...draft, remark: 'Zie hier', visibility: 'organisation' }).visibility).toBe('organisation');
  });
});

describe('the remark limit', () => {
  it('shows the count from 80 %, announces from 90 %, and refuses beyond the server’s maximum', () => {
    expect(remarkLimitState(0)).toBe('fine');
    expect(remarkLimitState(MAX_REMARK_LENGTH * 0.8 - 1)).toBe('fine');
    expect(remarkLimitState(MAX_REMARK_LENGTH * 0.8)).toBe('shown');
    expect(remarkLimitState(MAX_REMARK_LENGTH * 0.9)).toBe('near');
    expect(remarkLimitState(MAX_REMARK_LENGTH)).toBe('near');
    expect(remarkLimitState(MAX_REMARK_LENGTH + 1)).toBe('over');
  });
});

describe('what a failed save tells the person', () => {
  const nl = messagesFor('nl');
  const en = messagesFor('en');
  const failure = (code: string, status?: number) => ({ code, message: 'Ongeldige invoer in de body.', ...(status ? { status } : {}) });

  it('names the limit in the language’s digits when a too long remark is refused', () => {
    const long = 'x'.repeat(23_400);
    expect(saveErrorText(failure('invalid_input', 400), nl, 'nl', long)).toBe('Uw opmerking is te lang: maximaal 10.000 tekens. Maak hem korter.');
    expect(saveErrorText(failure('invalid_input', 400), en, 'en', long)).toBe('Your remark is too long: at most 10,000 characters. Please shorten it.');
  });

  it('gives a plain sentence for every code, never the server’s wording', () => {
    const codes = ['invalid_input', 'invalid_json', 'rejected', 'not_signed_in', 'unauthorized', 'offline', 'bad_response', 'forbidden', 'not_found',
      'storage_full', 'storage_busy', 'rate_limited', 'version_conflict', 'no_answer', 'extension_unavailable', 'something_new'];
    for (const code of codes) {
      const text = saveErrorText(failure(code, 400), nl, 'nl', 'kort');
      expect(text, code).not.toMatch(/body|token|status|invoer in/i);
      expect(text.length, code).toBeGreaterThan(20);
    }
    expect(saveErrorText(failure('unauthorized', 401), nl, 'nl')).toContain('niet aangemeld');
    expect(saveErrorText(failure('offline'), nl, 'nl')).toContain('zodra de verbinding terug is');
    expect(saveErrorText(failure('rate_limited', 429), nl, 'nl')).toBe(nl.errors.busy);
    expect(saveErrorText(failure('something_new', 418), en, 'en')).toBe(en.errors.unknown);
  });
});
