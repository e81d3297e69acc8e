import { describe, expect, it } from 'vitest';
import { createPropertyGraph, type PropertyGraph } from '../graph/property-graph.js';
import { executeCypher } from './index.js';
import { errorOf } from './test-helpers.js';

/** A complete directed graph: the number of paths explodes with length. */
function dense(n: number): PropertyGraph {
  const g = createPropertyGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { labels: ['N'], properties: { i: BigInt(i) } });
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (i !== j) g.addEdgeWithKey(`e${i}-${j}`, `n${i}`, `n${j}`, { type: 'R', properties: {} });
  return g;
}

describe('limits', () => {
  it('stops a runaway variable-length match with a Timeout error', () => {
    const g = dense(12);
    const started = Date.now();
    const err = errorOf(() => executeCypher(g, 'MATCH p = (a)-[*]->(b) RETURN count(p)', { timeoutMs: 200 }));
    expect(err).toMatchObject({ code: 'Timeout', phase: 'runtime' });
    expect(err.message).toMatch(/200 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses results beyond maxRows', () => {
    const g = dense(5);
    expect(errorOf(() => executeCypher(g, 'UNWIND range(1, 100) AS x RETURN x', { maxRows: 50 }))).toMatchObject({
      code: 'RowLimit',
    });
    expect(errorOf(() => executeCypher(g, 'MATCH (a)-->(b) RETURN a, b ORDER BY a.i', { maxRows: 10 }))).toMatchObject({
      code: 'RowLimit',
    });
    expect(executeCypher(g, 'MATCH (a)-->(b) RETURN count(*)', { maxRows: 10 }).rows).toEqual([[20n]]);
  });

  it('refuses a range too long to build, with a Cypher error', () => {
    const err = errorOf(() => executeCypher(createPropertyGraph(), 'RETURN range(1, 100000000)'));
    expect(err.code).toBe('ArgumentError');
  });
});
