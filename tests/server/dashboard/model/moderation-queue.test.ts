import { afterEach, describe, expect, it } from 'vitest';
import { loadModerationQueue, RECENT_LIMIT } from '../../../../server/dashboard/model/moderation-queue';
import { createEventBus } from '../../../../server/services/event-bus';
import { createTestApp, sampleAnnotation, type TestApp } from '../../../helpers/test-app';

let app: TestApp | undefined;
afterEach(() => app?.close());

describe('loadModerationQueue', () => {
  it('shows the newest shared annotations newest first, the hidden ones apart, and no private notes', async () => {
    let minute = 0;
    app = createTestApp({ clock: () => new Date(Date.UTC(2026, 10, 1, 9, minute++)) });
    const author = app.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
    const secretariatToken = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
    const ids: string[] = [];
    for (let i = 0; i < RECENT_LIMIT + 20; i++) {
      const response = await app.request('/api/annotations', { method: 'POST', token: author, json: sampleAnnotation('https://svmn.nl/r.html', { body: [{ type: 'TextualBody', value: `opmerking ${i}` }] }) });
      ids.push(((await response.json()) as { id: string }).id);
    }
    await app.request('/api/annotations', { method: 'POST', token: author, json: sampleAnnotation('https://svmn.nl/r.html', { visibility: 'private', body: [{ type: 'TextualBody', value: 'privé' }] }) });
    for (const id of [ids[3]!, ids[7]!]) {
      await app.request(`/api/annotations/${encodeURIComponent(id)}/hide`, { method: 'POST', token: secretariatToken, json: { reason: 'test' } });
    }
    const moderator = app.db.users.all().find((user) => user.role === 'secretariat' && user.name === 'Sanne')!;
    const queue = loadModerationQueue({ db: app.db, events: createEventBus(), now: () => new Date() }, moderator);
    expect(queue.recent).toHaveLength(RECENT_LIMIT);
    expect(queue.recent[0]!.text).toBe(`opmerking ${RECENT_LIMIT + 19}`);
    expect(queue.recent.map((item) => item.text)).not.toContain('privé');
    expect(queue.hidden.map((item) => item.text)).toEqual(['opmerking 7', 'opmerking 3']);
  });
});
