import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { matchQuote } from '../../shared/anchoring/text-quote';
import { seedDemo } from '../../server/demo/demo-data';
import { createEventBus } from '../../server/services/event-bus';
import { createTestApp, type TestApp } from '../helpers/test-app';

const REPORT = path.resolve(import.meta.dirname, '../../server/demo/reports/voortgangsrapportage-demo.html');
let app: TestApp | undefined;
afterEach(() => app?.close());

describe('the demo data', () => {
  it('makes a user per role, an open round, and remarks whose passages are in the demo report', async () => {
    app = createTestApp();
    const context = { db: app.db, events: createEventBus(), now: () => new Date() };
    const people = seedDemo(app.db, context, 'http://127.0.0.1:9/voortgangsrapportage-demo.html');
    const roles = await Promise.all(
      Object.values(people).map(async (token) => ((await (await app!.request('/api/me', { token })).json()) as { role: string }).role),
    );
    expect(roles.sort()).toEqual(['councillor', 'partner', 'respondent', 'secretariat']);
    const rounds = (await (await app.request('/api/rounds', { token: people.partner })).json()) as { items: { open: boolean }[] };
    expect(rounds.items.map((round) => round.open)).toEqual([true]);

    const documents = (await (await app.request('/api/documents', { token: people.councillor })).json()) as { items: { title: string; urls: string[] }[] };
    expect(documents.items.map((document) => [document.title, document.urls])).toEqual([
      ['Voortgangsrapportage Veranderagenda, najaar (demo)', ['http://127.0.0.1:9/voortgangsrapportage-demo.html']],
    ]);

    const listed = await app.request(`/api/annotations?source=${encodeURIComponent('http://127.0.0.1:9/voortgangsrapportage-demo.html')}`, { token: people.partner });
    const items = ((await listed.json()) as { items: { target: { selector: { exact: string }[] }; round?: string }[] }).items;
    expect(items).toHaveLength(3);
    const pageText = readFileSync(REPORT, 'utf8').replace(/<[^>]+>/g, ' ');
    for (const item of items) {
      expect(item.round).toBeDefined();
      expect(matchQuote(pageText, item.target.selector[0]!)).not.toBeNull();
    }
  });
});
