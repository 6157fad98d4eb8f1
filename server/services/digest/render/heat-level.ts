/**
 * The heat-map step of a count, shared by the dashboard's matrix and every digest format: 0 only
 * for a true zero, else 1–4 by its share of the largest count (so the largest is always 4).
 */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}
