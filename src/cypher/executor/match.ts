/**
 * Pattern matching: extend a row with every match of a list of pattern parts, relationship
 * uniqueness across the whole pattern, WHERE conjuncts checked as soon as their variables are bound.
 */
import type { Expr, MapLiteral, NodePattern, Parameter, PatternPart, RelPattern } from '../ast.js';
import { makePath, type NodeRef, type RelRef } from '../entities.js';
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

interface Conjunct {
  expr: Expr;
  needs: string[];
}

/** Every extension of `input` by one match of all `parts` satisfying `where`. */
export function* matchPatterns(parts: PatternPart[], input: Row, where: Expr | null, ctx: EvalContext, profile?: MatchProfile): Generator<Row> {
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
  const g = ctx.qg.graph;
  const indexes = indexesOf(g);

  /** Bind a new variable and check the conjuncts it completes; false (and unbound) if one fails. */
  const bind = (name: string, value: CypherValue): boolean => {
    row.set(name, value);
    for (const c of byVar.get(name) ?? []) {
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
    if (p.labels.length === 0 && !p.properties) return true;
    const attrs = g.getNodeAttributes(key);
    for (const l of p.labels) if (!attrs.labels.includes(l)) return false;
    return propsMatch(p.properties, attrs.properties);
  };

  const relMatches = (p: RelPattern, edge: string): boolean => {
    if (p.types.length === 0 && !p.properties) return true;
    const attrs = g.getEdgeAttributes(edge);
    if (p.types.length > 0 && !p.types.includes(attrs.type)) return false;
    return propsMatch(p.properties, attrs.properties);
  };

  /** Try to place node pattern `p` at graph node `key`; returns an undo function or null. */
  const placeNode = (p: NodePattern, key: string): (() => void) | null => {
    if (!nodeMatches(p, key)) return null;
    if (!p.variable) return () => {};
    if (row.has(p.variable)) {
      const bound = row.get(p.variable)!;
      return bound !== null && typeof bound === 'object' && (bound as NodeRef).kind === 'node' && (bound as NodeRef).id === key ? () => {} : null;
    }
    const name = p.variable;
    return bind(name, ctx.qg.node(key)) ? () => row.delete(name) : null;
  };

  const candidates = (part: PatternPart, plan: StartPlan): Iterable<string> => {
    switch (plan.source) {
      case 'bound': {
        const v = row.get(plan.variable);
        if (v === null) return [];
        if (typeof v !== 'object' || (v as NodeRef).kind !== 'node') throw typeError(`Variable \`${plan.variable}\` is not a node`);
        return g.hasNode((v as NodeRef).id) ? [(v as NodeRef).id] : [];
      }
      case 'index': {
        const value = evaluate(plan.probe.value, row, ctx);
        if (value === null) return [];
        const values = plan.probe.mode === 'any' ? (Array.isArray(value) ? value : []) : [value];
        const out = new Set<string>();
        for (const v of values) if (v !== null) for (const k of indexes.nodesWithProperty(plan.probe.label, plan.probe.property, v)) out.add(k);
        return out;
      }
      case 'label':
        return [...indexes.nodesWithLabel(plan.label)];
      default:
        void part;
        return g.nodes();
    }
  };

  function* edgesFrom(key: string, dir: Direction): Generator<[string, string]> {
    if (dir !== 'in') for (const e of g.outEdges(key)) yield [e, g.target(e)];
    if (dir !== 'out') {
      for (const e of g.inEdges(key)) {
        const s = g.source(e);
        if (dir === 'both' && s === key) continue; // a self-loop was already seen as outgoing
        yield [e, s];
      }
    }
  }

  /** Depth-first variable-length expansion: [end node, edges, nodes after start] in walking order. */
  function* varLength(p: RelPattern, from: string, dir: Direction): Generator<[string, string[], string[]]> {
    const min = p.range!.min ?? 1;
    const max = p.range!.max ?? Infinity;
    const edges: string[] = [];
    const nodes: string[] = [];
    function* walk(at: string): Generator<[string, string[], string[]]> {
      ctx.tick();
      if (edges.length >= min) yield [at, [...edges], [...nodes]];
      if (edges.length >= max) return;
      for (const [e, next] of edgesFrom(at, dir)) {
        if (used.has(e) || !relMatches(p, e)) continue;
        used.add(e);
        edges.push(e);
        nodes.push(next);
        yield* walk(next);
        used.delete(e);
        edges.pop();
        nodes.pop();
      }
    }
    yield* walk(from);
  }

  const flip = (d: Direction): Direction => (d === 'out' ? 'in' : d === 'in' ? 'out' : 'both');

  function* matchPart(part: PatternPart): Generator<void> {
    const n = part.nodes.length;
    const nodeKeys: string[] = new Array(n);
    const relEdges: string[][] = new Array(n - 1);
    const relNodes: string[][] = new Array(n - 1);
    const bound = new Set(row.keys());
    const plan = planStart(part, bound, whereList, indexes, g.order);
    profile?.plans.push(describePlan(plan));
    const s = plan.node;
    // Steps: rels to the right of the start, then rels to its left (walking backwards).
    const steps: { rel: number; forward: boolean }[] = [];
    for (let i = s; i < n - 1; i++) steps.push({ rel: i, forward: true });
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
          const undoNode = placeNode(target, end);
          if (!undoNode) continue;
          // Store edges and the node after each edge in path order (left to right).
          if (forward) {
            relEdges[rel] = edges;
            relNodes[rel] = walked;
          } else {
            relEdges[rel] = [...edges].reverse();
            relNodes[rel] = [...walked.slice(0, -1)].reverse().concat(from);
          }
          let undoRel: (() => void) | null = () => {};
          if (p.variable) undoRel = bindRelList(p.variable, relEdges[rel]!);
          if (undoRel) {
            // The walk keeps these edges in `used` while this match is extended.
            nodeKeys[toIdx] = end;
            yield* step(j + 1);
            undoRel();
          }
          undoNode();
        }
        return;
      }
      for (const [e, other] of edgesFrom(from, dir)) {
        ctx.tick();
        if (used.has(e) || !relMatches(p, e)) continue;
        let undoRel: (() => void) | null = () => {};
        if (p.variable) undoRel = bindRel(p.variable, e);
        if (!undoRel) continue;
        const undoNode = placeNode(target, other);
        if (undoNode) {
          used.add(e);
          relEdges[rel] = [e];
          relNodes[rel] = [forward ? other : from];
          nodeKeys[toIdx] = other;
          yield* step(j + 1);
          used.delete(e);
          undoNode();
        }
        undoRel();
      }
    }

    for (const key of candidates(part, plan)) {
      ctx.tick();
      const undo = placeNode(part.nodes[s]!, key);
      if (!undo) continue;
      nodeKeys[s] = key;
      yield* step(0);
      undo();
    }
  }

  const bindRel = (name: string, edge: string): (() => void) | null => {
    if (row.has(name)) {
      const v = row.get(name)!;
      return v !== null && typeof v === 'object' && (v as RelRef).kind === 'relationship' && (v as RelRef).id === edge ? () => {} : null;
    }
    return bind(name, ctx.qg.rel(edge)) ? () => row.delete(name) : null;
  };

  const bindRelList = (name: string, edges: string[]): (() => void) | null => {
    const list = edges.map((e) => ctx.qg.rel(e));
    if (row.has(name)) return cypherEquals(row.get(name)!, list) === true ? () => {} : null;
    return bind(name, list) ? () => row.delete(name) : null;
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
    for (const _ of matchPart(part)) yield* matchFrom(i + 1);
  }

  const placeNodeFor = placeNode;
  yield* matchFrom(0);
}
