/** shortestPath / allShortestPaths: breadth-first search between the two ends of a one-relationship pattern. */
import type { NodePattern, PatternPart } from '../ast.js';
import { makePath, type NodeRef } from '../entities.js';
import { cypherEquals } from '../equality.js';
import type { EvalContext, Row } from '../eval/context.js';
import { evaluate } from '../eval/evaluate.js';
import type { CypherValue } from '../values.js';
import {
  firstRelationship,
  forEachIncident,
  forEachNeighbour,
  type EdgeAttributes,
} from '../../graph/property-graph.js';

type Bind = (name: string, value: CypherValue) => boolean;
type Place = (p: NodePattern, key: string) => (() => void) | null;

export function* shortestPaths(
  part: PatternPart,
  row: Row,
  ctx: EvalContext,
  bind: Bind,
  place: Place,
): Generator<() => void> {
  const g = ctx.qg.graph;
  const rel = part.rels[0]!;
  const min = rel.range ? (rel.range.min ?? 1) : 1;
  const max = rel.range ? (rel.range.max ?? Infinity) : 1;
  const [startPattern, endPattern] = part.nodes as [NodePattern, NodePattern];
  const startKeys = boundKey(startPattern, row) ?? g.nodes();
  // With the far end already bound, the search can stop at the layer that reaches it: later layers
  // never change a visited node's depth or predecessors.
  const boundEnd = boundKey(endPattern, row);
  const target = boundEnd?.length === 1 ? boundEnd[0]! : null;
  const wanted = rel.properties ? evaluate(rel.properties, row, ctx) : null;
  /** Does the relationship pass the pattern's type and property checks? */
  const passes = (attrs: EdgeAttributes): boolean => {
    if (rel.types.length && !rel.types.includes(attrs.type)) return false;
    if (wanted instanceof Map) {
      for (const [k, v] of wanted) if (cypherEquals(attrs.properties[k] ?? null, v) !== true) return false;
    }
    return true;
  };
  const filtered = rel.types.length > 0 || wanted instanceof Map;
  /** Calls visit(edge, attributes, other end) for each relationship at `at` walked in `dir` that passes. */
  const expand: Expand = (at, dir, visit) =>
    forEachIncident(g, at, dir, filtered ? (e, a, other) => void (passes(a) && visit(e, a, other)) : visit);
  const all = part.shortest === 'all';
  // One path through any relationship: each neighbour once, linked to the node it was reached
  // from; its relationship is looked up only for the path found.
  const step: Step | null = filtered || all ? null : (at, dir, visit) => forEachNeighbour(g, at, dir, visit);
  for (const start of startKeys) {
    const undoStart = place(startPattern, start);
    if (!undoStart) continue;
    // Both ends bound: search from both sides; otherwise one breadth-first search from the start.
    const search: Search = {
      dir: rel.direction,
      max,
      all,
      expand,
      step,
      opposite: (n, e) => g.opposite(n, e),
      between: (from, to, dir) => firstRelationship(g, from, to, dir)!,
      ctx,
    };
    const found =
      target !== null && start !== target ? bidirectional(start, target, search) : breadthFirst(start, target, search);
    for (const [end, paths] of found) {
      const d = paths[0]!.length;
      if (d < min || (d === 0 && min > 0)) continue;
      const undoEnd = place(endPattern, end);
      if (!undoEnd) continue;
      for (const edges of paths) {
        const nodes: NodeRef[] = [ctx.qg.node(start)];
        let at = start;
        for (const e of edges) {
          at = g.opposite(at, e);
          nodes.push(ctx.qg.node(at));
        }
        const rels = edges.map((e) => ctx.qg.rel(e));
        const undo: (() => void)[] = [];
        let ok = true;
        if (rel.variable) {
          if (bind(rel.variable, rel.range ? rels : rels[0]!)) undo.push(() => row.delete(rel.variable!));
          else ok = false;
        }
        if (ok && part.variable) {
          if (bind(part.variable, makePath(nodes, rels))) undo.push(() => row.delete(part.variable!));
          else ok = false;
        }
        if (ok) yield () => undo.forEach((u) => u());
        else undo.forEach((u) => u());
      }
      undoEnd();
    }
    undoStart();
  }
}

type Direction = 'out' | 'in' | 'both';
type Visit = (e: string, attributes: EdgeAttributes, other: string) => void;
type Expand = (at: string, dir: Direction, visit: Visit) => void;
type Step = (at: string, dir: Direction, visit: (other: string) => void) => void;
/** What a search walks: the pattern's direction and length limit, one path or all, and how to step. */
interface Search {
  dir: Direction;
  max: number;
  all: boolean;
  expand: Expand;
  /**
   * Each neighbour once, when any relationship will do and one path is wanted: the links then
   * hold the node each was reached from, not the relationship.
   */
  step: Step | null;
  /** The node at the other end of a relationship from `node`. */
  opposite: (node: string, edge: string) => string;
  /** The relationship a step from `from` to `to` in `dir` took. */
  between: (from: string, to: string, dir: Direction) => string;
  ctx: EvalContext;
}
/**
 * Node → the relationship reaching it at its shortest depth, or all of them when every path is
 * wanted and there are several (no allocation for the common single link; the root maps to '').
 */
type Links = Map<string, string | string[]>;

const flip = (d: Direction): Direction => (d === 'out' ? 'in' : d === 'in' ? 'out' : 'both');

