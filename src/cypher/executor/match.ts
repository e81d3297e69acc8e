/**
 * Pattern matching: extend a row with every match of a list of pattern parts, relationship
 * uniqueness across the whole pattern, WHERE conjuncts checked as soon as their variables are bound.
 */
import type { Expr, MapLiteral, NodePattern, Parameter, PatternPart, RelPattern } from '../ast.js';
import { forEachIncident, type EdgeAttributes } from '../../graph/property-graph.js';
import { makePath, RelRef, type NodeRef } from '../entities.js';
import { cypherEquals } from '../equality.js';
import { typeError } from '../errors.js';
import type { EvalContext, Row } from '../eval/context.js';
import { evaluate } from '../eval/evaluate.js';
import { indexesOf } from '../indexes.js';
import { conjuncts, describePlan, planStart, type StartPlan } from '../planner.js';
import { freeVariables, patternVariables } from '../semantic/variables.js';
import type { CypherValue } from '../values.js';
import { shortestPaths } from './shortest.js';

export interface MatchProfile {
  plans: string[];
}

type Direction = 'out' | 'in' | 'both';

/** The outcome of placing a pattern element: failed, matched a bound variable, or bound a new one. */
type Placement = 0 | 1 | 2;
const FAILED = 0;
const KEPT = 1;
const BOUND = 2;

/** One step over a relationship: the edge, the node reached, and what graphology hands us for free. */
interface Hop {
  e: string;
  other: string;
  attrs: EdgeAttributes;
  source: string;
  target: string;
}

interface RelationshipScan {
  keys: string[];
  attrs: EdgeAttributes[];
  sources: string[];
  targets: string[];
}

interface Conjunct {
  expr: Expr;
  needs: string[];
}

/**
 * Every extension of `input` by one match of all `parts` satisfying `where`. With `live`, the
 * same row object is yielded each time and changes after the consumer asks for the next one:
 * only for consumers that are done with a row by then (and copy what they keep).
 */
