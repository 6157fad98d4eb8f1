import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../server/config';
import { createEventBus } from '../../server/services/event-bus';
import { DEFAULT_CACHE_BYTES } from '../../server/services/page-cache';
import { createServiceContext } from '../../server/services/service-context';
import { openDatabase } from '../../server/db/database';
import { createTempDir } from '../helpers/temp-dir';

afterEach(() => vi.restoreAllMocks());

describe('server configuration', () => {
  it('has working defaults and resolves the data folder', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 8787, HOST: '127.0.0.1', RATE_LIMIT: 600 });
    expect(config.PAGE_CACHE_MB).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('reads how many proxies are trusted', () => {
    expect(loadConfig({}).TRUST_PROXY).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
  });

  it('reads the page cache size, 0 included', () => {
    expect(loadConfig({ PAGE_CACHE_MB: '0' }).PAGE_CACHE_MB).toBe(0);
    expect(loadConfig({ PAGE_CACHE_MB: '16' }).PAGE_CACHE_MB).toBe(16);
  });

  it('reads the allowed extension ids, comma-separated, and refuses anything that is not an id', () => {
    expect(loadConfig({}).EXTENSION_IDS).toBeUndefined();
    const ids = loadConfig({ EXTENSION_IDS: ' bifiekklpokolbppmhbbamblijambgch , aaaabbbbccccddddeeeeffffgggghhhh,' }).EXTENSION_IDS;
    expect(ids).toEqual(['bifiekklpokolbppmhbbamblijambgch', 'aaaabbbbccccddddeeeeffffgggghhhh']);
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    // A whole origin, an upper-case id and a Firefox UUID are all mistakes worth stopping for.
    for (const wrong of ['chrome-extension://bifiekklpokolbppmhbbamblijambgch', 'BIFIEKKLPOKOLBPPMHBBAMBLIJAMBGCH', '5c3a1f0e-9d2b-4c7a-8e6f-1a2b3c4d5e6f', ',']) {
      expect(() => loadConfig({ EXTENSION_IDS: wrong })).toThrow('exit 2');
    }
    expect(errors.length).toBeGreaterThanOrEqual(4);
    expect(errors.every((line) => line.includes('EXTENSION_IDS'))).toBe(true);
  });

  it('reads the reader hosts, comma-separated, and refuses what is not a host', () => {
    expect(loadConfig({}).READER_HOSTS).toBeUndefined();
    expect(loadConfig({ READER_HOSTS: ' rapporten.svmn.nl , intranet.gemeente.nl:8443,' }).READER_HOSTS).toEqual([
      { hostname: 'rapporten.svmn.nl', port: null },
      { hostname: 'intranet.gemeente.nl', port: '8443' },
    ]);
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    expect(() => loadConfig({ READER_HOSTS: 'rapporten.svmn.nl,https://svmn.nl/rapporten' })).toThrow('exit 2');
    expect(errors.join('\n')).toContain('https://svmn.nl/rapporten');
  });

  it('reads the cap on live streams, refusing 0 and words', () => {
    expect(loadConfig({}).EVENT_STREAMS_MAX).toBeUndefined();
    expect(loadConfig({ EVENT_STREAMS_MAX: '500' }).EVENT_STREAMS_MAX).toBe(500);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    expect(() => loadConfig({ EVENT_STREAMS_MAX: '0' })).toThrow('exit 2');
    expect(() => loadConfig({ EVENT_STREAMS_MAX: 'veel' })).toThrow('exit 2');
  });

  it('takes an empty value as not set, so it cannot turn a limit or the cache off unnoticed', () => {
    const config = loadConfig({ PAGE_CACHE_MB: '', RATE_LIMIT: ' ', PORT: '' });
    expect(config.PAGE_CACHE_MB).toBeUndefined();
    expect(config.RATE_LIMIT).toBe(600);
    expect(config.PORT).toBe(8787);
  });

  it('stops with the variable named when a value is wrong', () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    expect(() => loadConfig({ PAGE_CACHE_MB: 'veel', PORT: '70000' })).toThrow('exit 2');
    expect(errors.some((line) => line.includes('PAGE_CACHE_MB'))).toBe(true);
    expect(errors.some((line) => line.includes('PORT'))).toBe(true);
  });

  it('keeps no page cache when it is set to 0, and one of the size asked for otherwise', () => {
    const temp = createTempDir();
    const db = openDatabase(temp.dir);
    try {
      expect(createServiceContext({ db, events: createEventBus(), pageCacheBytes: 0 }).pages).toBeUndefined();
      const small = createServiceContext({ db, events: createEventBus(), pageCacheBytes: 1_000 }).pages!;
      small.set('https://www.svmn.nl/a.html', 'k', `"${'x'.repeat(500)}"`);
      expect(small.size().pages).toBe(1);
      small.set('https://www.svmn.nl/a.html', 'k', `"${'x'.repeat(1_000)}"`);
      expect(small.size().pages).toBe(0);
      expect(createServiceContext({ db, events: createEventBus() }).pages).toBeDefined();
      expect(DEFAULT_CACHE_BYTES).toBe(64 * 1024 * 1024); // what the README promises
    } finally {
      db.close();
      temp.remove();
    }
  });
});