/**
 * One breadth-first search from `start`, layer by layer, remembering every predecessor at the
 * shortest depth; with a bound far end it stops at the layer that reaches it (later layers never
 * change a visited node's depth or predecessors). Returns each reached node (in order of depth)
 * with its shortest paths (one, or all).
 */
function breadthFirst(start: string, target: string | null, search: Search): [string, string[][]][] {
  const { dir, max, all } = search;
  const depth = all ? new Map<string, number>([[start, 0]]) : null;
  const preds: Links = new Map([[start, '']]);
  const order: string[] = [start];
  let frontier = [start];
  for (let d = 1; d <= max && frontier.length; d++) {
    frontier = widen(frontier, dir, d, depth, preds, search);
    for (const n of frontier) order.push(n);
    if (target !== null && preds.has(target)) break;
  }
  const ends = target === null ? order : preds.has(target) ? [target] : [];
  return ends.map((end) => [end, walk(end, start, preds, dir, search)]);
}

/**
 * Shortest paths between two bound nodes: breadth-first from both ends, always widening the
 * smaller frontier, until the two searches meet. The first layer that meets the other side
 * gives every shortest path: through each meeting node, its ways back to the start times its
 * ways on to the end.
 */
function bidirectional(start: string, end: string, search: Search): [string, string[][]][] {
  const { dir, max, all } = search;
  const depthF = all ? new Map<string, number>([[start, 0]]) : null;
  const depthB = all ? new Map<string, number>([[end, 0]]) : null;
  const preds: Links = new Map([[start, '']]); // towards the start
  const succs: Links = new Map([[end, '']]); // towards the end
  let front = [start];
  let back = [end];
  let reachF = 0;
  let reachB = 0;
  while (reachF + reachB < max && front.length && back.length) {
    const forward = front.length <= back.length;
    const layer = forward ? front : back;
    const links = forward ? preds : succs;
    const d = forward ? ++reachF : ++reachB;
    const other = forward ? succs : preds;
    const meets: string[] = [];
    const next = widen(layer, forward ? dir : flip(dir), d, forward ? depthF : depthB, links, search, other, meets);
    if (meets.length) {
      const paths: string[][] = [];
      for (const m of meets) {
        const heads = walk(m, start, preds, dir, search);
        const tails = walk(m, end, succs, flip(dir), search).map((t) => [...t].reverse());
        for (const h of heads) for (const t of tails) if (all || !paths.length) paths.push([...h, ...t]);
        if (!all) break;
      }
      return [[end, paths]];
    }
    if (forward) front = next;
    else back = next;
  }
  return [];
}

/**
 * One breadth-first layer: the nodes first reached from `layer` (at depth `d`), each linked to the
 * relationship and node it was reached by (all of them at depth `d` when every path is wanted).
 */
function widen(
  layer: string[],
  dir: Direction,
  d: number,
  /** Each reached node's depth, kept only when every path is wanted (links alone say what was reached). */
  depth: Map<string, number> | null,
  links: Links,
  { expand, step, ctx }: Search,
  /** The other side's links, in a search from both ends: nodes reached that it holds go to `meets`. */
  across: Links | null = null,
  meets: string[] = [],
): string[] {
  const next: string[] = [];
  if (step && depth === null) {
    let from = '';
    const reach = (other: string): void => {
      if (links.has(other)) return;
      links.set(other, from);
      next.push(other);
      if (across?.has(other)) meets.push(other);
    };
    for (const at of layer) {
      ctx.tick();
      from = at;
      step(at, dir, reach);
    }
    return next;
  }
  for (const at of layer) {
    ctx.tick();
    expand(at, dir, (e, _attributes, other) => {
      const link = links.get(other);
      if (link === undefined) {
        links.set(other, e);
        depth?.set(other, d);
        next.push(other);
        if (across?.has(other)) meets.push(other);
      } else if (depth?.get(other) === d) {
        if (typeof link === 'string') links.set(other, [link, e]);
        else link.push(e);
      }
    });
  }
  return next;
}

/** Edge lists from `from` along the links to `to`, in to → from order reversed (i.e. from `to`): one, or all of them. */
function walk(from: string, to: string, links: Links, dir: Direction, search: Search): string[][] {
  const { all, opposite, step, between } = search;
  if (from === to) return [[]];
  // Links of a step search hold nodes: the relationship is the one that step took.
  if (step && !all) {
    const edges: string[] = [];
    for (let at = from; at !== to;) {
      const previous = links.get(at) as string;
      edges.push(between(previous, at, dir));
      at = previous;
    }
    return [edges.reverse()];
  }
  const into = (at: string): string[] => {
    const link = links.get(at) ?? [];
    return typeof link === 'string' ? [link] : link;
  };
  if (!all) {
    const edges: string[] = [];
    for (let at = from; at !== to;) {
      const e = into(at)[0]!;
      edges.push(e);
      at = opposite(at, e);
    }
    return [edges.reverse()];
  }
  const out: string[][] = [];
  const stack: [string, string[]][] = [[from, []]];
  while (stack.length) {
    const [at, suffix] = stack.pop()!;
    if (at === to) {
      out.push(suffix);
      continue;
    }
    for (const e of into(at)) stack.push([opposite(at, e), [e, ...suffix]]);
  }
  return out;
}

function boundKey(p: NodePattern, row: Row): string[] | null {
  if (!p.variable || !row.has(p.variable)) return null;
  const v = row.get(p.variable);
  return v && typeof v === 'object' && (v as NodeRef).kind === 'node' ? [(v as NodeRef).id] : [];
}
