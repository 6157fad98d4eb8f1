import { createHash } from 'node:crypto';

/** JSON with the keys of every object sorted, so the same content always reads the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What recognises an imported item again: its id elsewhere when it has one, else a hash of its
 * whole content (key order aside), so a file without ids imported twice is still recognised.
 */
export function itemOrigin(foreignId: string | null, raw: unknown): string {
  if (foreignId) return foreignId;
  return `sha256:${createHash('sha256').update(stableJson(raw)).digest('hex')}`;
}
