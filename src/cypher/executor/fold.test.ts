import { describe, expect, it } from 'vitest';
import { createPropertyGraph, type PropertyGraph } from '../../graph/property-graph.js';
import { executeCypher } from '../index.js';
import { graphWith, run } from '../test-helpers.js';
import type { PlanNode } from '../values.js';

// Floats to 12 digits: the fold visits relationships in another order, so sums may differ in the last bits.
const sorted = (rows: unknown[][]): string[] =>
  rows
    .map((r) =>
      JSON.stringify(r, (_k, v: unknown) =>
        typeof v === 'bigint' ? `${v}n` : typeof v === 'number' ? Number(v.toPrecision(12)) : v,
      ),
    )
    .sort();

/** The MATCH operator's details under PROFILE: says whether (and how) the aggregation was folded. */
function matchDetails(g: PropertyGraph, query: string): string {
  const find = (n: PlanNode): PlanNode | undefined =>
    n.operator === 'Match' ? n : n.children.map(find).find((x) => x !== undefined);
  return find(executeCypher(g, `PROFILE ${query}`).plan!.root)!.details;
}

/**
 * The same question through the general matcher: `WHERE true` keeps the fold away (it only takes
 * a MATCH without WHERE), so the two answers must agree row for row.
 */
function general(query: string): string {
  return query.replace(/\) (WITH|RETURN) /, ') WHERE true $1 ');
}

function seededGraph(seed: number, nodes: number, rels: number): PropertyGraph {
  let a = seed;
  const rand = (n: number): number => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return (a >>> 8) % n;
  };
  const g = createPropertyGraph();
  const labels = [['A'], ['B'], ['A', 'B'], []];
  for (let i = 0; i < nodes; i++)
    g.addNode(`n${i}`, { labels: labels[i % 4]!, properties: { id: BigInt(i % 5), key: `k${i}` } });
  for (let i = 0; i < rels; i++) {
    const s = rand(nodes);
    // About one in six is a self-loop.
    const t = rand(6) === 0 ? s : rand(nodes);
    g.addDirectedEdgeWithKey(`e${i}`, `n${s}`, `n${t}`, {
      type: ['R', 'S', 'T'][rand(3)]!,
      properties: rand(4) === 0 ? {} : { w: rand(3) === 0 ? rand(10) / 4 : BigInt(rand(10)) },
    });
  }
  return g;
}

const QUERIES = [
  // degrees
  'MATCH (n)-[r]->() RETURN n, count(r) AS d',
  'MATCH (n)<-[r]-() RETURN n.id AS id, count(*) AS d',
  'MATCH (n)-[r]-() RETURN n, count(r) AS d',
  'MATCH (n:A)-[r:R|S]-() RETURN n, count(r) AS d',
  'MATCH ()-[r:T]->(n:B) RETURN n, count(*) AS d, count(n) AS e',
  'MATCH (n:A:B)-[:S]->() RETURN n.id AS id, count(*) AS d ORDER BY d DESC, id LIMIT 2',
  'MATCH (n)-[r]-() RETURN n.id AS id, count(r) AS d ORDER BY d DESC, id LIMIT 3',
  'MATCH (n)-[r]->() RETURN n.key AS k, n.id AS id, count(r) AS d ORDER BY d DESC, k LIMIT 3',
  'MATCH (n)<-[r]-() RETURN n.id % 2 AS odd, n.id AS id, count(*) AS d ORDER BY d, odd DESC, id LIMIT 2',
  'MATCH (n:A)-[r]->() RETURN count(r) AS d',
  // relationship scans
  'MATCH (a)-[r]->(b) RETURN type(r) AS t, count(*) AS c, avg(r.w) AS w, min(r.w) AS lo, max(r.w) AS hi',
  'MATCH (a)-[r:R]-(b) RETURN count(*) AS c, sum(r.w) AS w, collect(DISTINCT b.id) AS ids',
  'MATCH (a:A)<-[r:S|T]-(b) RETURN a.id AS id, b.id AS other, count(r) AS c',
  'MATCH (a)-[r]->(b:B) RETURN a = b AS loop, count(*) AS c, stdev(r.w) AS s',
  'MATCH (a)-[r]-(b) RETURN count(*) * 2 AS twice, percentileCont(r.w, 0.5) AS p',
  // count store
  'MATCH (n) RETURN count(*) AS c',
  'MATCH (n:A) RETURN count(n) AS c',
  'MATCH ()-[r]->() RETURN count(r) AS c',
  'MATCH ()-[r:R|S]->() RETURN count(*) AS c',
  'MATCH (x)<-[:T]-(y) RETURN count(*) AS c',
];

