import { beforeEach, describe, expect, it } from 'vitest';
import { highlightSpan, removeHighlights } from '../../../extension/annotator/highlighter';
import { buildTextIndex, textIndexSteps } from '../../../extension/annotator/text-index';

beforeEach(() => {
  document.body.innerHTML = '<h1>Rapport</h1><p>Wij nodigen <em>gemeenten en partners</em> uit om mee te lezen.</p><script>var x = 1;</script><p>Slot.</p>';
});

const options = (annotationId: string) => ({ annotationId, colour: 'yellow', label: annotationId });

/** Every offset maps to a DOM point holding that very character, and back to the same offset. */
function expectIndexTrue(index: ReturnType<typeof buildTextIndex>): void {
  for (let offset = 0; offset < index.text.length; offset += 1) {
    const point = index.pointAt(offset)!;
    expect(point.node.data[point.offset], `character at ${offset}`).toBe(index.text[offset]);
    expect(index.offsetOf(point.node, point.offset)).toBe(offset);
  }
}

describe('a text index built once', () => {
  it('stays true while highlights split, nest in and leave the text nodes', () => {
    const index = buildTextIndex(document.body);
    const text = index.text;
    expectIndexTrue(index);
    highlightSpan(index, { start: text.indexOf('nodigen'), end: text.indexOf(' partners') }, options('a'));
    highlightSpan(index, { start: text.indexOf('en partners'), end: text.indexOf(' mee') }, options('b'));
    highlightSpan(index, { start: text.indexOf('apport'), end: text.indexOf('Wij') + 3 }, options('c'));
    expectIndexTrue(index);
    const textOf = (id: string) => [...document.querySelectorAll(`[data-annotation-id="${id}"]`)].map((mark) => mark.textContent).join('');
    expect(textOf('a')).toBe('nodigen gemeenten en');
    expect(textOf('b')).toBe('en partners uit om');
    expect(textOf('c')).toBe('apportWij');

    removeHighlights(document.body, 'a');
    expectIndexTrue(index);
    highlightSpan(index, { start: text.indexOf('lezen'), end: text.indexOf('Slot') + 4 }, options('d'));
    expect(textOf('d')).toBe('lezen.Slot');
    expect(buildTextIndex(document.body).text).toBe(text);
  });

  it('can be built in steps, pausing on a long page, to the same text', () => {
    document.body.innerHTML = Array.from({ length: 3_000 }, (_, i) => `<span>deel ${i} </span>`).join('');
    const steps = textIndexSteps(document.body);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    expect(pauses).toBeGreaterThan(1);
    expect(step.value.text).toBe(buildTextIndex(document.body).text);
    expect(step.value.text.startsWith('deel 0 deel 1 ')).toBe(true);
  });
});
