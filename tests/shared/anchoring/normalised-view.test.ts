import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../shared/anchoring/normalise-text';
import { wholeView, windowView } from '../../../shared/anchoring/normalised-view';
import { LONG_REPORT } from '../../fixtures/anchoring/long-report';
import { addLigatures, reflowWhitespace } from '../../fixtures/anchoring/text-mutations';
import { createRandom } from '../../fixtures/anchoring/prng';

interface ViewCase {
  readonly name: string;
  readonly text: string;
  readonly centre: number;
}

const PDF_LIKE = addLigatures(LONG_REPORT).replace(/gecertificeerde/g, 'gecertifi-\nceerde').replace(/ /g, (space, offset: number) => (offset % 7 === 0 ? '\u00A0' : space));
const REFLOWED = reflowWhitespace(LONG_REPORT, createRandom(3));
const EMOJI = LONG_REPORT.replace(/\. /g, '. 👍 ');

const CASES: ViewCase[] = [
  { name: 'plain report, window in the middle', text: `${LONG_REPORT} (a)`, centre: 12_000 },
  { name: 'window near the start', text: `${LONG_REPORT} (b)`, centre: 100 },
  { name: 'window near the end', text: `${LONG_REPORT} (c)`, centre: LONG_REPORT.length - 50 },
  { name: 'ligatures, line-end hyphens and non-breaking spaces', text: PDF_LIKE, centre: 9_000 },
  { name: 'reflowed text', text: REFLOWED, centre: 15_000 },
  { name: 'emoji everywhere', text: EMOJI, centre: 14_000 },
];

describe('normalised views', () => {
  it.each(CASES)('a window grown into the whole text equals normalising the whole: $name', ({ text, centre }) => {
    const part = windowView(text, centre, centre + 40, 3000);
    expect(part).toBeDefined();
    if (part === undefined) return;
    const expectedWindow = normaliseText(text.slice(part.offset, part.offset + part.normalised.source.length));
    expect(part.normalised.text).toBe(expectedWindow.text);
    const whole = wholeView(text, part);
    const direct = normaliseText(text);
    expect(whole.complete).toBe(true);
    expect(whole.normalised.text).toBe(direct.text);
    expect([...whole.normalised.starts]).toEqual([...direct.starts]);
  });

  it('normalises the whole text on the second call for the same text', () => {
    const text = `${LONG_REPORT} (d)`;
    expect(windowView(text, 5000, 5040, 3000)).toBeDefined();
    expect(windowView(text, 5000, 5040, 3000)).toBeUndefined();
  });
});
