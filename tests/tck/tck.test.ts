/**
 * The whole openCypher TCK against the engine. Fails when the pass count drops below the floor;
 * raise the floors as the engine improves (`npm run -s tck -- --json` prints the current figures).
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadCases } from './runner/cases.js';
import { loadEngine } from './runner/engine.js';
import { runCases, summarize } from './runner/run-all.js';

const TCK_DIR = dirname(fileURLToPath(import.meta.url));

/** Total passed cases (of 3,897) must not fall below this (measured 2026-11-28: 3,896; 1 case is tagged @ignore). */
const PASSED_FLOOR = 3896;

/** Areas at 90% or more: passed cases per area must not fall below these. */
const AREA_FLOORS: Record<string, number> = {
  'clauses/call': 52,
  'clauses/create': 78,
  'clauses/delete': 41,
  'clauses/match': 381,
  'clauses/match-where': 34,
  'clauses/merge': 75,
  'clauses/remove': 33,
  'clauses/return': 63,
  'clauses/return-orderby': 35,
  'clauses/return-skip-limit': 31,
  'clauses/set': 53,
  'clauses/union': 12,
  'clauses/unwind': 14,
  'clauses/with': 29,
  'clauses/with-orderBy': 292,
  'clauses/with-skip-limit': 9,
  'clauses/with-where': 19,
  'expressions/aggregation': 35,
  'expressions/boolean': 150,
  'expressions/comparison': 72,
  'expressions/conditional': 13,
  'expressions/existentialSubqueries': 10,
  'expressions/graph': 60,
  'expressions/list': 185,
  'expressions/literals': 131,
  'expressions/map': 44,
  'expressions/mathematical': 6,
  'expressions/null': 44,
  'expressions/path': 7,
  'expressions/pattern': 50,
  'expressions/precedence': 121,
  'expressions/quantifier': 604,
  'expressions/string': 32,
  'expressions/temporal': 1004,
  'expressions/typeConversion': 47,
  'useCases/countingSubgraphMatches': 11,
  'useCases/triadicSelection': 19,
};

describe('openCypher TCK', () => {
  it('keeps its pass count at or above the floors', async () => {
    const cases = loadCases(join(TCK_DIR, 'features'));
    expect(cases.length).toBe(3897);
    const { execute, problem } = await loadEngine();
    expect(problem).toBeUndefined();
    // A generous per-case timeout: this test guards correctness, and CI machines may be busy.
    const summary = summarize(runCases(cases, { execute, tckDir: TCK_DIR, timeoutMs: 10_000 }));
    expect(summary.total).toBe(3897);
    expect(summary.passed).toBeGreaterThanOrEqual(PASSED_FLOOR);
    const belowFloor = Object.entries(AREA_FLOORS)
      .filter(([area, floor]) => (summary.areas[area]?.passed ?? 0) < floor)
      .map(([area, floor]) => `${area}: ${summary.areas[area]?.passed ?? 0} passed, floor ${floor}`);
    expect(belowFloor).toEqual([]);
  }, 120_000);
});
