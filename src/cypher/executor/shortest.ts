/** shortestPath / allShortestPaths: breadth-first search between the two ends of a one-relationship pattern. */
import type { NodePattern, PatternPart } from '../ast.js';
import { makePath, type NodeRef } from '../entities.js';
import { cypherEquals } from '../equality.js';
import type { EvalContext, Row } from '../eval/context.js';
import { evaluate } from '../eval/evaluate.js';
import type { CypherValue } from '../values.js';

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
  for (const start of startKeys) {
    const undoStart = place(startPattern, start);
    if (!undoStart) continue;
    // BFS layer by layer, remembering every predecessor edge at the shortest depth.
    const depth = new Map<string, number>([[start, 0]]);
    const preds = new Map<string, [string, string][]>();
    const order: string[] = [start];
    let frontier = [start];
    for (let d = 1; d <= max && frontier.length; d++) {
      const next: string[] = [];
      for (const at of frontier) {
        ctx.tick();
        const visit = (e: string, other: string): void => {
          const attrs = g.getEdgeAttributes(e);
          if (rel.types.length && !rel.types.includes(attrs.type)) return;
          if (wanted instanceof Map) {
            for (const [k, v] of wanted) if (cypherEquals(attrs.properties[k] ?? null, v) !== true) return;
          }
          const seen = depth.get(other);
          if (seen === undefined) {
            depth.set(other, d);
            preds.set(other, [[e, at]]);
            next.push(other);
            order.push(other);
          } else if (seen === d) preds.get(other)!.push([e, at]);
        };
        if (rel.direction !== 'in') g.forEachOutEdge(at, (e, _a, _s, t) => visit(e, t));
        if (rel.direction !== 'out')
          g.forEachInEdge(at, (e, _a, s) => (rel.direction === 'both' && s === at ? undefined : visit(e, s)));
      }
      frontier = next;
      if (target !== null && depth.has(target)) break;
    }
    for (const end of order) {
      const d = depth.get(end)!;
      if (d < min || (d === 0 && min > 0)) continue;
      const undoEnd = place(endPattern, end);
      if (!undoEnd) continue;
      const paths = enumerate(end, start, preds, part.shortest === 'all');
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

function boundKey(p: NodePattern, row: Row): string[] | null {
  if (!p.variable || !row.has(p.variable)) return null;
  const v = row.get(p.variable);
  return v && typeof v === 'object' && (v as NodeRef).kind === 'node' ? [(v as NodeRef).id] : [];
}

/** Edge lists from start to end along predecessor links: one, or all of them (iteratively). */
function enumerate(end: string, start: string, preds: Map<string, [string, string][]>, all: boolean): string[][] {
  if (end === start) return [[]];
  if (!all) {
    const edges: string[] = [];
    for (let at = end; at !== start;) {
      const [e, prev] = preds.get(at)![0]!;
      edges.push(e);
      at = prev;
    }
    return [edges.reverse()];
  }
  const out: string[][] = [];
  const stack: [string, string[]][] = [[end, []]];
  while (stack.length) {
    const [at, suffix] = stack.pop()!;
    if (at === start) {
      out.push(suffix);
      continue;
    }
    for (const [e, prev] of preds.get(at) ?? []) stack.push([prev, [e, ...suffix]]);
  }
  return out;
}
