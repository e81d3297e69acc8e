/** Generic traversal of expression trees. */
import type { Expr, PatternPart } from '../ast.js';
import { isAggregateName } from '../functions/index.js';

function patternExprs(parts: PatternPart[]): Expr[] {
  const out: Expr[] = [];
  for (const p of parts) for (const el of [...p.nodes, ...p.rels]) if (el.properties) out.push(el.properties);
  return out;
}

/** The direct sub-expressions of an expression (not those of nested full subqueries). */
export function children(e: Expr): Expr[] {
  switch (e.type) {
    case 'Literal':
    case 'Parameter':
    case 'Variable':
    case 'CountStar':
      return [];
    case 'List':
      return e.items;
    case 'Map':
      return e.entries.map(([, v]) => v);
    case 'Property':
      return [e.object];
    case 'Index':
      return [e.object, e.index];
    case 'Slice':
      return [e.object, ...(e.from ? [e.from] : []), ...(e.to ? [e.to] : [])];
    case 'Call':
      return e.args;
    case 'Binary':
      return [e.left, e.right];
    case 'Comparison':
      return e.operands;
    case 'Unary':
    case 'IsNull':
    case 'LabelCheck':
      return [e.operand];
    case 'Case':
      return [...(e.test ? [e.test] : []), ...e.whens.flat(), ...(e.otherwise ? [e.otherwise] : [])];
    case 'ListComprehension':
      return [e.list, ...(e.where ? [e.where] : []), ...(e.projection ? [e.projection] : [])];
    case 'Quantifier':
      return [e.list, ...(e.where ? [e.where] : [])];
    case 'Reduce':
      return [e.init, e.list, e.expression];
    case 'PatternPredicate':
      return patternExprs([e.pattern]);
    case 'PatternComprehension':
      return [...patternExprs([e.pattern]), ...(e.where ? [e.where] : []), e.projection];
    case 'Exists':
      return [...patternExprs(e.patterns ?? []), ...(e.where ? [e.where] : [])];
    case 'Collect':
      return [];
    case 'MapProjection':
      return e.items.flatMap((i) => (i.kind === 'literal' ? [i.value] : []));
  }
}

export function isAggregateCall(e: Expr): boolean {
  return e.type === 'CountStar' || (e.type === 'Call' && isAggregateName(e.name));
}

/** Aggregate calls in an expression, outermost only. */
export function aggregateCalls(e: Expr, out: Expr[] = []): Expr[] {
  if (isAggregateCall(e)) out.push(e);
  else for (const c of children(e)) aggregateCalls(c, out);
  return out;
}

export function containsAggregate(e: Expr): boolean {
  return aggregateCalls(e).length > 0;
}

/** Structural equality of expressions, ignoring positions (ORDER BY x matching a RETURN item x). */
export function sameExpression(a: Expr, b: Expr): boolean {
  return JSON.stringify(a, strip) === JSON.stringify(b, strip);
}

function strip(key: string, value: unknown): unknown {
  if (key === 'start' || key === 'end') return undefined;
  return typeof value === 'bigint' ? `${value}n` : value;
}