export function* matchPatterns(
  parts: PatternPart[],
  input: Row,
  where: Expr | null,
  ctx: EvalContext,
  profile?: MatchProfile,
  live = false,
): Generator<Row> {
  const row = new Map(input);
  const newVars = new Set(patternVariables(parts).filter((v) => !input.has(v)));
  const byVar = new Map<string, Conjunct[]>();
  const upfront: Expr[] = [];
  const whereList = conjuncts(where);
  for (const expr of whereList) {
    const needs = [...freeVariables(expr)].filter((v) => newVars.has(v));
    if (needs.length === 0) upfront.push(expr);
    for (const v of needs) {
      let list = byVar.get(v);
      if (!list) byVar.set(v, (list = []));
      list.push({ expr, needs });
    }
  }
  for (const expr of upfront) if (evaluate(expr, row, ctx) !== true) return;
  const used = new Set<string>();
  // Relationship uniqueness only matters when the pattern can meet an edge twice.
  const relCount = parts.reduce((n, p) => n + p.rels.length, 0);
  const unique = relCount > 1 || parts.some((p) => p.rels.some((r) => r.range));
  const g = ctx.qg.graph;
  const indexes = indexesOf(g);

  /** Bind a new variable and check the conjuncts it completes; false (and unbound) if one fails. */
  const bind = (name: string, value: CypherValue): boolean => {
    row.set(name, value);
    const checks = byVar.get(name);
    if (checks === undefined) return true;
    for (const c of checks) {
      if (!c.needs.every((v) => row.has(v))) continue;
      if (evaluate(c.expr, row, ctx) !== true) {
        row.delete(name);
        return false;
      }
    }
    return true;
  };

  const propsMatch = (props: MapLiteral | Parameter | null, actual: Record<string, CypherValue>): boolean => {
    if (!props) return true;
    const expected = evaluate(props, row, ctx);
    if (expected === null) return false;
    if (!(expected instanceof Map)) throw typeError('A pattern property map must be a map');
    for (const [k, v] of expected) if (cypherEquals(actual[k] ?? null, v) !== true) return false;
    return true;
  };

  const nodeMatches = (p: NodePattern, key: string): boolean => {
    if (p.labels.length === 0 && !p.properties && !p.anyLabels) return true;
    const attrs = g.getNodeAttributes(key);
    for (const l of p.labels) if (!attrs.labels.includes(l)) return false;
    if (p.anyLabels && !p.anyLabels.some((l) => attrs.labels.includes(l))) return false;
    return propsMatch(p.properties, attrs.properties);
  };

  const relMatches = (p: RelPattern, attrs: EdgeAttributes): boolean => {
    if (p.types.length === 0 && !p.properties) return true;
    if (p.types.length > 0 && !p.types.includes(attrs.type)) return false;
    return propsMatch(p.properties, attrs.properties);
  };

  /** Try to place node pattern `p` at graph node `key`; returns an undo function or null. */
  /** Place node pattern `p` at graph node `key`: FAILED, KEPT (nothing bound) or BOUND (undo with `release`). */
  const placeNode = (p: NodePattern, key: string): Placement => {
    if (!nodeMatches(p, key)) return FAILED;
    if (!p.variable) return KEPT;
    if (row.has(p.variable)) {
      const bound = row.get(p.variable)!;
      return bound !== null &&
        typeof bound === 'object' &&
        (bound as NodeRef).kind === 'node' &&
        (bound as NodeRef).id === key
        ? KEPT
        : FAILED;
    }
    return bind(p.variable, ctx.qg.node(key)) ? BOUND : FAILED;
  };
  const release = (name: string | null, placement: Placement): void => {
    if (placement === BOUND) row.delete(name!);
  };

  const candidates = (plan: StartPlan): Iterable<string> => {
    switch (plan.source) {
      case 'bound': {
        const v = row.get(plan.variable);
        if (v === null) return [];
        if (typeof v !== 'object' || (v as NodeRef).kind !== 'node')
          throw typeError(`Variable \`${plan.variable}\` is not a node`);
        return g.hasNode((v as NodeRef).id) ? [(v as NodeRef).id] : [];
      }
      case 'index': {
        const value = evaluate(plan.probe.value, row, ctx);
        if (value === null) return [];
        const values = plan.probe.mode === 'any' ? (Array.isArray(value) ? value : []) : [value];
        const out = new Set<string>();
        for (const v of values)
          if (v !== null)
            for (const k of indexes.nodesWithProperty(plan.probe.label, plan.probe.property, v)) out.add(k);
        return out;
      }
      case 'label':
        return [...indexes.nodesWithLabel(plan.label)];
      case 'labels': {
        const out = new Set<string>();
        for (const l of plan.labels) for (const k of indexes.nodesWithLabel(l)) out.add(k);
        return out;
      }
      case 'type':
        return [];
      default:
        return g.nodes();
    }
  };

  /** The relationships at a node in one direction: one callback pass over graphology's adjacency. */
  const edgesFrom = (key: string, dir: Direction): Hop[] => {
    const hops: Hop[] = [];
    // Undirected, a self-loop is seen once (as outgoing).
    forEachIncident(g, key, dir, (e, attrs, other, outgoing) =>
      hops.push(
        outgoing ? { e, other, attrs, source: key, target: other } : { e, other, attrs, source: other, target: key },
      ),
    );
    return hops;
  };
  /**
   * The relationships of the types, or all of them, in chunks of parallel arrays (one chunk object,
   * refilled: the consumer is done with a chunk when it asks for the next). Scanning the edge list
   * skips graphology's per-node adjacency walks, the slow part of expanding every node.
   */
  function* relationshipChunks(types: string[]): Generator<RelationshipScan> {
    const chunk: RelationshipScan = { keys: [], attrs: [], sources: [], targets: [] };
    const add = (e: string, a: EdgeAttributes, s: string, t: string): void => {
      chunk.keys.push(e);
      chunk.attrs.push(a);
      chunk.sources.push(s);
      chunk.targets.push(t);
    };
    const full = (): boolean => chunk.keys.length === 1024;
    const flush = (): void => {
      chunk.keys.length = chunk.attrs.length = chunk.sources.length = chunk.targets.length = 0;
    };
    if (types.length === 0) {
      for (const { edge, attributes, source, target } of g.edgeEntries()) {
        add(edge, attributes, source, target);
        if (full()) {
          yield chunk;
          flush();
        }
      }
    } else {
      for (const e of indexes.relationshipsOfTypes(types)) {
        if (g.hasEdge(e)) add(e, g.getEdgeAttributes(e), g.source(e), g.target(e));
        if (full()) {
          yield chunk;
          flush();
        }
      }
    }
    if (chunk.keys.length) yield chunk;
  }
  const relOf = (h: Hop): RelRef => new RelRef(h.e, h.attrs.type, h.source, h.target, ctx.qg, h.attrs);

  /**
   * Depth-first variable-length expansion with an explicit stack (long chains must not exhaust
   * the call stack): yields [end node, edges, nodes after each edge] in walking order. The arrays
   * are live (copy them to keep them); the walk's edges stay in `used` while a result is extended.
   */
  function* varLength(p: RelPattern, from: string, dir: Direction): Generator<[string, string[], string[]]> {
    const min = p.range!.min ?? 1;
    const max = p.range!.max ?? Infinity;
    const edges: string[] = [];
    const nodes: string[] = [];
    const retreat = (): void => {
      used.delete(edges.pop()!);
      nodes.pop();
    };
    if (min === 0) yield [from, [], []];
    if (max === 0) return;
    const stack: { hops: Hop[]; next: number }[] = [{ hops: edgesFrom(from, dir), next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.next >= top.hops.length) {
        stack.pop();
        if (edges.length) retreat();
        continue;
      }
      const h = top.hops[top.next++]!;
      ctx.tick();
      if (used.has(h.e) || !relMatches(p, h.attrs)) continue;
      used.add(h.e);
      edges.push(h.e);
      nodes.push(h.other);
      if (edges.length >= min) yield [h.other, edges, nodes];
      if (edges.length < max) stack.push({ hops: edgesFrom(h.other, dir), next: 0 });
      else retreat();
    }
  }

  const flip = (d: Direction): Direction => (d === 'out' ? 'in' : d === 'in' ? 'out' : 'both');

  function* matchPart(part: PatternPart): Generator<void> {
    const n = part.nodes.length;
    const nodeKeys: string[] = new Array(n);
    const relEdges: string[][] = new Array(n - 1);
    const relNodes: string[][] = new Array(n - 1);
    const bound = new Set(row.keys());
    const plan = planStart(part, bound, whereList, indexes, g.order, g.size);
    profile?.plans.push(describePlan(plan));
    const s = plan.node;
    // Steps: rels to the right of the start, then rels to its left (walking backwards). A start
    // at relationship s has already placed nodes s and s + 1.
    const steps: { rel: number; forward: boolean }[] = [];
    for (let i = plan.source === 'type' ? s + 1 : s; i < n - 1; i++) steps.push({ rel: i, forward: true });
    for (let i = s - 1; i >= 0; i--) steps.push({ rel: i, forward: false });

    function* finish(): Generator<void> {
      if (!part.variable) {
        yield;
        return;
      }
      const pathNodes: NodeRef[] = [ctx.qg.node(nodeKeys[0]!)];
      const pathRels: RelRef[] = [];
      for (let i = 0; i < n - 1; i++) {
        relEdges[i]!.forEach((e, j) => {
          pathRels.push(ctx.qg.rel(e));
          pathNodes.push(ctx.qg.node(relNodes[i]![j]!));
        });
      }
      if (row.has(part.variable)) {
        if (cypherEquals(row.get(part.variable)!, makePath(pathNodes, pathRels)) === true) yield;
        return;
      }
      if (bind(part.variable, makePath(pathNodes, pathRels))) {
        yield;
        row.delete(part.variable);
      }
    }

    function* step(j: number): Generator<void> {
      if (j === steps.length) {
        yield* finish();
        return;
      }
      const { rel, forward } = steps[j]!;
      const p = part.rels[rel]!;
      const fromIdx = forward ? rel : rel + 1;
      const toIdx = forward ? rel + 1 : rel;
      const dir = forward ? p.direction : flip(p.direction);
      const from = nodeKeys[fromIdx]!;
      const target = part.nodes[toIdx]!;
      if (p.range) {
        for (const [end, edges, walked] of varLength(p, from, dir)) {
          const nodePlaced = placeNode(target, end);
          if (nodePlaced === FAILED) continue;
          // Edges and the node after each edge, in path order (left to right), when someone reads them.
          if (part.variable || p.variable) {
            if (forward) {
              relEdges[rel] = [...edges];
              relNodes[rel] = [...walked];
            } else {
              relEdges[rel] = [...edges].reverse();
              relNodes[rel] = walked.slice(0, -1).reverse().concat(from);
            }
          }
          const relPlaced = p.variable ? bindRelList(p.variable, relEdges[rel]!) : KEPT;
          if (relPlaced !== FAILED) {
            // The walk keeps these edges in `used` while this match is extended.
            nodeKeys[toIdx] = end;
            yield* step(j + 1);
            release(p.variable, relPlaced);
          }
          release(target.variable, nodePlaced);
        }
        return;
      }
      const last = j + 1 === steps.length && !part.variable;
      for (const h of edgesFrom(from, dir)) {
        ctx.tick();
        const e = h.e;
        const other = h.other;
        if ((unique && used.has(e)) || !relMatches(p, h.attrs)) continue;
        const relPlaced = p.variable ? bindRel(p.variable, h) : KEPT;
        if (relPlaced === FAILED) continue;
        const nodePlaced = placeNode(target, other);
        if (nodePlaced !== FAILED) {
          if (unique) used.add(e);
          if (part.variable) {
            relEdges[rel] = [e];
            relNodes[rel] = [forward ? other : from];
          }
          nodeKeys[toIdx] = other;
          if (last) yield;
          else yield* step(j + 1);
          used.delete(e);
          release(target.variable, nodePlaced);
        }
        release(p.variable, relPlaced);
      }
    }

    if (plan.source === 'type') {
      yield* startAtRelationships(plan.types, s);
      return;
    }

    /** Start from every relationship of the given types, placed as relationship `i` of the part. */
    function* startAtRelationships(types: string[], i: number): Generator<void> {
      const p = part.rels[i]!;
      const [left, right] = [part.nodes[i]!, part.nodes[i + 1]!];
      const reversed = p.direction === 'in';
      for (const scan of relationshipChunks(types))
        for (let x = 0; x < scan.keys.length; x++) {
          ctx.tick();
          const e = scan.keys[x]!;
          const attrs = scan.attrs[x]!;
          if ((unique && used.has(e)) || !relMatches(p, attrs)) continue;
          const source = scan.sources[x]!;
          const target = scan.targets[x]!;
          // Undirected: each orientation, once for a self-loop.
          const orientations = p.direction === 'both' && source !== target ? 2 : 1;
          for (let o = 0; o < orientations; o++) {
            // 'in' walks target → source; the second undirected orientation does too.
            const flipped = reversed || o === 1;
            const l = flipped ? target : source;
            const r = flipped ? source : target;
            const relPlaced = p.variable ? bindRel(p.variable, { e, other: r, attrs, source, target }) : KEPT;
            if (relPlaced === FAILED) continue;
            const leftPlaced = placeNode(left, l);
            if (leftPlaced !== FAILED) {
              const rightPlaced = placeNode(right, r);
              if (rightPlaced !== FAILED) {
                if (unique) used.add(e);
                if (part.variable) {
                  relEdges[i] = [e];
                  relNodes[i] = [r];
                }
                nodeKeys[i] = l;
                nodeKeys[i + 1] = r;
                if (steps.length === 0 && !part.variable) yield;
                else yield* step(0);
                used.delete(e);
                release(right.variable, rightPlaced);
              }
              release(left.variable, leftPlaced);
            }
            release(p.variable, relPlaced);
          }
        }
    }

    for (const key of candidates(plan)) {
      ctx.tick();
      const placed = placeNode(part.nodes[s]!, key);
      if (placed === FAILED) continue;
      nodeKeys[s] = key;
      if (steps.length === 0 && !part.variable) yield;
      else yield* step(0);
      release(part.nodes[s]!.variable, placed);
    }
  }

  const bindRel = (name: string, hop: Hop): Placement => {
    if (row.has(name)) {
      const v = row.get(name)!;
      return v !== null && typeof v === 'object' && (v as RelRef).kind === 'relationship' && (v as RelRef).id === hop.e
        ? KEPT
        : FAILED;
    }
    return bind(name, relOf(hop)) ? BOUND : FAILED;
  };

  const bindRelList = (name: string, edges: string[]): Placement => {
    const list = edges.map((e) => ctx.qg.rel(e));
    if (row.has(name)) return cypherEquals(row.get(name)!, list) === true ? KEPT : FAILED;
    return bind(name, list) ? BOUND : FAILED;
  };

  function* matchFrom(i: number): Generator<Row> {
    if (i === parts.length) {
      yield new Map(row);
      return;
    }
    const part = parts[i]!;
    if (part.shortest) {
      for (const undo of shortestPaths(part, row, ctx, bind, placeNodeFor)) {
        yield* matchFrom(i + 1);
        undo();
      }
      return;
    }
    if (i + 1 === parts.length) {
      for (const _ of matchPart(part)) yield new Map(row);
    } else {
      for (const _ of matchPart(part)) yield* matchFrom(i + 1);
    }
  }

  const placeNodeFor = (p: NodePattern, key: string): (() => void) | null => {
    const placed = placeNode(p, key);
    return placed === FAILED ? null : () => release(p.variable, placed);
  };
  // One plain part (the common case) skips a generator layer per row.
  if (parts.length === 1 && !parts[0]!.shortest) {
    if (live) for (const _ of matchPart(parts[0]!)) yield row;
    else for (const _ of matchPart(parts[0]!)) yield new Map(row);
  } else yield* matchFrom(0);
}
