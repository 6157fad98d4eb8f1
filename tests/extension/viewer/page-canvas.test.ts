import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_PIXELS, outputRatio } from '../../../extension/viewer/page-canvas';

describe('PDF page canvas size', () => {
  it('draws at the screen’s pixel ratio while the canvas stays within the cap', () => {
    expect(outputRatio({ width: 794, height: 1123 }, 1)).toBe(1);
    expect(outputRatio({ width: 794, height: 1123 }, 2)).toBe(2);
  });

  it('lowers the ratio for a page zoomed so far that its canvas would pass the cap', () => {
    const page = { width: 794 * 3, height: 1123 * 3 };
    const ratio = outputRatio(page, 2);
    expect(ratio).toBeLessThan(2);
    expect(Math.floor(page.width * ratio) * Math.floor(page.height * ratio)).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    // Just under the cap: as sharp as allowed, not sharper and not needlessly blurry.
    expect(page.width * page.height * ratio * ratio).toBeCloseTo(MAX_CANVAS_PIXELS, -3);
  });

  it('keeps the screen’s ratio for a page without size yet', () => {
    expect(outputRatio({ width: 0, height: 0 }, 1.5)).toBe(1.5);
  });
});
