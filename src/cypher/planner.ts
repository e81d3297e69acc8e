/**
 * Choosing where a pattern starts. Cheapest first: a node bound by an earlier clause, then an
 * index lookup on (label, property) from an inline map or a WHERE conjunct (`n.p = x`,
 * `n.p IN list`, `x IN n.p`), then the smallest label, then every node.
 */
import type { Expr, PatternPart } from './ast.js';
import type { GraphIndexes } from './indexes.js';
import { freeVariables } from './semantic/variables.js';

export interface IndexProbe {
  label: string | null;
  property: string;
  /** Evaluated against the incoming row. */
  value: Expr;
  /** eq: property = value; any: property = one of the list value; member: value is an element of the list property. */
  mode: 'eq' | 'any' | 'member';
}

export type StartPlan =
  | { node: number; source: 'bound'; variable: string }
  | { node: number; source: 'index'; probe: IndexProbe }
  | { node: number; source: 'label'; label: string }
  | { node: number; source: 'labels'; labels: string[] }
  /** Start at the relationships of these types (every relationship when empty), as relationship `node` (between nodes node and node + 1). */
  | { node: number; source: 'type'; types: string[] }
  | { node: number; source: 'all' };

/** AND-conjuncts of a predicate. */
export function conjuncts(e: Expr | null): Expr[] {
  if (!e) return [];
  if (e.type === 'Binary' && e.op === 'AND') return [...conjuncts(e.left), ...conjuncts(e.right)];
  return [e];
}

function isPropertyOf(e: Expr, variable: string): e is Extract<Expr, { type: 'Property' }> {
  return e.type === 'Property' && e.object.type === 'Variable' && e.object.name === variable;
}

function usesOnly(e: Expr, bound: ReadonlySet<string>): boolean {
  for (const v of freeVariables(e)) if (!bound.has(v)) return false;
  return true;
}

/** An index probe for `variable` from its inline properties or a WHERE conjunct, if any. */
function findProbe(
  part: PatternPart,
  node: number,
  where: Expr[],
  bound: ReadonlySet<string>,
  label: string | null,
): IndexProbe | null {
  const pattern = part.nodes[node]!;
  if (pattern.properties?.type === 'Map') {
    for (const [property, value] of pattern.properties.entries) {
      if (usesOnly(value, bound)) return { label, property, value, mode: 'eq' };
    }
  }
  const v = pattern.variable;
  if (!v) return null;
  for (const c of where) {
    if (c.type === 'Comparison' && c.ops.length === 1 && c.ops[0] === '=') {
      const [l, r] = c.operands as [Expr, Expr];
      if (isPropertyOf(l, v) && usesOnly(r, bound)) return { label, property: l.key, value: r, mode: 'eq' };
      if (isPropertyOf(r, v) && usesOnly(l, bound)) return { label, property: r.key, value: l, mode: 'eq' };
    }
    if (c.type === 'Binary' && c.op === 'IN') {
      if (isPropertyOf(c.left, v) && usesOnly(c.right, bound))
        return { label, property: c.left.key, value: c.right, mode: 'any' };
      if (isPropertyOf(c.right, v) && usesOnly(c.left, bound))
        return { label, property: c.right.key, value: c.left, mode: 'member' };
    }
  }
  return null;
}

/**
 * Pick the start of a pattern part given the variables already bound and the WHERE conjuncts.
 * Costs compare the work of each start: a label scan expands every node of the label (its count
 * times the average degree), a relationship type scan visits every relationship of the types.
 */
export function planStart(
  part: PatternPart,
  bound: ReadonlySet<string>,
  where: Expr[],
  indexes: GraphIndexes,
  nodeCount: number,
  edgeCount: number,
): StartPlan {
  const averageDegree = edgeCount / Math.max(1, nodeCount);
  const scanCost = (work: number): number => 2 + work / (edgeCount + nodeCount + 1);
  let best: StartPlan = { node: 0, source: 'all' };
  let bestCost = Infinity;
  part.nodes.forEach((pattern, node) => {
    let plan: StartPlan;
    let cost: number;
    if (pattern.variable && bound.has(pattern.variable)) {
      plan = { node, source: 'bound', variable: pattern.variable };
      cost = 0;
    } else {
      const smallest = pattern.labels.reduce<string | null>(
        (a, l) => (a === null || indexes.labelCount(l) < indexes.labelCount(a) ? l : a),
        null,
      );
      const probe = findProbe(part, node, where, bound, smallest);
      if (probe) {
        plan = { node, source: 'index', probe };
        cost = 1;
      } else if (smallest !== null) {
        plan = { node, source: 'label', label: smallest };
        cost = scanCost(indexes.labelCount(smallest) * (1 + averageDegree));
      } else if (pattern.anyLabels) {
        plan = { node, source: 'labels', labels: pattern.anyLabels };
        cost = scanCost(pattern.anyLabels.reduce((n, l) => n + indexes.labelCount(l), 0) * (1 + averageDegree));
      } else {
        plan = { node, source: 'all' };
        cost = 3;
      }
    }
    if (cost < bestCost) {
      best = plan;
      bestCost = cost;
    }
  });
  // A single-hop relationship whose ends are not bound can be the start instead: scanning the
  // relationships of its types (or all of them) beats expanding every node's adjacency.
  part.rels.forEach((rel, i) => {
    if (rel.range || bestCost <= 1) return;
    const ends = [part.nodes[i]!, part.nodes[i + 1]!];
    if (ends.some((n) => n.variable && bound.has(n.variable)) || (rel.variable && bound.has(rel.variable))) return;
    const count =
      rel.types.length === 0 ? edgeCount : [...new Set(rel.types)].reduce((n, t) => n + indexes.typeCount(t), 0);
    const cost = scanCost(count);
    if (cost < bestCost) {
      best = { node: i, source: 'type', types: rel.types };
      bestCost = cost;
    }
  });
  return best;
}

/** A one-line description of a start plan (for profiles, tests and the README). */
export function describePlan(plan: StartPlan): string {
  switch (plan.source) {
    case 'bound':
      return `start at bound (${plan.variable})`;
    case 'index':
      return `index ${plan.probe.mode} ${plan.probe.label ?? '*'}.${plan.probe.property}`;
    case 'label':
      return `label scan :${plan.label}`;
    case 'labels':
      return `label scan :${plan.labels.join('|')}`;
    case 'type':
      return plan.types.length ? `relationship type scan :${plan.types.join('|')}` : 'all relationships scan';
    default:
      return 'all nodes scan';
  }
}
