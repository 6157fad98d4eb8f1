import { describe, expect, it } from 'vitest';
import { serverAddressOf } from '../../../extension/lib/server-address';

describe('serverAddressOf', () => {
  it.each([
    ['a full address', 'https://kantlijn.utrecht.nl', 'https://kantlijn.utrecht.nl'],
    ['an address with a trailing slash and spaces', '  https://kantlijn.utrecht.nl/  ', 'https://kantlijn.utrecht.nl'],
    ['an address without https://', 'kantlijn.utrecht.nl', 'https://kantlijn.utrecht.nl'],
    ['the whole invitation link', 'https://kantlijn.utrecht.nl/uitnodiging/AbCdEfGhIjKlMnOpQrStUv', 'https://kantlijn.utrecht.nl'],
    ['a loopback address without scheme', '127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['localhost without scheme', 'localhost:8787', 'http://localhost:8787'],
    ['plain http kept as typed', 'http://kantlijn.test:8080/', 'http://kantlijn.test:8080'],
    ['an IPv6 loopback', 'http://[::1]:8787', 'http://[::1]:8787'],
  ])('reads %s', (_name, input, expected) => {
    expect(serverAddressOf(input)).toBe(expected);
  });

  it.each([
    ['nothing', ''],
    ['a sentence', 'mijn gemeente'],
    ['a bare word', 'kantlijn'],
    ['a javascript: link', 'javascript:alert(1)'],
    ['an ftp address', 'ftp://kantlijn.utrecht.nl'],
  ])('refuses %s', (_name, input) => {
    expect(serverAddressOf(input)).toBeNull();
  });
});
