import { beforeEach, describe, expect, it } from 'vitest';
import { highlightSpan, removeHighlights } from '../../../extension/annotator/highlighter';
import { buildTextIndex } from '../../../extension/annotator/text-index';

beforeEach(() => {
  document.body.innerHTML = '<p>Een <em>passage over</em> het doel.</p>';
});

const options = { annotationId: 'urn:uuid:a', colour: 'yellow', label: 'Annotatie van Anna: Klopt dit?', hint: 'Enter opent de opmerking.' };

describe('what a highlight tells assistive technology', () => {
  it('is an unnamed mark with one tab stop, described by a hidden text that says the remark once and what Enter does', () => {
    const index = buildTextIndex(document.body);
    const marks = highlightSpan(index, { start: 0, end: index.text.indexOf(' het') }, options);
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.every((mark) => mark.getAttribute('role') === 'mark' && !mark.hasAttribute('aria-label'))).toBe(true);
    expect(marks.filter((mark) => mark.tabIndex === 0)).toHaveLength(1);
    const describedBy = marks[0]!.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toBe('Annotatie van Anna: Klopt dit? Enter opent de opmerking.');
    // The description is outside the indexed text, so anchoring never sees it.
    expect(buildTextIndex(document.body).text).toBe(index.text);
  });

  it('drops the description together with the highlight', () => {
    const index = buildTextIndex(document.body);
    const [mark] = highlightSpan(index, { start: 0, end: 3 }, options);
    const id = mark!.getAttribute('aria-describedby')!;
    removeHighlights(document.body, 'urn:uuid:a');
    expect(document.getElementById(id)).toBeNull();
  });
});
