import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, MIN_ZOOM, ZOOM_STEPS, nextZoom, zoomLabel } from '../../../extension/viewer/zoom-steps';

describe('PDF viewer zoom steps', () => {
  it('steps through the levels in order, both ways', () => {
    expect(nextZoom(100, 1)).toBe(110);
    expect(nextZoom(110, -1)).toBe(100);
    let zoom: number = MIN_ZOOM;
    const visited = [zoom];
    while (zoom < MAX_ZOOM) visited.push((zoom = nextZoom(zoom, 1)));
    expect(visited).toEqual([...ZOOM_STEPS]);
  });

  it('goes from a zoom between levels (fit to width) to the nearest level in that direction', () => {
    expect(nextZoom(117.4, 1)).toBe(125);
    expect(nextZoom(117.4, -1)).toBe(110);
    // Within half a percent of a level counts as that level, so a step is never lost to rounding.
    expect(nextZoom(99.8, 1)).toBe(110);
    expect(nextZoom(100.3, -1)).toBe(90);
  });

  it('stays within the smallest and largest zoom', () => {
    expect(nextZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(nextZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
    expect(nextZoom(20, -1)).toBe(MIN_ZOOM);
    expect(nextZoom(999, 1)).toBe(MAX_ZOOM);
  });

  it('shows a whole percentage', () => {
    expect(zoomLabel(117.4)).toBe('117 %');
    expect(zoomLabel(100)).toBe('100 %');
  });
});
