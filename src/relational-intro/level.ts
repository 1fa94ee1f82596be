// Apart from heading.ts (which imports Lit), so the prerender entry can use it without carrying Lit.

/** `heading-level` as given (number, numeric string, garbage) to 1-6; unusable values give 2. */
export function clampLevel(value: unknown): number {
  let n;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.trim()) n = Number(value);
  else n = Number.NaN;
  return Number.isFinite(n) ? Math.min(6, Math.max(1, Math.trunc(n))) : 2;
}
