import { describe, expect, it } from 'vitest';
import { isSitePattern } from '../../../extension/lib/auto-run-sites';
import { requestServerAccess, serverAccessPattern, type PermissionRequester } from '../../../extension/lib/server-access';

function recorder(answer: boolean | Error): PermissionRequester & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    request: async ({ origins }) => {
      asked.push(origins);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}

describe('access to the server for the Firefox add-on', () => {
  it('asks for the API path of the server’s host, without the port', () => {
    expect(serverAccessPattern('https://kantlijn.woerden.nl')).toBe('https://kantlijn.woerden.nl/api/*');
    expect(serverAccessPattern('http://127.0.0.1:8787/')).toBe('http://127.0.0.1/api/*');
    expect(serverAccessPattern('https://[::1]:8787')).toBe('https://[::1]/api/*');
    expect(serverAccessPattern('ftp://kantlijn.example')).toBeNull();
    expect(serverAccessPattern('geen adres')).toBeNull();
  });

  it('never turns the server’s grant into a site where Kantlijn runs by itself', () => {
    expect(isSitePattern(serverAccessPattern('https://kantlijn.woerden.nl') ?? '')).toBe(false);
    expect(isSitePattern('https://kantlijn.woerden.nl/*')).toBe(true);
  });

  it('asks the browser in Firefox and passes on the user’s answer', async () => {
    const granted = recorder(true);
    expect(await requestServerAccess('https://kantlijn.woerden.nl:8443/pad', granted, true)).toBe(true);
    expect(granted.asked).toEqual([['https://kantlijn.woerden.nl/api/*']]);
    expect(await requestServerAccess('https://kantlijn.woerden.nl', recorder(false), true)).toBe(false);
    expect(await requestServerAccess('https://kantlijn.woerden.nl', recorder(new Error('not during a user action')), true)).toBe(false);
  });

  it('asks nothing in Chrome and Edge, where the server allows the fixed extension id', async () => {
    const never = recorder(false);
    expect(await requestServerAccess('https://kantlijn.woerden.nl', never, false)).toBe(true);
    expect(never.asked).toEqual([]);
  });

  it('refuses an address that is no web address, without asking', async () => {
    const never = recorder(true);
    expect(await requestServerAccess('javascript:alert(1)', never, true)).toBe(false);
    expect(never.asked).toEqual([]);
  });
});
