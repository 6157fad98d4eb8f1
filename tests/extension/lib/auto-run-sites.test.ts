import { describe, expect, it } from 'vitest';
import { sitePattern, syncAutoRunSites, type AutoRunApi } from '../../../extension/lib/auto-run-sites';

function fakeApi(granted: string[], registered: string[] | null) {
  const calls: string[] = [];
  let current = registered;
  const api: AutoRunApi = {
    grantedOrigins: async () => [...granted, 'http://127.0.0.1/*'],
    staticPatterns: () => ['http://127.0.0.1/*'],
    registeredMatches: async () => current,
    register: async (matches) => {
      calls.push(`register ${matches.join(' ')}`);
      current = matches;
    },
    update: async (matches) => {
      calls.push(`update ${matches.join(' ')}`);
      current = matches;
    },
    unregister: async () => {
      calls.push('unregister');
      current = null;
    },
  };
  return { api, calls };
}

describe('syncAutoRunSites', () => {
  it.each([
    ['nothing granted, nothing registered', [], null, [], []],
    ['a first grant registers', ['https://www.svmn.nl/*'], null, ['https://www.svmn.nl/*'], ['register https://www.svmn.nl/*']],
    ['a new grant updates', ['https://www.svmn.nl/*', 'https://raad.woerden.nl/*'], ['https://www.svmn.nl/*'], ['https://raad.woerden.nl/*', 'https://www.svmn.nl/*'], ['update https://raad.woerden.nl/* https://www.svmn.nl/*']],
    ['the same grants change nothing', ['https://www.svmn.nl/*'], ['https://www.svmn.nl/*'], ['https://www.svmn.nl/*'], []],
    ['a revoked last grant unregisters', [], ['https://www.svmn.nl/*'], [], ['unregister']],
    ['broad grants never mean running everywhere', ['http://*/*', 'https://*/*', '<all_urls>'], null, [], []],
    ['a wildcard subdomain is a site', ['https://*.utrecht.nl/*'], null, ['https://*.utrecht.nl/*'], ['register https://*.utrecht.nl/*']],
  ])('%s', async (_name, granted, registered, expected, expectedCalls) => {
    const { api, calls } = fakeApi(granted, registered);
    expect(await syncAutoRunSites(api)).toEqual(expected);
    expect(calls).toEqual(expectedCalls);
  });
});

describe('sitePattern', () => {
  it.each([
    ['www.svmn.nl', 'https://www.svmn.nl/*'],
    ['https://raad.woerden.nl/documenten/123', 'https://raad.woerden.nl/*'],
    ['http://localhost:5173/rapport', 'http://localhost:5173/*'],
    ['geen site', null],
    ['intranet', null],
  ])('%s → %s', (input, expected) => {
    expect(sitePattern(input)).toBe(expected);
  });
});
