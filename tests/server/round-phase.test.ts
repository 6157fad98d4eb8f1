import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Round } from '../../server/db/rounds-repository';
import { roundPhase, type RoundPhase } from '../../server/services/round-phase';
import { createTestApp, type TestApp } from '../helpers/test-app';

const ROUND: Round = {
  id: 'ronde-1',
  title: 'Voorjaar',
  taxonomyVersion: 1,
  opensAt: '2025-03-01T09:00:00.000Z',
  closesAt: '2025-04-01T09:00:00.000Z',
  createdAt: '2025-02-01T09:00:00.000Z',
};

const MOMENTS: [string, RoundPhase][] = [
  ['2025-02-28T09:00:00.000Z', 'planned'],
  ['2025-03-01T08:59:59.999Z', 'planned'],
  ['2025-03-01T09:00:00.000Z', 'open'],
  ['2025-03-15T12:00:00.000Z', 'open'],
  ['2025-04-01T08:59:59.999Z', 'open'],
  ['2025-04-01T09:00:00.000Z', 'closed'],
  ['2026-01-01T00:00:00.000Z', 'closed'],
];

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
  app.db.rounds.insert(ROUND);
});
afterAll(() => app.close());

describe('the phase of a review round', () => {
  it.each(MOMENTS)('at %s it is %s', (at, phase) => {
    expect(roundPhase(ROUND, at)).toBe(phase);
  });

  it.each(MOMENTS)('the SQL form (rounds.openAt) agrees at %s', (at, phase) => {
    expect(app.db.rounds.openAt(at)?.id ?? null).toBe(phase === 'open' ? ROUND.id : null);
  });
});
