/**
 * Node positions for a whole graph, computed once with ForceAtlas2 (Barnes–Hut) and stored beside
 * it, so the browser only refines what it shows. Deterministic: start positions come from a
 * seeded generator and the iteration is deterministic, so the same graph gets the same layout.
 *
 * A small graph (at most FULL_LAYOUT_NODES) is laid out whole. A large one would take minutes
 * (a Barnes–Hut iteration over 45,000 nodes costs about a second here), so ForceAtlas2 runs on a
 * skeleton: the SKELETON_NODES entities named by most articles (the overview's choice), joined by
 * the backbone of their co-occurrence (see skeletonGraph). Everything else
 * is then placed near what it is connected to: an Article at the centre of its entities, an
 * entity at the centre of its articles and neighbours, with a little seeded jitter.
 */
import graphology from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { seededRandom } from '../nlp/hash.js';

type ForceAtlas2 = typeof forceAtlas2Module.default;
const forceAtlas2 = ((forceAtlas2Module as unknown as { default?: ForceAtlas2 }).default ??
  forceAtlas2Module) as ForceAtlas2;

export const FULL_LAYOUT_NODES = 3000;
export const SKELETON_NODES = 2500;

/** The graph as the layout sees it: plain arrays, cheap to send to a worker. */
export interface LayoutInput {
  ids: string[];
  /** 1 for Article nodes. */
  isArticle: Uint8Array;
  /** Distinct articles naming each node (the overview's measure, so the skeleton holds it). */
  importance: Uint32Array;
  /** Edge ends as indexes into `ids`: source, target, source, target, … */
  ends: Uint32Array;
  /** 1 for MENTIONS edges (Article → entity). */
  isMention: Uint8Array;
}

export interface LayoutOptions {
  seed: number;
  iterations: number;
  /** Called every few iterations with (iterations done, total). */
  progress?: (done: number, total: number) => void;
}

export const DEFAULT_LAYOUT: LayoutOptions = { seed: 42, iterations: 300 };

/** x, y of node i at [2i], [2i+1]. */
export function computeLayout(input: LayoutInput, options: LayoutOptions): Float64Array {
  const n = input.ids.length;
  const out = new Float64Array(2 * n);
  if (n === 0) return out;
  const all = Array.from({ length: n }, (_, i) => i);
  const skeleton = n <= FULL_LAYOUT_NODES ? all : chooseSkeleton(input);
  const placed = new Uint8Array(n);
  const graph = skeletonGraph(input, skeleton, n <= FULL_LAYOUT_NODES);
  const random = seededRandom(options.seed);
  const radius = 10 * Math.sqrt(skeleton.length);
  graph.forEachNode((key, attrs) => {
    const r = radius * Math.sqrt(random());
    const a = 2 * Math.PI * random();
    attrs.x = r * Math.cos(a);
    attrs.y = r * Math.sin(a);
    void key;
  });
  runForceAtlas2(graph, options);
  pullInOutliers(graph);
  graph.forEachNode((key, attrs) => {
    const i = Number(key);
    out[2 * i] = attrs.x;
    out[2 * i + 1] = attrs.y;
    placed[i] = 1;
  });
  if (skeleton.length < n) placeRest(input, out, placed, random);
  return out;
}

function runForceAtlas2(
  graph: graphology.UndirectedGraph<{ x: number; y: number }, { weight: number }>,
  options: LayoutOptions,
): void {
  if (graph.order === 0) return;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // LinLog separates clusters; hub-dissuasion keeps hubs (Reuters, the United States) from
    // swallowing them; linear gravity keeps disconnected parts near.
    linLogMode: true,
    strongGravityMode: false,
    gravity: 1,
    scalingRatio: 10,
    outboundAttractionDistribution: false,
    barnesHutOptimize: graph.order > 500,
    edgeWeightInfluence: 1,
  };
  const step = 10;
  for (let done = 0; done < options.iterations; done += step) {
    forceAtlas2.assign(graph, {
      iterations: Math.min(step, options.iterations - done),
      settings,
      getEdgeWeight: 'weight',
    });
    options.progress?.(Math.min(options.iterations, done + step), options.iterations);
  }
}

/** Nodes far beyond the rest (loose pieces that repulsion pushed away) come back to the rim,
 * so that framing the graph does not shrink everything else to a dot. */
function pullInOutliers(graph: graphology.UndirectedGraph<{ x: number; y: number }, { weight: number }>): void {
  if (graph.order < 20) return;
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_k, a) => {
    cx += a.x / graph.order;
    cy += a.y / graph.order;
  });
  const distances = graph.mapNodes((_k, a) => Math.hypot(a.x - cx, a.y - cy)).sort((a, b) => a - b);
  const rim = 1.1 * (distances[Math.floor(distances.length * 0.98)] ?? 0);
  if (rim <= 0) return;
  graph.updateEachNodeAttributes((_k, a) => {
    const d = Math.hypot(a.x - cx, a.y - cy);
    if (d <= rim) return a;
    return { ...a, x: cx + ((a.x - cx) * rim) / d, y: cy + ((a.y - cy) * rim) / d };
  });
}

