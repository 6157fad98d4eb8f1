import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../../server/reader/address-policy';
import { isListedHost, parseReaderHost } from '../../../server/reader/reader-hosts';

describe('READER_HOSTS entries', () => {
  it.each([
    ['rapporten.svmn.nl', { hostname: 'rapporten.svmn.nl', port: null }],
    ['RAPPORTEN.svmn.nl', { hostname: 'rapporten.svmn.nl', port: null }],
    ['intranet.gemeente.nl:8443', { hostname: 'intranet.gemeente.nl', port: '8443' }],
    ['127.0.0.1:80', { hostname: '127.0.0.1', port: '80' }],
    ['[::1]', { hostname: '[::1]', port: null }],
    ['[::1]:8080', { hostname: '[::1]', port: '8080' }],
    ['bücher.example', { hostname: 'xn--bcher-kva.example', port: null }],
  ])('%s is read as %o', (entry, expected) => {
    expect(parseReaderHost(entry)).toEqual(expected);
  });

  it.each(['', 'https://svmn.nl', 'svmn.nl/rapporten', 'naam@svmn.nl', 'svmn.nl?x', 'svmn .nl'])('%j is no host entry', (entry) => {
    expect(parseReaderHost(entry)).toBeNull();
  });

  it('matches a URL by host, and by port where the entry has one', () => {
    const any = parseReaderHost('svmn.nl');
    const exact = parseReaderHost('svmn.nl:443');
    if (!any || !exact) throw new Error('entries should parse');
    expect(isListedHost(new URL('https://svmn.nl/rapport.pdf'), [any])).toBe(true);
    expect(isListedHost(new URL('http://svmn.nl:8080/'), [any])).toBe(true);
    expect(isListedHost(new URL('https://svmn.nl/'), [exact])).toBe(true);
    expect(isListedHost(new URL('http://svmn.nl/'), [exact])).toBe(false);
    expect(isListedHost(new URL('https://www.svmn.nl/'), [any])).toBe(false);
    expect(isListedHost(new URL('https://svmn.nl.evil.example/'), [any])).toBe(false);
  });
});

describe('which addresses count as public', () => {
  it.each([
    ['93.184.216.34', true],
    ['145.97.39.155', true],
    ['2a00:1450:4001:81d::200e', true],
    ['127.0.0.1', false],
    ['127.0.0.2', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['172.32.0.1', true],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:93.184.216.34', true],
    ['64:ff9b::a9fe:a9fe', false],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['ff02::1', false],
    ['2001:db8::1', false],
    ['localhost', false],
    ['not an address', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
