import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetchCache } from '../../../server/reader/fetch-cache';
import type { FetchOutcome, ResolvedAddress, Resolver } from '../../../server/reader/fetch-types';
import { DEFAULT_LIMITS, MAX_HTML_BYTES, MAX_PDF_BYTES, MAX_REDIRECTS } from '../../../server/reader/document-limits';
import { parseReaderHost, type ReaderHost } from '../../../server/reader/reader-hosts';
import { createSafeFetcher, type SafeFetcherOptions } from '../../../server/reader/safe-fetch';
import { startLoopbackSite, type LoopbackSite } from './loopback-site';

// Every target is a loopback address: 127.0.0.1 plays the listed host, 127.0.0.2 one that is not.
let listed: LoopbackSite;
let unlisted: LoopbackSite;

beforeAll(async () => {
  listed = await startLoopbackSite('127.0.0.1');
  unlisted = await startLoopbackSite('127.0.0.2');
});
afterAll(async () => {
  await listed.close();
  await unlisted.close();
});

function hosts(...entries: string[]): ReaderHost[] {
  return entries.map((entry) => {
    const host = parseReaderHost(entry);
    if (!host) throw new Error(`bad entry ${entry}`);
    return host;
  });
}

/** A resolver answering from a table, counting the questions; names not in it do not resolve. */
function tableResolver(table: Record<string, readonly ResolvedAddress[] | (() => readonly ResolvedAddress[])>) {
  const asked: string[] = [];
  const resolve: Resolver = (hostname) => {
    asked.push(hostname);
    const entry = table[hostname];
    return Promise.resolve(typeof entry === 'function' ? entry() : (entry ?? []));
  };
  return { resolve, asked };
}

function v4(address: string): ResolvedAddress {
  return { address, family: 4 };
}

function fetcher(overrides: Partial<SafeFetcherOptions> = {}) {
  // A resolver that knows no names, so nothing can fall back on the system's.
  return createSafeFetcher({ readerHosts: hosts('127.0.0.1'), isRegisteredUrl: () => false, resolve: tableResolver({}).resolve, ...overrides });
}

function refusal(outcome: FetchOutcome) {
  return outcome.ok ? 'fetched' : outcome.reason;
}

