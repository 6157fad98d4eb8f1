import { beforeEach, describe, expect, it } from 'vitest';
import { selectBySentence, sentencesOf } from '../../../extension/ui/sentence-selection';

const selected = () => (document.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => {
  document.documentElement.lang = 'nl';
  document.body.innerHTML = `<h1>Rapport</h1>
    <p id="one">Eerste zin over doel 1. Tweede zin,
      met een <a href="#x">link</a> erin. Derde zin.</p>
    <p id="two">Volgende alinea. Nog een zin.</p>`;
  document.getSelection()?.removeAllRanges();
});

describe('sentences of a block', () => {
  it('splits at sentence ends, not at line breaks of the source', () => {
    const text = 'Een zin\n  loopt door. Tweede.';
    expect(sentencesOf(text, 'nl').map(({ start, end }) => text.slice(start, end))).toEqual(['Een zin\n  loopt door.', 'Tweede.']);
  });
});

describe('selecting by sentence with the keyboard', () => {
  it('starts at the focused element’s block, grows by a sentence into the next block, and shrinks again', () => {
    const link = document.querySelector('a')!;
    expect(selectBySentence(document, 1, link)).not.toBeNull();
    expect(selected()).toBe('Eerste zin over doel 1.');
    selectBySentence(document, 1, link);
    expect(selected()).toBe('Eerste zin over doel 1. Tweede zin, met een link erin.');
    selectBySentence(document, 1, link);
    selectBySentence(document, 1, link);
    expect(selected()).toBe('Eerste zin over doel 1. Tweede zin, met een link erin. Derde zin. Volgende alinea.');
    selectBySentence(document, -1, link);
    expect(selected()).toBe('Eerste zin over doel 1. Tweede zin, met een link erin. Derde zin.');
    selectBySentence(document, -1, link);
    selectBySentence(document, -1, link);
    expect(selected()).toBe('Eerste zin over doel 1.');
    // Never shrinks to nothing.
    selectBySentence(document, -1, link);
    expect(selected()).toBe('Eerste zin over doel 1.');
  });

  it('starts at the sentence of a focused highlight', () => {
    document.querySelector('#one')!.innerHTML = 'Eerste zin. Tweede <kantlijn-highlight tabindex="0">zin met</kantlijn-highlight> markering. Derde.';
    selectBySentence(document, 1, document.querySelector('kantlijn-highlight'));
    expect(selected()).toBe('Tweede zin met markering.');
  });

  it('does nothing when shrinking without a selection', () => {
    expect(selectBySentence(document, -1, null)).toBeNull();
    expect(selected()).toBe('');
  });
});
