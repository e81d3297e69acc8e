import { describe, expect, it } from 'vitest';
import { executeCypher } from '../index.js';
import { graphWith, run } from '../test-helpers.js';

// Self-loop, parallel edges, both directions and several types: the cases a relationship scan
// must treat exactly as expanding each node's adjacency does.
const g = graphWith(`CREATE (a:P {n: 'a'}), (b:P {n: 'b'}), (c:Q {n: 'c'}),
  (a)-[:R {w: 1}]->(b), (a)-[:R {w: 2}]->(b), (b)-[:S {w: 3}]->(a), (c)-[:R {w: 4}]->(c), (b)-[:T {w: 5}]->(c)`);

function plansOf(query: string): string[] {
  const profile = { plans: [] as string[] };
  executeCypher(g, query, { profile });
  return profile.plans;
}

const sorted = (rows: unknown[][]): string[] =>
  rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))).sort();

describe('relationship scans', () => {
  const shapes = [
    '(x)-[r]->(y)',
    '(x)<-[r]-(y)',
    '(x)-[r]-(y)',
    '(x)-[r:R]-(y)',
    '(x)-[r:R|T]->(y)',
    '(x)-[r {w: 4}]-(y)',
  ];

  it.each(shapes)('match %s like an expansion from every node', (shape) => {
    const scan = `MATCH ${shape} RETURN x.n, r.w, y.n`;
    const expand = `MATCH (x) MATCH ${shape} RETURN x.n, r.w, y.n`;
    expect(plansOf(scan)[0]).toMatch(/relationship(s| type) scan/);
    expect(plansOf(expand)[1]).toBe('start at bound (x)');
    expect(sorted(run(g, scan))).toEqual(sorted(run(g, expand)));
  });

  it('starts an unlabelled single hop at the relationships and counts by type', () => {
    expect(plansOf('MATCH ()-[r]->() WHERE true RETURN type(r), count(*)')).toEqual(['all relationships scan']);
    // Without WHERE the count folds into one pass over the type index (executor/fold.ts).
    expect(plansOf('MATCH ()-[r]->() RETURN type(r), count(*)')).toEqual([
      'relationship scan (all types) folded into the aggregation, 3 types whole (counts, property columns)',
    ]);
    expect(run(g, 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c, sum(r.w) AS w ORDER BY t')).toEqual([
      ['R', 3n, 7n],
      ['S', 1n, 3n],
      ['T', 1n, 5n],
    ]);
    // Undirected: each relationship twice, a self-loop once.
    expect(run(g, 'MATCH ()-[r]-() RETURN count(*)')).toEqual([[9n]]);
  });

  it('keeps relationship uniqueness across the pattern', () => {
    expect(run(g, 'MATCH (x)-[r1]->(y)-[r2]->(z) RETURN count(*)')).toEqual([[7n]]);
    expect(run(g, "MATCH (c {n: 'c'})-[r1]-(c)-[r2]-(c) RETURN count(*)")).toEqual([[0n]]);
  });

  it('gives aggregation each row whole even though the matcher reuses its row', () => {
    const rows = run(
      g,
      'MATCH (x)-[r]->(y) WITH x.n AS from, collect(y.n) AS tos, count(*) AS c RETURN from, tos, c ORDER BY from',
    );
    expect(rows.map(([from, tos, c]) => [from, [...(tos as string[])].sort(), c])).toEqual([
      ['a', ['b', 'b'], 2n],
      ['b', ['a', 'c'], 2n],
      ['c', ['c'], 1n],
    ]);
    const [[first]] = run(g, 'MATCH (x:P)-[r]->(y) WITH x, count(r) AS c RETURN collect(x.n + c) AS xs') as [
      [string[]],
    ];
    expect([...first].sort()).toEqual(['a2', 'b2']);
  });
});
