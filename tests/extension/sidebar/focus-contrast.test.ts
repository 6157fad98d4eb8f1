import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(path.resolve(import.meta.dirname, '../../../extension/ui/styles.css'), 'utf8');

/** The value of a CSS custom property as styles.css declares it. */
function customProperty(name: string): string {
  const match = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})\\s*;`).exec(CSS);
  if (!match) throw new Error(`${name} not declared as #rrggbb in styles.css`);
  return match[1]!;
}

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.1 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('the sidebar’s focus ring', () => {
  it('is used for the sidebar and its button', () => {
    expect(CSS).toMatch(/\.sidebar :focus-visible\s*\{[^}]*outline: 3px solid var\(--kantlijn-focus\)/);
  });

  it('has at least 3:1 against white and against the sidebar’s background (WCAG 1.4.11)', () => {
    const focus = customProperty('--kantlijn-focus');
    expect(contrast(focus, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(focus, customProperty('--kantlijn-sidebar-bg'))).toBeGreaterThanOrEqual(3);
    // The amber ring it replaces failed: the check can tell.
    expect(contrast('#ffb612', '#ffffff')).toBeLessThan(3);
  });
});
