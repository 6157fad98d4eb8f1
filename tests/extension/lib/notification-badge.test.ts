import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../extension/lib/notification-badge';

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [1, '1'],
    [42, '42'],
    [99, '99'],
    [100, '99+'],
    [12_345, '99+'],
  ])('shows %i unread as "%s"', (unread, text) => {
    expect(badgeText(unread)).toBe(text);
  });
});
