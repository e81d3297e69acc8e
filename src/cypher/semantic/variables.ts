/** Free variables of expressions (names an expression reads from its row), respecting local scopes. */
import type { Expr, PatternPart } from '../ast.js';

export function freeVariables(
  e: Expr,
  out: Set<string> = new Set(),
  bound: ReadonlySet<string> = new Set(),
): Set<string> {
  const visit = (x: Expr | null, b: ReadonlySet<string> = bound): void => {
    if (x) freeVariables(x, out, b);
  };
  const add = (name: string): void => {
    if (!bound.has(name)) out.add(name);
  };
  switch (e.type) {
    case 'Literal':
    case 'Parameter':
    case 'CountStar':
      return out;
    case 'Variable':
      add(e.name);
      return out;
    case 'List':
      e.items.forEach((i) => visit(i));
      return out;
    case 'Map':
      e.entries.forEach(([, v]) => visit(v));
      return out;
    case 'Property':
      visit(e.object);
      return out;
    case 'Index':
      visit(e.object);
      visit(e.index);
      return out;
    case 'Slice':
      visit(e.object);
      visit(e.from);
      visit(e.to);
      return out;
    case 'Call':
      e.args.forEach((a) => visit(a));
      return out;
    case 'Binary':
      visit(e.left);
      visit(e.right);
      return out;
    case 'Comparison':
      e.operands.forEach((o) => visit(o));
      return out;
    case 'Unary':
    case 'IsNull':
    case 'LabelCheck':
      visit(e.operand);
      return out;
    case 'Case':
      visit(e.test);
      e.whens.forEach(([w, t]) => (visit(w), visit(t)));
      visit(e.otherwise);
      return out;
    case 'ListComprehension':
    case 'Quantifier': {
      visit(e.list);
      const inner = new Set(bound).add(e.variable);
      visit(e.where, inner);
      if (e.type === 'ListComprehension') visit(e.projection, inner);
      return out;
    }
    case 'Reduce': {
      visit(e.init);
      visit(e.list);
      visit(e.expression, new Set(bound).add(e.variable).add(e.accumulator));
      return out;
    }
    case 'PatternPredicate':
      patternFreeVariables([e.pattern], out, bound, false);
      return out;
    case 'PatternComprehension': {
      const inner = patternFreeVariables([e.pattern], out, bound, true);
      visit(e.where, inner);
      visit(e.projection, inner);
      return out;
    }
    case 'Exists': {
      if (e.patterns) {
        const inner = patternFreeVariables(e.patterns, out, bound, true);
        visit(e.where, inner);
      }
      // A full subquery may read any outer variable: count every name it mentions (an over-estimate
      // only delays when the predicate is checked).
      if (e.query) mentionedNames(e.query, out, bound);
      return out;
    }
    case 'Collect':
      mentionedNames(e.query, out, bound);
      return out;
    case 'MapProjection':
      add(e.variable);
      for (const item of e.items) {
        if (item.kind === 'literal') visit(item.value);
        if (item.kind === 'variable') add(item.name);
      }
      return out;
  }
}

/**
 * Variables a pattern reads from outside. With `introduces`, its own new variables are local
 * (pattern comprehension, EXISTS); without, every named variable must come from outside.
 */
export function patternFreeVariables(
  parts: PatternPart[],
  out: Set<string>,
  bound: ReadonlySet<string>,
  introduces: boolean,
): Set<string> {
  const inner = new Set(bound);
  for (const part of parts) {
    for (const el of [...part.nodes, ...part.rels]) {
      if (el.properties) freeVariables(el.properties, out, inner);
      if (el.variable) {
        if (introduces) {
          if (!bound.has(el.variable)) out.add(el.variable);
          inner.add(el.variable);
        } else if (!inner.has(el.variable)) out.add(el.variable);
      }
    }
    if (part.variable && introduces) inner.add(part.variable);
  }
  return inner;
}

/** Variables a pattern names (nodes, relationships, the path). */
export function patternVariables(parts: PatternPart[]): string[] {
  const names: string[] = [];
  for (const part of parts) {
    if (part.variable) names.push(part.variable);
    for (const el of [...part.nodes, ...part.rels]) if (el.variable) names.push(el.variable);
  }
  return names;
}

function mentionedNames(node: unknown, out: Set<string>, bound: ReadonlySet<string>): void {
  if (Array.isArray(node)) {
    for (const x of node) mentionedNames(x, out, bound);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as { type?: string; name?: string; variable?: unknown };
  if (o.type === 'Variable' && typeof o.name === 'string' && !bound.has(o.name)) out.add(o.name);
  if ((o.type === 'NodePattern' || o.type === 'RelPattern') && typeof o.variable === 'string' && !bound.has(o.variable))
    out.add(o.variable);
  for (const v of Object.values(o)) if (typeof v === 'object') mentionedNames(v, out, bound);
}