describe('which URLs the reader fetches', () => {
  it('fetches an HTML page from a listed host, with its kind and charset', async () => {
    const outcome = await fetcher().fetch(`${listed.origin}/rapport.html`);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.document.kind).toBe('html');
    expect(outcome.document.charset).toBe('utf-8');
    expect(outcome.document.body.toString('utf8')).toContain('Voortgang van de veranderagenda');
  });

  it('refuses a loopback address that is not listed without connecting to it; listing it lets it through', async () => {
    const before = unlisted.requests.length;
    expect(refusal(await fetcher().fetch(`${unlisted.origin}/rapport.html`))).toBe('not_allowed');
    expect(unlisted.requests.length).toBe(before);
    // Positive control: the same site answers once its host is listed.
    const allowed = await fetcher({ readerHosts: hosts('127.0.0.1', '127.0.0.2') }).fetch(`${unlisted.origin}/rapport.html`);
    expect(refusal(allowed)).toBe('fetched');
    expect(unlisted.requests.length).toBe(before + 1);
  });

  it('honours the port of a host:port entry', async () => {
    const exact = fetcher({ readerHosts: hosts(`127.0.0.2:${unlisted.port}`) });
    expect(refusal(await exact.fetch(`${unlisted.origin}/rapport.html`))).toBe('fetched');
    const other = fetcher({ readerHosts: hosts(`127.0.0.2:${unlisted.port + 1}`) });
    expect(refusal(await other.fetch(`${unlisted.origin}/rapport.html`))).toBe('not_allowed');
  });

  it('refuses a registered document whose address is private, and asks nothing of it', async () => {
    const url = `${unlisted.origin}/rapport.html`;
    const before = unlisted.requests.length;
    const outcome = await fetcher({ isRegisteredUrl: (given) => given === url }).fetch(url);
    expect(refusal(outcome)).toBe('private_address');
    expect(unlisted.requests.length).toBe(before);
  });

  it('resolves a registered name first and refuses it when any of its addresses is private', async () => {
    const names = tableResolver({ 'rapport.test': [v4('127.0.0.2')], 'gemengd.test': [v4('93.184.216.34'), v4('127.0.0.2')] });
    const registered = fetcher({ resolve: names.resolve, isRegisteredUrl: () => true });
    const before = unlisted.requests.length;
    expect(refusal(await registered.fetch(`http://rapport.test:${unlisted.port}/rapport.html`))).toBe('private_address');
    expect(refusal(await registered.fetch(`http://gemengd.test:${unlisted.port}/rapport.html`))).toBe('private_address');
    expect(names.asked).toEqual(['rapport.test', 'gemengd.test']);
    expect(unlisted.requests.length).toBe(before);
  });

  it('answers unresolvable for a name that does not resolve', async () => {
    const registered = fetcher({ isRegisteredUrl: () => true, readerHosts: hosts('nergens.test') });
    expect(refusal(await registered.fetch('http://nergens.test/rapport.html'))).toBe('unresolvable');
  });

  it('fetches from a listed name at its private address, connecting to the address it checked', async () => {
    // The name resolves once to 127.0.0.1 and would answer 127.0.0.2 afterwards: the connection
    // must go where the check looked (no DNS rebinding), and the name is asked only once.
    let answers = 0;
    const names = tableResolver({ 'intranet.test': () => (answers++ === 0 ? [v4('127.0.0.1')] : [v4('127.0.0.2')]) });
    const before = { listed: listed.requests.length, unlisted: unlisted.requests.length };
    const outcome = await fetcher({ readerHosts: hosts('intranet.test'), resolve: names.resolve }).fetch(`http://intranet.test:${listed.port}/rapport.html`);
    expect(refusal(outcome)).toBe('fetched');
    expect(names.asked).toEqual(['intranet.test']);
    expect(listed.requests.length).toBe(before.listed + 1);
    expect(listed.requests.at(-1)?.host).toBe(`intranet.test:${listed.port}`);
    expect(unlisted.requests.length).toBe(before.unlisted);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'ftp://127.0.0.1/rapport.pdf', 'geen adres', 'http://naam:geheim@127.0.0.1/rapport.html'])(
    'refuses %s as no URL it can fetch',
    async (url) => {
      expect(refusal(await fetcher().fetch(url))).toBe('invalid_url');
    },
  );
});

describe('redirects', () => {
  it(`follows ${MAX_REDIRECTS} redirects and no more`, async () => {
    const outcome = await fetcher().fetch(`${listed.origin}/redirect/${MAX_REDIRECTS - 1}`);
    expect(refusal(outcome)).toBe('fetched');
    if (outcome.ok) {
      expect(outcome.document.finalUrl).toBe(`${listed.origin}/rapport.html`);
      expect(outcome.document.requestedUrl).toBe(`${listed.origin}/redirect/${MAX_REDIRECTS - 1}`);
    }
    expect(refusal(await fetcher().fetch(`${listed.origin}/redirect/${MAX_REDIRECTS}`))).toBe('too_many_redirects');
  });

  it('checks every redirect as it checks the first URL', async () => {
    const before = unlisted.requests.length;
    const toUnlisted = `${listed.origin}/redirect-to?url=${encodeURIComponent(`${unlisted.origin}/rapport.html`)}`;
    expect(refusal(await fetcher().fetch(toUnlisted))).toBe('not_allowed');
    // A registered URL reached by a redirect still has its address checked.
    const names = tableResolver({ 'ander.test': [v4('127.0.0.2')] });
    const target = `http://ander.test:${unlisted.port}/rapport.html`;
    const viaName = `${listed.origin}/redirect-to?url=${encodeURIComponent(target)}`;
    expect(refusal(await fetcher({ resolve: names.resolve, isRegisteredUrl: (url) => url === target }).fetch(viaName))).toBe('private_address');
    expect(names.asked).toEqual(['ander.test']);
    expect(refusal(await fetcher().fetch(`${listed.origin}/redirect-to?url=${encodeURIComponent('file:///etc/passwd')}`))).toBe('invalid_url');
    expect(unlisted.requests.length).toBe(before);
  });
});

