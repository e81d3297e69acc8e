import { describe, expect, it } from 'vitest';
import { createPropertyGraph, type PropertyGraph } from '../../graph/property-graph.js';
import { executeCypher } from '../index.js';
import type { PathValue } from '../values.js';

/** A random small multigraph (seeded): self-loops, parallel edges, two types, a property on some. */
function randomGraph(seed: number): PropertyGraph {
  let a = seed;
  const rand = (n: number): number => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return (a >>> 8) % n;
  };
  const g = createPropertyGraph();
  const nodes = 6 + rand(10);
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { labels: i % 3 ? ['P'] : ['Q'], properties: { id: BigInt(i) } });
  const rels = nodes + rand(2 * nodes);
  for (let i = 0; i < rels; i++) {
    const s = rand(nodes);
    g.addDirectedEdgeWithKey(`e${i}`, `n${s}`, `n${rand(5) === 0 ? s : rand(nodes)}`, {
      type: rand(3) === 0 ? 'S' : 'R',
      properties: { ok: rand(4) !== 0 },
    });
  }
  return g;
}

const pathKey = (p: PathValue): string => p.relationships.map((r) => r.id).join(',');

const PATTERNS = [
  '(a)-[*..6]-(b)',
  '(a)-[*]->(b)',
  '(a)<-[:R*..5]-(b)',
  '(a)-[:R|S*1..4]->(b)',
  '(a)-[* {ok: true}]-(b)',
  '(a)-[*2..6]-(b)',
  '(a)-[*0..3]-(b)',
];

describe('shortestPath with both ends bound (bidirectional search)', () => {
  // The old way is one breadth-first search from a: the far end unbound during the search and
  // filtered by WHERE afterwards. Both must find paths of the same length; allShortestPaths the same set.
  it.each(PATTERNS)('finds what a one-sided search finds for %s', (pattern) => {
    for (let seed = 1; seed <= 25; seed++) {
      const g = randomGraph(seed);
      const n = g.order;
      for (const [x, y] of [
        [0, 1],
        [1, n - 1],
        [2, 2],
        [seed % n, (seed * 7) % n],
      ] as const) {
        const params = { x: BigInt(x), y: BigInt(y) };
        for (const fn of ['shortestPath', 'allShortestPaths']) {
          const both = `MATCH (a {id: $x}), (b {id: $y}) MATCH p = ${fn}(${pattern}) RETURN p`;
          const oneSided = `MATCH (a {id: $x}) MATCH p = ${fn}(${pattern}) WHERE b.id = $y RETURN p`;
          const fast = executeCypher(g, both, { params }).rows.map((r) => r[0] as PathValue);
          const slow = executeCypher(g, oneSided, { params }).rows.map((r) => r[0] as PathValue);
          const label = `seed ${seed} ${x}→${y} ${fn}`;
          expect(
            fast.map((p) => p.relationships.length),
            label,
          ).toEqual(slow.map((p) => p.relationships.length));
          if (fn === 'allShortestPaths') expect(fast.map(pathKey).sort(), label).toEqual(slow.map(pathKey).sort());
          // Every path found is a real walk from a to b over relationships the pattern allows.
          for (const p of fast) {
            expect(p.nodes[0]!.id).toBe(`n${x}`);
            expect(p.nodes.at(-1)!.id).toBe(`n${y}`);
            p.relationships.forEach((r, i) => {
              const ends = [g.source(r.id), g.target(r.id)];
              expect(ends).toContain(p.nodes[i]!.id);
              expect(ends).toContain(p.nodes[i + 1]!.id);
            });
          }
        }
      }
    }
  });
});
