import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../server/db/annotation-row';
import { createEventBus } from '../../server/services/event-bus';
import { createPageCache, pageOf } from '../../server/services/page-cache';

const REPORT = 'https://www.svmn.nl/voortgang.html';
const OTHER = 'https://www.svmn.nl/jaarverslag.html';

/** What the cache counts for a page: its bytes, its key in UTF-16, and a fixed overhead. */
const cost = (source: string, key: string, json: string) => Buffer.byteLength(json) + `${source}\n${key}`.length * 2 + 256;

/** Only the source matters to the cache; the rest of a record is not read. */
const recordOn = (source: string) => ({ source }) as AnnotationRecord;

describe('page cache', () => {
  it('counts a page\'s key and bookkeeping too, so many small pages cannot outgrow the budget', () => {
    const budget = 10_000;
    const cache = createPageCache(createEventBus(), budget);
    for (let n = 0; n < 1_000; n++) cache.set(REPORT, `reader-${n}\n?source=${'x'.repeat(50)}`, '{}');
    expect(cache.size().bytes).toBeLessThanOrEqual(budget);
    expect(cache.size().pages).toBeLessThan(40);
  });

  it('keeps the page as UTF-8 bytes in memory of its own, with a tag that changes with the content', () => {
    const page = pageOf('{"naam":"Gemeente Zeist – €"}');
    // Not a slice of a shared buffer slab, which a small page would keep alive whole.
    expect(page.body.byteOffset).toBe(0);
    expect(page.body.buffer.byteLength).toBe(page.body.byteLength);
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
    expect(Buffer.from(cache.get(REPORT, 'anna\n?source=a')!.body).toString()).toBe('{"a":1}');
    expect(cache.get(REPORT, 'bram\n?source=a')).toBeUndefined();

    events.publish({ before: null, after: recordOn(REPORT) });
    expect(cache.get(REPORT, 'anna\n?source=a')).toBeUndefined();
    expect(cache.get(OTHER, 'anna\n?source=b')).toBeDefined();
    expect(cache.size()).toEqual({ pages: 1, bytes: cost(OTHER, 'anna\n?source=b', '{"b":1}') });

    events.publish({ before: recordOn(OTHER), after: null });
    expect(cache.size()).toEqual({ pages: 0, bytes: 0 });
  });

  it('stays within its byte budget by dropping the oldest pages first', () => {
    const json = (n: number) => JSON.stringify({ n, pad: 'x'.repeat(30) });
    const budget = 2 * cost(REPORT, 'reader-0', json(0)) + 10;
    const cache = createPageCache(createEventBus(), budget);
    for (let n = 0; n < 10; n++) cache.set(REPORT, `reader-${n}`, json(n));
    const { pages, bytes } = cache.size();
    expect(bytes).toBeLessThanOrEqual(budget);
    expect(pages).toBe(2);
    expect(cache.get(REPORT, 'reader-9')).toBeDefined();
    expect(cache.get(REPORT, 'reader-8')).toBeDefined();
    expect(cache.get(REPORT, 'reader-0')).toBeUndefined();
  });

  it('does not keep a page larger than the whole budget, yet still returns it', () => {
    const cache = createPageCache(createEventBus(), 300);
    const page = cache.set(REPORT, 'anna', '{"te":"groot voor de cache"}');
    expect(Buffer.from(page.body).toString()).toBe('{"te":"groot voor de cache"}');
    expect(cache.size()).toEqual({ pages: 0, bytes: 0 });
  });

  it('replaces a page stored again under the same key without counting it twice', () => {
    const cache = createPageCache(createEventBus());
    cache.set(REPORT, 'anna', '{"v":1}');
    cache.set(REPORT, 'anna', '{"v":22}');
    expect(cache.size()).toEqual({ pages: 1, bytes: cost(REPORT, 'anna', '{"v":22}') });
    expect(Buffer.from(cache.get(REPORT, 'anna')!.body).toString()).toBe('{"v":22}');
    cache.clear();
    expect(cache.size()).toEqual({ pages: 0, bytes: 0 });
  });
});
