import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../server/db/annotation-row';
import { createEventBus } from '../../server/services/event-bus';
import { createPageCache, pageOf } from '../../server/services/page-cache';

const REPORT = 'https://www.svmn.nl/voortgang.html';
const OTHER = 'https://www.svmn.nl/jaarverslag.html';

/** Only the source matters to the cache; the rest of a record is not read. */
const recordOn = (source: string) => ({ source }) as AnnotationRecord;

describe('page cache', () => {
  it('keeps the page as UTF-8 bytes with a tag that changes with the content', () => {
    const page = pageOf('{"naam":"Gemeente Zeist – €"}');
    expect(Buffer.from(page.body).toString('utf8')).toBe('{"naam":"Gemeente Zeist – €"}');
    expect(page.body.byteLength).toBe(Buffer.byteLength('{"naam":"Gemeente Zeist – €"}'));
    expect(page.etag).toMatch(/^"p-[\w-]+"$/);
    expect(pageOf('{"naam":"Gemeente Zeist"}').etag).not.toBe(page.etag);
  });

  it('answers a stored page until something on that document changes, and only that document', () => {
    const events = createEventBus();
    const cache = createPageCache(events);
    cache.set(REPORT, 'anna\n?source=a', '{"a":1}');
    cache.set(OTHER, 'anna\n?source=b', '{"b":1}');
    expect(cache.get(REPORT, 'anna\n?source=a')?.body).toEqual(Buffer.from('{"a":1}'));
    expect(cache.get(REPORT, 'bram\n?source=a')).toBeUndefined();

    events.publish({ before: null, after: recordOn(REPORT) });
    expect(cache.get(REPORT, 'anna\n?source=a')).toBeUndefined();
    expect(cache.get(OTHER, 'anna\n?source=b')).toBeDefined();
    expect(cache.size()).toEqual({ pages: 1, bytes: 7 });

    events.publish({ before: recordOn(OTHER), after: null });
    expect(cache.size()).toEqual({ pages: 0, bytes: 0 });
  });

  it('stays within its byte budget by dropping the oldest pages first', () => {
    const cache = createPageCache(createEventBus(), 100);
    const json = (n: number) => JSON.stringify({ n, pad: 'x'.repeat(30) });
    for (let n = 0; n < 10; n++) cache.set(REPORT, `reader-${n}`, json(n));
    const { pages, bytes } = cache.size();
    expect(bytes).toBeLessThanOrEqual(100);
    expect(pages).toBe(2);
    expect(cache.get(REPORT, 'reader-9')).toBeDefined();
    expect(cache.get(REPORT, 'reader-8')).toBeDefined();
    expect(cache.get(REPORT, 'reader-0')).toBeUndefined();
  });

  it('does not keep a page larger than the whole budget, yet still returns it', () => {
    const cache = createPageCache(createEventBus(), 10);
    const page = cache.set(REPORT, 'anna', '{"te":"groot voor de cache"}');
    expect(Buffer.from(page.body).toString()).toBe('{"te":"groot voor de cache"}');
    expect(cache.size()).toEqual({ pages: 0, bytes: 0 });
  });

  it('replaces a page stored again under the same key without counting it twice', () => {
    const cache = createPageCache(createEventBus());
    cache.set(REPORT, 'anna', '{"v":1}');
    cache.set(REPORT, 'anna', '{"v":22}');
    expect(cache.size()).toEqual({ pages: 1, bytes: 8 });
    expect(Buffer.from(cache.get(REPORT, 'anna')!.body).toString()).toBe('{"v":22}');
    cache.clear();
    expect(cache.size()).toEqual({ pages: 0, bytes: 0 });
  });
});
