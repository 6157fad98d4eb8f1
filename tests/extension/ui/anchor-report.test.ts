import { describe, expect, it } from 'vitest';
import type { ShownAnnotation } from '../../../extension/annotator/document-integration';
import { statesToReport } from '../../../extension/ui/anchor-report';

const shownAs = (id: string, status: ShownAnnotation['status']): ShownAnnotation =>
  ({ annotation: { id } as ShownAnnotation['annotation'], status, start: status === 'orphan' ? null : 0 });

describe('statesToReport', () => {
  it('reports saved annotations whose state differs from the last report, not pending ones', () => {
    const shown = [shownAs('a', 'anchored'), shownAs('b', 'orphan'), shownAs('c', 'moved'), shownAs('d', 'orphan')];
    const reported = new Map([['a', 'anchored' as const], ['b', 'anchored' as const]]);
    expect(statesToReport(shown, new Set(['d']), reported)).toEqual([[{ id: 'b', state: 'orphan' }, { id: 'c', state: 'moved' }]]);
    expect(statesToReport(shown.slice(0, 1), new Set(), reported)).toEqual([]);
  });

  it('splits a large report into batches the server accepts', () => {
    const shown = Array.from({ length: 2500 }, (_, index) => shownAs(`id-${index}`, 'anchored'));
    expect(statesToReport(shown, new Set(), new Map()).map((batch) => batch.length)).toEqual([1000, 1000, 500]);
  });
});
