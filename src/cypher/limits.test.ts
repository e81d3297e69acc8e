import { describe, expect, it } from 'vitest';
import { createPropertyGraph, type PropertyGraph } from '../graph/property-graph.js';
import { executeCypher } from './index.js';
import { errorOf } from './test-helpers.js';
import { enableLinearRegexFallback } from './node-runtime.js';

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

describe('the time budget inside expressions', () => {
  const empty = createPropertyGraph();
  const timesOut = (query: string) => {
    const started = Date.now();
    const err = errorOf(() => executeCypher(empty, query, { timeoutMs: 300 }));
    expect(err).toMatchObject({ code: 'Timeout', phase: 'runtime' });
    // Generous: the point is that it stops at all (these ran for a minute before).
    expect(Date.now() - started).toBeLessThan(10_000);
  };

  it('stops a reduce that grows a list quadratically', () => {
    timesOut('RETURN size(reduce(acc = [], x IN range(1, 100000) | acc + [x])) AS n');
  });

  it('stops a reduce that grows a string', () => {
    timesOut("RETURN size(reduce(s = '', x IN range(1, 5000000) | s + toString(x))) AS n");
  });

  it('stops a huge list comprehension and a huge range', () => {
    timesOut('WITH range(1, 9000000) AS r UNWIND range(1, 50) AS i RETURN size([x IN r | x * 2]) AS n');
    timesOut('UNWIND range(1, 50) AS i RETURN size(range(1, 9000000)) AS n');
  });

  it('stops quantifiers over long lists', () => {
    timesOut('WITH range(1, 9000000) AS r UNWIND range(1, 50) AS i RETURN all(x IN r WHERE x > 0) AS ok');
  });
});

describe('the row limit caps collect()', () => {
  it('refuses to collect more values than the row limit', () => {
    const err = errorOf(() =>
      executeCypher(createPropertyGraph(), 'UNWIND range(1, 100) AS x RETURN collect(x) AS xs', { maxRows: 50 }),
    );
    expect(err).toMatchObject({ code: 'RowLimit' });
    expect(err.message).toMatch(/collect\(\)/);
  });

  it('lets a collect() within the limit through', () => {
    const result = executeCypher(createPropertyGraph(), 'UNWIND range(1, 50) AS x RETURN size(collect(x)) AS n', {
      maxRows: 50,
    });
    expect(result.rows).toEqual([[50n]]);
  });
});

describe('regular expressions', () => {
  it('answers a catastrophically backtracking pattern at once (linear fallback)', () => {
    enableLinearRegexFallback();
    const subject = 'a'.repeat(40) + '!';
    const result = executeCypher(createPropertyGraph(), 'RETURN $s =~ $p AS m', {
      params: { s: subject, p: '(a+)+b' },
      timeoutMs: 300,
    });
    expect(result.rows).toEqual([[false]]);
  });

  it('keeps Unicode semantics where they matter', () => {
    const rows = executeCypher(
      createPropertyGraph(),
      "RETURN '😀' =~ '.' AS astral, 'é' =~ '\\\\p{L}' AS letter, 'ABC' =~ '(?i)abc' AS folded, 'ab' =~ 'a.' AS plain",
    ).rows;
    expect(rows).toEqual([[true, true, true, true]]);
  });
});
