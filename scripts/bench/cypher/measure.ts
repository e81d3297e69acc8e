/** Medians and answer normalisation shared by the bench and its peers. */
import type { Answer } from './queries.js';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  const v = s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  return Math.round(v * 1000) / 1000;
}

/** Rows as plain strings and numbers (floats to 6 significant digits), sorted, so systems compare equal. */
export function normalise(rows: unknown[][]): Answer {
  const cell = (v: unknown): string | number | null => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'bigint') return Number(v);
    if (typeof v === 'number') return Number.isInteger(v) ? v : Number(v.toPrecision(6));
    return String(v);
  };
  return rows.map((r) => r.map(cell)).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}
