import { describe, expect, it } from 'vitest';
import type { GraphFragment } from '../graph/schema.js';
import { computeLayout, FULL_LAYOUT_NODES } from './compute.js';
import { layoutGraph, layoutInput } from './index.js';

/** Two invented clusters joined by one edge. */
function clusters(): GraphFragment {
  const nodes = [];
  const edges = [];
  for (const c of ['a', 'b'])
    for (let i = 0; i < 20; i++) nodes.push({ id: `${c}${i}`, labels: ['Person'], properties: { id: `${c}${i}` } });
  for (const c of ['a', 'b'])
    for (let i = 0; i < 20; i++)
      for (let j = i + 1; j < 20; j += 3)
        edges.push({ id: `${c}${i}-${j}`, type: 'STATED', source: `${c}${i}`, target: `${c}${j}`, properties: {} });
  edges.push({ id: 'bridge', type: 'STATED', source: 'a0', target: 'b0', properties: {} });
  return { nodes, edges };
}

function meanDistance(xy: Float64Array, ids: string[], a: (id: string) => boolean, b: (id: string) => boolean): number {
  let sum = 0;
  let n = 0;
  ids.forEach((p, i) =>
    ids.forEach((q, j) => {
      if (i === j || !a(p) || !b(q)) return;
      sum += Math.hypot(xy[2 * i]! - xy[2 * j]!, xy[2 * i + 1]! - xy[2 * j + 1]!);
      n++;
    }),
  );
  return sum / n;
}

describe('computeLayout', () => {
  it('is deterministic for a seed and keeps clusters apart', () => {
    const input = layoutInput(clusters());
    const first = computeLayout(input, { seed: 3, iterations: 150 });
    expect(computeLayout(input, { seed: 3, iterations: 150 })).toEqual(first);
    const inA = (id: string): boolean => id.startsWith('a');
    const inB = (id: string): boolean => id.startsWith('b');
    expect(meanDistance(first, input.ids, inA, inB)).toBeGreaterThan(1.5 * meanDistance(first, input.ids, inA, inA));
  });

  it('lays a large graph out on its skeleton and places the rest near what names it', () => {
    const nodes = [];
    const edges = [];
    const size = FULL_LAYOUT_NODES + 500;
    for (let i = 0; i < size; i++) nodes.push({ id: `e${i}`, labels: ['Person'], properties: {} });
    for (let a = 0; a < 40; a++) {
      nodes.push({ id: `article:${a}`, labels: ['Article'], properties: {} });
      for (let k = 0; k < 5; k++) {
        const target = `e${(a * 97 + k * 13) % size}`;
        edges.push({
          id: `m${a}-${k}`,
          type: 'MENTIONS',
          source: `article:${a}`,
          target,
          properties: { article: `article:${a}` },
        });
      }
    }
    const input = layoutInput({ nodes, edges });
    const xy = computeLayout(input, { seed: 1, iterations: 5 });
    expect(xy.every((v) => Number.isFinite(v))).toBe(true);
    // An article sits at the centre of the entities it names (give or take the jitter).
    const at = (id: string): [number, number] => {
      const i = input.ids.indexOf(id);
      return [xy[2 * i]!, xy[2 * i + 1]!];
    };
    const named = edges.filter((e) => e.source === 'article:0').map((e) => at(e.target));
    const centre = named.reduce(([x, y], [a, b]) => [x + a / named.length, y + b / named.length], [0, 0]);
    const [ax, ay] = at('article:0');
    const spread = Math.max(...named.map(([x, y]) => Math.hypot(x - centre[0], y - centre[1])));
    expect(Math.hypot(ax - centre[0], ay - centre[1])).toBeLessThan(spread + 1);
  });
});

describe('layoutGraph', () => {
  it('runs in a worker thread, reports progress and returns a position for every node', async () => {
    const seen: number[] = [];
    const positions = await layoutGraph(clusters(), { iterations: 30, progress: (done) => seen.push(done) });
    expect(Object.keys(positions)).toHaveLength(40);
    expect(seen.at(-1)).toBe(30);
  });
});