describe('aggregation folded off the store', () => {
  it.each(QUERIES)('answers %s as the matcher does (self-loops, directions, types)', (query) => {
    for (const seed of [1, 2, 3]) {
      const g = seededGraph(seed, 12, 60);
      expect(matchDetails(g, query)).toMatch(/count store|degrees|folded/);
      expect(matchDetails(g, general(query))).not.toMatch(/count store|degrees|folded/);
      expect(sorted(run(g, query))).toEqual(sorted(run(g, general(query))));
    }
  });

  it.each(['(n)--()', '(n)-->()', '()-->(n)', '(n)-[:R|S]-()', '()<-[:T]-(n)'])(
    'answers COUNT { %s } and EXISTS from the degree, as the matcher does',
    (pattern) => {
      for (const seed of [4, 5, 6]) {
        const g = seededGraph(seed, 12, 60);
        const fast = `MATCH (n) RETURN n, COUNT { ${pattern} } AS c, EXISTS { ${pattern} } AS e`;
        const slow = `MATCH (n) RETURN n, COUNT { ${pattern} WHERE true } AS c, EXISTS { ${pattern} WHERE true } AS e`;
        expect(sorted(run(g, fast))).toEqual(sorted(run(g, slow)));
      }
      const loop = graphWith("CREATE (a {n: 'a'})-[:R]->(a), (a)-[:S]->(b {n: 'b'})");
      expect(run(loop, "MATCH (n {n: 'a'}) RETURN COUNT { (n)--() }, COUNT { (n)-->() }, COUNT { (n)<--() }")).toEqual([
        [2n, 2n, 1n],
      ]);
    },
  );

  it('counts a self-loop once for an undirected relationship, a non-loop from both ends', () => {
    const g = graphWith("CREATE (a {n: 'a'})-[:R]->(a), (a)-[:R]->(b {n: 'b'})");
    expect(sorted(run(g, 'MATCH (n)-[r]-() RETURN n.n, count(r)'))).toEqual(
      sorted([
        ['a', 2n],
        ['b', 1n],
      ]),
    );
    expect(run(g, 'MATCH ()-[r]-() RETURN count(*)')).toEqual([[3n]]);
    expect(sorted(run(g, 'MATCH (n)-[r]->() RETURN n.n, count(r)'))).toEqual(sorted([['a', 2n]]));
  });

  it('keeps the count store current under writes and label changes', () => {
    const g = graphWith('CREATE (:A), (:A:B), (:B)');
    const counts = (): unknown[] => [
      run(g, 'MATCH (n:A) RETURN count(*)')[0]![0],
      run(g, 'MATCH (n:B) RETURN count(*)')[0]![0],
      run(g, 'MATCH ()-[r:R]->() RETURN count(r)')[0]![0],
      run(g, 'MATCH ()-[r]->() RETURN count(r)')[0]![0],
    ];
    expect(counts()).toEqual([2n, 2n, 0n, 0n]);
    run(g, 'MATCH (a:A), (b:B) CREATE (a)-[:R]->(b)');
    expect(counts()).toEqual([2n, 2n, 4n, 4n]);
    run(g, 'MATCH (n:B) WHERE NOT n:A SET n:A');
    expect(counts()).toEqual([3n, 2n, 4n, 4n]);
    run(g, 'MATCH (n:A:B) REMOVE n:B');
    expect(counts()).toEqual([3n, 0n, 4n, 4n]);
    run(g, 'MATCH ()-[r:R]->() WITH r LIMIT 1 DELETE r');
    expect(counts()).toEqual([3n, 0n, 3n, 3n]);
    run(g, 'MATCH (a)-[r:R]->(b) WITH r LIMIT 1 CREATE (x:A)-[:S]->(x) DELETE r');
    expect(counts()).toEqual([4n, 0n, 2n, 3n]);
    run(g, 'MATCH (n:A) WITH n LIMIT 1 DETACH DELETE n');
    expect(counts()[0]).toBe(3n);
    expect(counts()[3]).toBe(BigInt(run(g, 'MATCH ()-[r]->() WHERE true RETURN count(r)')[0]![0] as bigint));
    run(g, 'MATCH (n) DETACH DELETE n');
    expect(counts()).toEqual([0n, 0n, 0n, 0n]);
  });

  it('groups by a unique property without a lookup, and merges groups once it is no longer unique', () => {
    const g = graphWith("CREATE (a {k: 'a'})-[:R]->(b {k: 'b'}), (a)-[:R]->(c {k: 'c'}), (b)-[:R]->(c), (d)-[:R]->(a)");
    const q = 'MATCH (n)-[r]-() RETURN n.k AS k, count(r) AS d ORDER BY d DESC, k';
    const before = run(g, q);
    expect(before).toEqual([
      ['a', 3n],
      ['b', 2n],
      ['c', 2n],
      [null, 1n],
    ]);
    expect(run(g, q + ' LIMIT 2')).toEqual(before.slice(0, 2));
    run(g, "MATCH (n {k: 'c'}) SET n.k = 'b'");
    expect(run(g, q)).toEqual([
      ['b', 4n],
      ['a', 3n],
      [null, 1n],
    ]);
    expect(run(g, q + ' LIMIT 1')).toEqual([['b', 4n]]);
  });

  it('folds a type whole from its float column, kept current under writes', () => {
    const g = graphWith('CREATE ()-[:R {w: 0.5}]->(), ()-[:R {w: 1.25}]->(), ()-[:S {w: 2.5}]->()');
    const q = 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c, count(r) AS n, avg(r.w) AS a, max(r.w) AS m';
    expect(matchDetails(g, q)).toMatch(/2 types whole/);
    expect(sorted(run(g, q))).toEqual(sorted(run(g, general(q))));
    const sum = (): unknown => run(g, 'MATCH ()-[r:R]->() RETURN sum(r.w)')[0]![0];
    run(g, 'MATCH ()-[r:R]->() WHERE r.w = 0.5 SET r.w = 4.5');
    expect(sum()).toBe(5.75);
    run(g, 'CREATE ()-[:R {w: 0.25}]->()');
    expect(sum()).toBe(6);
    // An INTEGER among the floats: no column, each relationship is read.
    run(g, 'CREATE ()-[:R {w: 1}]->()');
    expect(sum()).toBe(7);
    expect(matchDetails(g, 'MATCH ()-[r:R]->() RETURN sum(r.w)')).not.toMatch(/whole/);
    run(g, 'MATCH ()-[r:R {w: 1}]->() DELETE r');
    expect(sum()).toBe(6);
    expect(matchDetails(g, 'MATCH ()-[r:R]->() RETURN sum(r.w)')).toMatch(/1 type whole/);
  });

  it('sees relationship properties changed earlier in the same query', () => {
    const g = graphWith('CREATE ()-[:R {w: 1}]->(), ()-[:R {w: 2}]->()');
    expect(
      run(g, 'MATCH ()-[r:R]->() SET r.w = r.w * 10 WITH count(*) AS n MATCH ()-[s:R]->() RETURN sum(s.w)'),
    ).toEqual([[30n]]);
  });
});
