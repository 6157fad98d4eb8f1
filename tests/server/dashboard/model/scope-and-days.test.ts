import { describe, expect, it } from 'vitest';
import { heatLevel } from '../../../../server/services/digest/render/heat-level';
import { readScope, toDigestQuery, withScope } from '../../../../server/dashboard/model/digest-scope';
import { endOfDutchDay, isCalendarDay, startOfDutchDay } from '../../../../server/dashboard/model/dutch-days';

describe('Dutch days as instants', () => {
  it('starts and ends days at Dutch midnight, across both daylight-saving switches', () => {
    expect(startOfDutchDay('2025-01-15')).toBe('2025-01-14T23:00:00.000Z');
    expect(startOfDutchDay('2025-07-01')).toBe('2025-06-30T22:00:00.000Z');
    // 30 March 2025 has 23 hours, 26 October 2025 has 25.
    expect([startOfDutchDay('2025-03-30'), endOfDutchDay('2025-03-30')]).toEqual(['2025-03-29T23:00:00.000Z', '2025-03-30T22:00:00.000Z']);
    expect([startOfDutchDay('2025-10-26'), endOfDutchDay('2025-10-26')]).toEqual(['2025-10-25T22:00:00.000Z', '2025-10-26T23:00:00.000Z']);
    expect(endOfDutchDay('2024-12-31')).toBe('2024-12-31T23:00:00.000Z');
  });

  it('accepts only real calendar days', () => {
    expect(['2024-02-29', '1900-01-01'].map(isCalendarDay)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '25-01-01', '2025-1-1', '', '2025-01-01T00:00'].map(isCalendarDay)).toEqual([false, false, false, false, false, false]);
  });
});

describe('the scope of a dashboard page', () => {
  it('reads round and period, and turns the inclusive days into the digest’s half-open period', () => {
    const { scope, errors } = readScope({ ronde: 'r1', van: '2025-03-01', tot: '2025-03-31' });
    expect(errors).toEqual([]);
    expect(toDigestQuery(scope, 'docx', true)).toEqual({
      format: 'docx',
      round: 'r1',
      from: '2025-02-28T23:00:00.000Z',
      to: '2025-03-31T22:00:00.000Z',
      pseudonymise: true,
    });
    expect(withScope('/dashboard/download', scope, { formaat: 'md' })).toBe('/dashboard/download?ronde=r1&van=2025-03-01&tot=2025-03-31&formaat=md');
  });

  it('drops what is invalid and says why, instead of failing', () => {
    expect(readScope({ van: 'gisteren' })).toEqual({ scope: { roundId: null, from: null, to: null }, errors: [expect.stringContaining('geen geldige datum')] });
    const reversed = readScope({ van: '2025-04-01', tot: '2025-03-01' });
    expect(reversed.scope).toEqual({ roundId: null, from: null, to: null });
    expect(reversed.errors[0]).toContain('ligt na');
    expect(readScope({ ronde: 'x'.repeat(65) }).scope.roundId).toBeNull();
  });
});

describe('heat levels', () => {
  it('keeps level 0 for true zeros only and spreads the rest over 1–4', () => {
    expect([0, 1, 2, 3, 4, 8].map((count) => heatLevel(count, 8))).toEqual([0, 1, 1, 2, 2, 4]);
    expect(heatLevel(1, 100)).toBe(1);
    expect(heatLevel(0, 0)).toBe(0);
  });
});