describe('what comes back', () => {
  it.each([
    ['/rapport.pdf', 'fetched'],
    ['/download', 'fetched'],
    ['/not-a-pdf', 'unsupported_type'],
    ['/plain.txt', 'unsupported_type'],
    ['/no-type', 'unsupported_type'],
    ['/missing', 'upstream_status'],
  ])('%s → %s', async (path, expected) => {
    const outcome = await fetcher().fetch(`${listed.origin}${path}`);
    expect(refusal(outcome)).toBe(expected);
    if (outcome.ok) expect(outcome.document.kind).toBe('pdf');
  });

  it('caps the size while streaming and by the declared length', async () => {
    const small = fetcher({ limits: { maxHtmlBytes: 10_000, maxPdfBytes: 10_000 } });
    expect(refusal(await small.fetch(`${listed.origin}/big.html`))).toBe('too_large');
    expect(refusal(await small.fetch(`${listed.origin}/rapport.html`))).toBe('fetched');
    expect(refusal(await fetcher().fetch(`${listed.origin}/big-declared.pdf`))).toBe('too_large');
    expect(refusal(await fetcher().fetch(`${listed.origin}/big.html`))).toBe('fetched');
  });

  it('keeps the limits the reader promises', () => {
    expect(MAX_PDF_BYTES).toBe(50 * 1024 * 1024);
    expect(MAX_HTML_BYTES).toBe(5 * 1024 * 1024);
    expect(DEFAULT_LIMITS.maxRedirects).toBe(3);
    expect(DEFAULT_LIMITS.timeoutMs).toBeGreaterThan(0);
  });

  it('gives up at the time cap, whether the site or the resolver is slow', async () => {
    const quick = fetcher({ limits: { timeoutMs: 300 } });
    expect(refusal(await quick.fetch(`${listed.origin}/slow`))).toBe('timeout');
    const stuck: Resolver = () => new Promise(() => undefined);
    expect(refusal(await fetcher({ limits: { timeoutMs: 300 }, resolve: stuck, readerHosts: hosts('traag.test') }).fetch('http://traag.test/'))).toBe('timeout');
  });
});

describe('the short cache', () => {
  it('serves a second read from memory until it expires, and still checks the URL on every read', async () => {
    let time = 1_000_000;
    const now = () => time;
    const readerHosts = hosts('127.0.0.1');
    const cached = fetcher({ readerHosts, now, cache: createFetchCache(now, 60_000) });
    const url = `${listed.origin}/rapport.html?cache`;
    const count = () => listed.requests.filter((request) => request.path === '/rapport.html?cache').length;
    const before = count();
    expect(refusal(await cached.fetch(url))).toBe('fetched');
    expect(refusal(await cached.fetch(url))).toBe('fetched');
    expect(count()).toBe(before + 1);
    // The host taken off the list: the copy in memory does not stand in for the check.
    const entry = readerHosts.pop();
    expect(refusal(await cached.fetch(url))).toBe('not_allowed');
    if (entry) readerHosts.push(entry);
    time += 60_001;
    expect(refusal(await cached.fetch(url))).toBe('fetched');
    expect(count()).toBe(before + 2);
  });

  it('fetches once for readers asking at the same moment', async () => {
    const shared = fetcher();
    const url = `${listed.origin}/rapport.html?together`;
    const outcomes = await Promise.all([shared.fetch(url), shared.fetch(url), shared.fetch(url)]);
    expect(outcomes.map(refusal)).toEqual(['fetched', 'fetched', 'fetched']);
    expect(listed.requests.filter((request) => request.path === '/rapport.html?together').length).toBe(1);
  });
});
