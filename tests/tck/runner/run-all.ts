/** Runs a selection of TCK cases and tallies them per area; writes the failing list and results. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TckCase } from './cases.js';
import { runCase } from './run-case.js';
import type { CaseOutcome, RunContext } from './run-case.js';

export interface Tally {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
}

export interface TckSummary extends Tally {
  areas: Record<string, Tally>;
}

export interface CaseFilter {
  /** Only this area (e.g. `clauses/match`) or its sub-areas. */
  readonly area?: string;
  /** Only ids or scenario names containing this text (case-insensitive). */
  readonly grep?: string;
}

export function selectCases(cases: readonly TckCase[], filter: CaseFilter): TckCase[] {
  const grep = filter.grep?.toLowerCase();
  return cases.filter(
    (c) =>
      (filter.area === undefined || c.area === filter.area || c.area.startsWith(filter.area + '/')) &&
      (grep === undefined || c.id.toLowerCase().includes(grep) || c.name.toLowerCase().includes(grep)),
  );
}

export function runCases(cases: readonly TckCase[], ctx: RunContext): CaseOutcome[] {
  return cases.map((c) => runCase(c, ctx));
}

export function summarize(outcomes: readonly CaseOutcome[]): TckSummary {
  const summary: TckSummary = { total: 0, passed: 0, failed: 0, skipped: 0, areas: {} };
  for (const o of outcomes) {
    const area = (summary.areas[o.area] ??= { total: 0, passed: 0, failed: 0, skipped: 0 });
    for (const tally of [summary, area]) {
      tally.total++;
      tally[o.status]++;
    }
  }
  summary.areas = Object.fromEntries(Object.entries(summary.areas).sort(([a], [b]) => a.localeCompare(b)));
  return summary;
}

/** failing.txt: one failing case per line with its reason; results.json: summary and every outcome. */
export function writeReports(dir: string, summary: TckSummary, outcomes: readonly CaseOutcome[]): void {
  const failing = outcomes.filter((o) => o.status === 'failed').map((o) => `${o.id}\t${o.reason ?? ''}`);
  writeFileSync(join(dir, 'failing.txt'), failing.join('\n') + (failing.length ? '\n' : ''));
  const cases = outcomes.map((o) => ({
    id: o.id,
    status: o.status,
    ...(o.reason ? { reason: o.reason } : {}),
    ...(o.note ? { note: o.note } : {}),
  }));
  writeFileSync(join(dir, 'results.json'), JSON.stringify({ summary, cases }, null, 1) + '\n');
}

export function formatTable(summary: TckSummary): string {
  const rows = Object.entries(summary.areas).map(([area, t]) => [area, t] as const);
  rows.push(['total', summary]);
  const width = Math.max(...rows.map(([a]) => a.length));
  const pct = (t: Tally): string => (t.total === 0 ? '' : `${((100 * t.passed) / t.total).toFixed(1)}%`);
  const line = (a: string, cols: (string | number)[]): string =>
    a.padEnd(width) + cols.map((c) => String(c).padStart(8)).join('');
  return [
    line('area', ['total', 'passed', 'failed', 'skipped', 'pass%']),
    ...rows.map(([a, t]) => line(a, [t.total, t.passed, t.failed, t.skipped, pct(t)])),
  ].join('\n');
}