function chooseSkeleton(input: LayoutInput): number[] {
  const { importance } = input;
  const entities: number[] = [];
  for (let i = 0; i < input.ids.length; i++) if (!input.isArticle[i]) entities.push(i);
  entities.sort((a, b) => importance[b]! - importance[a]! || a - b);
  return entities.slice(0, SKELETON_NODES).sort((a, b) => a - b);
}

/** Ties kept per skeleton node: its strongest, so clusters show instead of one dense ball. */
const SKELETON_TIES = 8;
/** Articles naming more skeleton entities than this are round-ups; they add no ties. */
const ROUND_UP = 40;

/** The graph ForceAtlas2 runs on: all edges (whole), or for the skeleton the backbone of
 * co-occurrence (articles naming both, plus relations between them) weighted by cosine
 * similarity, count / sqrt(articles of a × articles of b), each node keeping its strongest ties. */
function skeletonGraph(
  input: LayoutInput,
  members: number[],
  whole: boolean,
): graphology.UndirectedGraph<{ x: number; y: number }, { weight: number }> {
  const graph = new graphology.UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  const inside = new Uint8Array(input.ids.length);
  for (const i of members) {
    inside[i] = 1;
    graph.addNode(String(i), { x: 0, y: 0 });
  }
  const counts = new Map<number, number>();
  const n = input.ids.length;
  const count = (a: number, b: number): void => {
    if (a === b || !inside[a] || !inside[b]) return;
    const key = a < b ? a * n + b : b * n + a;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const byArticle = new Map<number, number[]>();
  for (let e = 0; e < input.isMention.length; e++) {
    const s = input.ends[2 * e]!;
    const t = input.ends[2 * e + 1]!;
    if (!whole && input.isMention[e]) {
      if (!inside[t]) continue;
      let list = byArticle.get(s);
      if (!list) byArticle.set(s, (list = []));
      list.push(t);
      continue;
    }
    count(s, t);
  }
  for (const list of byArticle.values()) {
    if (list.length < 2 || list.length > ROUND_UP) continue;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) count(list[a]!, list[b]!);
  }
  if (whole) {
    for (const [key, c] of counts) graph.mergeEdge(String(Math.floor(key / n)), String(key % n), { weight: c });
    return graph;
  }
  const ties = new Map<number, { other: number; weight: number }[]>();
  for (const [key, c] of counts) {
    const a = Math.floor(key / n);
    const b = key % n;
    const weight = c / Math.sqrt(Math.max(1, input.importance[a]!) * Math.max(1, input.importance[b]!));
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      let list = ties.get(x);
      if (!list) ties.set(x, (list = []));
      list.push({ other: y, weight });
    }
  }
  for (const [a, list] of ties) {
    list.sort((p, q) => q.weight - p.weight || p.other - q.other);
    for (const { other, weight } of list.slice(0, SKELETON_TIES))
      if (!graph.hasEdge(String(a), String(other))) graph.addEdge(String(a), String(other), { weight });
  }
  return graph;
}

/** Place every node not yet placed at the mean of its placed neighbours (plus jitter), in
 * rounds, so placement spreads outwards from the skeleton; isolated leftovers go on an outer ring. */
function placeRest(input: LayoutInput, out: Float64Array, placed: Uint8Array, random: () => number): void {
  const n = input.ids.length;
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < input.isMention.length; e++) {
    const s = input.ends[2 * e]!;
    const t = input.ends[2 * e + 1]!;
    if (s === t) continue;
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }
  let minX = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!placed[i]) continue;
    minX = Math.min(minX, out[2 * i]!);
    maxX = Math.max(maxX, out[2 * i]!);
  }
  const extent = Number.isFinite(maxX - minX) && maxX > minX ? maxX - minX : 100;
  const jitter = extent * 0.015;
  for (let round = 0; round < 6; round++) {
    const now: number[] = [];
    for (let i = 0; i < n; i++) {
      if (placed[i]) continue;
      let sx = 0;
      let sy = 0;
      let k = 0;
      for (const j of neighbours[i]!) {
        if (!placed[j]) continue;
        sx += out[2 * j]!;
        sy += out[2 * j + 1]!;
        k++;
      }
      if (k === 0) continue;
      const r = jitter * Math.sqrt(random());
      const a = 2 * Math.PI * random();
      out[2 * i] = sx / k + r * Math.cos(a);
      out[2 * i + 1] = sy / k + r * Math.sin(a);
      now.push(i);
    }
    if (now.length === 0) break;
    // Placed after the round, so a round's result does not depend on the order within it.
    for (const i of now) placed[i] = 1;
  }
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    const a = 2 * Math.PI * random();
    const r = extent * (0.55 + 0.05 * random());
    out[2 * i] = r * Math.cos(a);
    out[2 * i + 1] = r * Math.sin(a);
  }
}
