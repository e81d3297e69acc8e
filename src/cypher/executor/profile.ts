/**
 * EXPLAIN and PROFILE: the plan as a tree of operators, one per clause (the last clause at the
 * root, the clause feeding it as its child; UNION parts and subqueries as further children),
 * each with its estimated rows and, under PROFILE, the rows it produced and the time spent in it
 * (its children's time excluded).
 *
 * Estimates come from the count store (label and type counts, the average degree) and the start
 * plan the planner picks; like Neo4j's they are guesses to compare with the actual figures.
 */
import type { Clause, ClauseOf, Expr, PatternPart, Projection, Query, SingleQuery } from '../ast.js';
import type { PropertyGraph } from '../../graph/property-graph.js';
import { indexesOf } from '../indexes.js';
import { conjuncts, describePlan, planStart } from '../planner.js';
import { containsAggregate } from '../semantic/walk.js';
import { patternVariables } from '../semantic/variables.js';
import type { PlanNode } from '../values.js';

/** A plan operator while the query runs: PlanNode plus the time including its children. */
export interface PlanOperator extends PlanNode {
  rows: number;
  timeMs: number;
  inclusiveMs: number;
  children: PlanOperator[];
}

/** `EXPLAIN …` / `PROFILE …`: the mode and the query with the keyword blanked (offsets unchanged). */
export function splitPlanKeyword(query: string): { mode: 'explain' | 'profile' | null; query: string } {
  const m = /^(\s*)(explain|profile)(?=\s|$)/i.exec(query);
  if (!m) return { mode: null, query };
  const mode = m[2]!.toLowerCase() as 'explain' | 'profile';
  return { mode, query: m[1]! + ' '.repeat(m[2]!.length) + query.slice(m[0].length) };
}

const MAX_DETAIL = 160;

function text(source: string, span: { start: number; end: number }): string {
  const t = source.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return t.length > MAX_DETAIL ? t.slice(0, MAX_DETAIL - 1) + '…' : t;
}

/** The operators of a query, keyed by clause, and the root of their tree. */
export interface QueryPlanOperators {
  root: PlanOperator;
  byClause: Map<Clause, PlanOperator>;
  /** A UNION's node, whose time is the whole query's. */
  union: PlanOperator | null;
}

export function planOperators(query: Query, source: string, graph: PropertyGraph): QueryPlanOperators {
  const byClause = new Map<Clause, PlanOperator>();
  const roots = query.parts.map((part) => singlePlan(part, source, graph, byClause, []));
  if (roots.length === 1) return { root: roots[0]!, byClause, union: null };
  const all = query.unionAll.every((a) => a);
  const union = operator(
    all ? 'UnionAll' : 'Union',
    '',
    roots.reduce((n, r) => n + r.estimatedRows, 0),
    roots,
  );
  return { root: union, byClause, union };
}

function operator(name: string, details: string, estimatedRows: number, children: PlanOperator[]): PlanOperator {
  return {
    operator: name,
    details,
    estimatedRows: Math.round(estimatedRows),
    rows: 0,
    timeMs: 0,
    inclusiveMs: 0,
    children,
  };
}

function singlePlan(
  q: SingleQuery,
  source: string,
  graph: PropertyGraph,
  byClause: Map<Clause, PlanOperator>,
  scope: string[],
): PlanOperator {
  let child: PlanOperator | null = null;
  let rows = 1;
  let bound = [...scope];
  for (const clause of q.clauses) {
    const [name, details, estimate, vars] = describeClause(clause, source, graph, bound, rows);
    const children: PlanOperator[] = child ? [child] : [];
    if (clause.type === 'Subquery') {
      for (const part of clause.query.parts) children.push(singlePlan(part, source, graph, byClause, bound));
    }
    child = operator(name, details, estimate, children);
    byClause.set(clause, child);
    rows = estimate;
    bound = vars;
  }
  return child ?? operator('Empty', '', 0, []);
}

type Described = [operator: string, details: string, estimatedRows: number, scope: string[]];

function describeClause(
  clause: Clause,
  source: string,
  graph: PropertyGraph,
  bound: string[],
  rows: number,
): Described {
  const add = (names: string[]): string[] => [...new Set([...bound, ...names])];
  switch (clause.type) {
    case 'Match': {
      const { details, factor } = estimateMatch(clause, graph, new Set(bound));
      const estimate = clause.optional ? Math.max(rows, rows * factor) : rows * factor;
      return [
        clause.optional ? 'OptionalMatch' : 'Match',
        `${text(source, clause)}; ${details}`,
        estimate,
        add(patternVariables(clause.patterns)),
      ];
    }
    case 'Unwind':
      return ['Unwind', text(source, clause), rows * 10, add([clause.variable])];
    case 'With':
    case 'Return': {
      const p = clause.projection;
      const names = p.items.map((i) => i.alias ?? i.text);
      return [...describeProjection(p, source, rows), p.star ? add(names) : names];
    }
    case 'Create':
      return ['Create', text(source, clause), rows, add(patternVariables(clause.patterns))];
    case 'Merge':
      return ['Merge', text(source, clause), rows, add(patternVariables([clause.pattern]))];
    case 'Call':
      return [
        'ProcedureCall',
        text(source, clause),
        rows * 10,
        add(clause.yields?.map((y) => y.alias ?? y.name) ?? []),
      ];
    case 'Subquery':
      return ['SubqueryCall', 'CALL { … }', rows, bound];
    case 'Foreach':
      return ['Foreach', text(source, clause), rows, bound];
    default:
      return [clause.type, text(source, clause), rows, bound];
  }
}

function describeProjection(p: Projection, source: string, rows: number): [string, string, number] {
  const aggregating = p.items.some((i) => containsAggregate(i.expr));
  const keys = p.items.filter((i) => !containsAggregate(i.expr)).length;
  let estimate = aggregating ? (keys === 0 ? 1 : Math.max(1, Math.sqrt(rows))) : rows;
  const steps: string[] = [];
  steps.push(p.star ? '*' : p.items.map((i) => text(source, i.expr) + (i.alias ? ` AS ${i.alias}` : '')).join(', '));
  if (p.distinct) steps.push('distinct');
  const limit = literalInt(p.limit);
  const skip = literalInt(p.skip) ?? 0;
  if (p.orderBy.length) {
    const by = p.orderBy.map((o) => text(source, o.expr) + (o.descending ? ' DESC' : '')).join(', ');
    steps.push(
      p.limit ? `top ${limit ?? '?'}${skip ? ` after ${skip}` : ''} by ${by} (bounded heap)` : `sort by ${by}`,
    );
  }
  if (p.skip) steps.push(`skip ${skip}`);
  if (p.limit) steps.push(`limit ${limit ?? '?'}`);
  if (limit !== null) estimate = Math.min(estimate, limit);
  return [aggregating ? 'Aggregation' : 'Projection', steps.join('; '), estimate];
}

function literalInt(e: Expr | null): number | null {
  return e?.type === 'Literal' && typeof e.value === 'bigint' ? Number(e.value) : null;
}

/** Rows per input row of a MATCH: the start plan's candidates times the average degree per hop. */
function estimateMatch(
  clause: ClauseOf<'Match'>,
  graph: PropertyGraph,
  bound: Set<string>,
): { details: string; factor: number } {
  const indexes = indexesOf(graph);
  const where = conjuncts(clause.where);
  const averageDegree = graph.size / Math.max(1, graph.order);
  const plans: string[] = [];
  let factor = 1;
  for (const part of clause.patterns) {
    const plan = planStart(part, bound, where, indexes, graph.order, graph.size);
    plans.push(
      part.shortest
        ? `${part.shortest === 'all' ? 'all shortest paths' : 'shortest path'} (bidirectional BFS when both ends are bound)`
        : describePlan(plan),
    );
    let start: number;
    switch (plan.source) {
      case 'bound':
        start = 1;
        break;
      case 'index':
        start = 1;
        break;
      case 'label':
        start = indexes.labelCount(plan.label);
        break;
      case 'labels':
        start = plan.labels.reduce((n, l) => n + indexes.labelCount(l), 0);
        break;
      case 'type':
        start = plan.types.length ? plan.types.reduce((n, t) => n + indexes.typeCount(t), 0) : graph.size;
        break;
      default:
        start = graph.order;
    }
    factor *= part.shortest ? 1 : start * hopsFactor(part, plan.source === 'type' ? 1 : 0, averageDegree);
    for (const v of patternVariables([part])) bound.add(v);
  }
  return { details: plans.join(', '), factor };
}

function hopsFactor(part: PatternPart, skip: number, averageDegree: number): number {
  let f = 1;
  part.rels.forEach((rel, i) => {
    if (i < skip) return;
    const d = rel.direction === 'both' ? 2 * averageDegree : averageDegree;
    if (!rel.range) f *= d;
    else {
      const max = Math.min(rel.range.max ?? 3, 3);
      let paths = 0;
      for (let k = rel.range.min ?? 1; k <= max; k++) paths += d ** k;
      f *= Math.max(paths, 1);
    }
  });
  return f;
}

/** Self time: inclusive time minus the children's inclusive time. Returns the public tree. */
export function finishPlan(op: PlanOperator, profiled: boolean): PlanNode {
  const children = op.children.map((c) => finishPlan(c, profiled));
  const node: PlanNode = { operator: op.operator, details: op.details, estimatedRows: op.estimatedRows, children };
  if (profiled) {
    node.rows = op.rows;
    const childTime = op.children.reduce((t, c) => t + c.inclusiveMs, 0);
    node.timeMs = Math.round(Math.max(0, op.inclusiveMs - childTime) * 1000) / 1000;
  }
  return node;
}

/** A clause's row stream, counted and timed for PROFILE. */
export function* profiled<T>(rows: Iterable<T>, op: PlanOperator): Generator<T> {
  const it = rows[Symbol.iterator]();
  for (;;) {
    const t = performance.now();
    const next = it.next();
    op.inclusiveMs += performance.now() - t;
    if (next.done) return;
    op.rows++;
    yield next.value;
  }
}
