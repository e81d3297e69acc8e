/**
 * Expression checks: undefined variables, aggregation placement, unknown functions and arity,
 * and type errors visible before running (NOT 1, 'a' % 2, labels(relationship), …).
 */
import type { Expr, PatternPart, Query } from '../ast.js';
import { CypherError, compileError } from '../errors.js';
import { functionArity, functionNames } from '../functions/index.js';
import { didYouMean } from '../suggest.js';
import { mayBe, staticType, type StaticType } from './types.js';
import { isAggregateCall } from './walk.js';

export type Scope = Map<string, StaticType>;

export interface ExprRules {
  source: string;
  params: Record<string, unknown> | null;
  /** Aggregates allowed here (RETURN/WITH items, ORDER BY of an aggregating projection). */
  aggregates: boolean;
  /** Analyse a nested full query (EXISTS { … }, COUNT { … }, COLLECT { … }) with the outer scope. */
  subquery: (q: Query, scope: Scope, kind: 'exists' | 'collect') => void;
}

const ARG_TYPES: Record<string, StaticType[]> = {
  properties: ['node', 'relationship', 'map'],
  labels: ['node'],
  type: ['relationship'],
  nodes: ['path'],
  relationships: ['path'],
  startnode: ['relationship'],
  endnode: ['relationship'],
  size: ['string', 'list'],
  length: ['path', 'string'],
};

function fail(rules: ExprRules, detail: string, message: string, at: Expr): never {
  throw compileError(detail, message, rules.source, at.start);
}

export function checkExpr(e: Expr, scope: Scope, rules: ExprRules, inAggregate = false): void {
  const sub = (x: Expr | null, s: Scope = scope, agg = inAggregate): void => {
    if (x) checkExpr(x, s, rules, agg);
  };
  switch (e.type) {
    case 'Literal':
      return;
    case 'Parameter':
      if (rules.params && !Object.hasOwn(rules.params, e.name)) {
        throw new CypherError('ParameterMissing', 'compile', `Expected a value for parameter $${e.name}`, {
          detail: 'MissingParameter',
        });
      }
      return;
    case 'Variable':
      if (!scope.has(e.name)) fail(rules, 'UndefinedVariable', `Variable \`${e.name}\` not defined`, e);
      return;
    case 'List':
      e.items.forEach((i) => sub(i));
      return;
    case 'Map':
      e.entries.forEach(([, v]) => sub(v));
      return;
    case 'Property': {
      sub(e.object);
      const t = staticType(e.object, scope);
      if (t === 'path') fail(rules, 'InvalidArgumentType', `Cannot read property '${e.key}' of a path`, e);
      if (!mayBe(t, 'node', 'relationship', 'map')) {
        throw new CypherError('TypeError', 'compile', `Cannot read property '${e.key}' of a ${t}`, {
          detail: 'InvalidArgumentType',
        });
      }
      return;
    }
    case 'Index':
      sub(e.object);
      sub(e.index);
      return;
    case 'Slice':
      sub(e.object);
      sub(e.from);
      sub(e.to);
      return;
    case 'CountStar':
    case 'Call': {
      const aggregate = isAggregateCall(e);
      if (aggregate) {
        if (inAggregate) fail(rules, 'NestedAggregation', 'Aggregate functions cannot be nested', e);
        if (!rules.aggregates)
          fail(rules, 'InvalidAggregation', 'Aggregate functions are only allowed in RETURN and WITH', e);
      }
      if (e.type === 'CountStar') return;
      const arity = functionArity(e.name);
      if (!arity)
        fail(rules, 'UnknownFunction', `Unknown function '${e.name}'${didYouMean(e.name, functionNames())}`, e);
      if (e.args.length < arity.min || e.args.length > arity.max) {
        fail(
          rules,
          'InvalidNumberOfArguments',
          `${e.name}() takes ${arity.min === arity.max ? arity.min : `${arity.min} to ${arity.max}`} arguments, got ${e.args.length}`,
          e,
        );
      }
      for (const a of e.args) {
        // exists((a)-->(b)) is the older spelling of a pattern predicate and stays allowed.
        if (a.type === 'PatternPredicate' && e.name.toLowerCase() !== 'exists')
          fail(
            rules,
            'UnexpectedSyntax',
            'A pattern can only be used as a predicate here; use a pattern comprehension or COUNT { }',
            a,
          );
      }
      const wanted = ARG_TYPES[e.name.toLowerCase()];
      if (wanted && e.args[0] && !mayBe(staticType(e.args[0], scope), ...wanted)) {
        fail(rules, 'InvalidArgumentType', `${e.name}() cannot take a ${staticType(e.args[0], scope)}`, e.args[0]);
      }
      if (aggregate && e.args.some((a) => a.type === 'Call' && a.name.toLowerCase() === 'rand')) {
        fail(rules, 'NonConstantExpression', 'rand() cannot be aggregated', e);
      }
      for (const a of e.args) sub(a, scope, inAggregate || aggregate);
      return;
    }
    case 'Binary': {
      sub(e.left);
      sub(e.right);
      const lt = staticType(e.left, scope);
      const rt = staticType(e.right, scope);
      if (e.op === 'AND' || e.op === 'OR' || e.op === 'XOR') {
        for (const [t, x] of [
          [lt, e.left],
          [rt, e.right],
        ] as const) {
          if (!mayBe(t, 'boolean')) fail(rules, 'InvalidArgumentType', `${e.op} expects boolean operands, not ${t}`, x);
        }
      } else if (e.op === 'IN') {
        if (!mayBe(rt, 'list')) fail(rules, 'InvalidArgumentType', `IN expects a list, not ${rt}`, e.right);
      } else if (['-', '*', '/', '%', '^'].includes(e.op)) {
        for (const [t, x] of [
          [lt, e.left],
          [rt, e.right],
        ] as const) {
          if (!mayBe(t, 'integer', 'float')) fail(rules, 'InvalidArgumentType', `'${e.op}' cannot take a ${t}`, x);
        }
      } else if (e.op === '+') {
        for (const [t, x] of [
          [lt, e.left],
          [rt, e.right],
        ] as const) {
          if (t === 'boolean' || t === 'map' || t === 'node' || t === 'relationship' || t === 'path') {
            if (lt !== 'list' && rt !== 'list') fail(rules, 'InvalidArgumentType', `'+' cannot take a ${t}`, x);
          }
        }
      }
      return;
    }
    case 'Comparison':
      e.operands.forEach((o) => sub(o));
      return;
    case 'Unary': {
      sub(e.operand);
      const t = staticType(e.operand, scope);
      if (e.op === 'NOT' && !mayBe(t, 'boolean'))
        fail(rules, 'InvalidArgumentType', `NOT expects a boolean, not ${t}`, e.operand);
      if (e.op !== 'NOT' && !mayBe(t, 'integer', 'float'))
        fail(rules, 'InvalidArgumentType', `Unary ${e.op} expects a number, not ${t}`, e.operand);
      return;
    }
    case 'IsNull':
      sub(e.operand);
      return;
    case 'LabelCheck': {
      sub(e.operand);
      const t = staticType(e.operand, scope);
      if (!mayBe(t, 'node')) fail(rules, 'InvalidArgumentType', `A label check needs a node, not ${t}`, e.operand);
      return;
    }
    case 'Case':
      sub(e.test);
      e.whens.forEach(([w, t]) => (sub(w), sub(t)));
      sub(e.otherwise);
      return;
    case 'ListComprehension':
    case 'Quantifier': {
      sub(e.list);
      const inner = new Map(scope).set(e.variable, elementType(e.list, scope));
      const perElement = { ...rules, aggregates: false };
      if (e.where) checkExpr(e.where, inner, perElement, inAggregate);
      if (e.type === 'ListComprehension' && e.projection) checkExpr(e.projection, inner, perElement, inAggregate);
      if (e.type === 'Quantifier' && e.where && !mayBe(staticType(e.where, inner), 'boolean')) {
        fail(rules, 'InvalidArgumentType', `${e.quantifier}() needs a boolean predicate`, e.where);
      }
      return;
    }
    case 'Reduce':
      sub(e.init);
      sub(e.list);
      checkExpr(
        e.expression,
        new Map(scope).set(e.variable, 'any').set(e.accumulator, 'any'),
        { ...rules, aggregates: false },
        inAggregate,
      );
      return;
    case 'PatternPredicate':
      checkPatternExpression([e.pattern], scope, rules, false);
      return;
    case 'PatternComprehension': {
      const inner = checkPatternExpression([e.pattern], scope, rules, true);
      sub(e.where, inner);
      sub(e.projection, inner);
      return;
    }
    case 'Collect':
      rules.subquery(e.query, scope, 'collect');
      return;
    case 'Exists':
      if (e.query) rules.subquery(e.query, scope, 'exists');
      else sub(e.where, checkPatternExpression(e.patterns!, scope, rules, true), false);
      return;
    case 'MapProjection':
      if (!scope.has(e.variable)) fail(rules, 'UndefinedVariable', `Variable \`${e.variable}\` not defined`, e);
      for (const item of e.items) {
        if (item.kind === 'literal') sub(item.value);
        if (item.kind === 'variable' && !scope.has(item.name))
          fail(rules, 'UndefinedVariable', `Variable \`${item.name}\` not defined`, e);
      }
      return;
  }
}

/** Patterns inside expressions: a bare predicate may not introduce variables; comprehensions and EXISTS may. */
function checkPatternExpression(parts: PatternPart[], scope: Scope, rules: ExprRules, introduces: boolean): Scope {
  const inner = new Map(scope);
  for (const part of parts) {
    for (const el of [...part.nodes, ...part.rels]) {
      if (el.variable && !inner.has(el.variable)) {
        if (!introduces) {
          throw compileError(
            'UndefinedVariable',
            `Variable \`${el.variable}\` not defined (a pattern predicate cannot introduce variables)`,
            rules.source,
            el.start,
          );
        }
        inner.set(el.variable, el.type === 'NodePattern' ? 'node' : el.range ? 'list' : 'relationship');
      }
      if (el.properties) checkExpr(el.properties, inner, { ...rules, aggregates: false });
    }
    if (part.variable) inner.set(part.variable, 'path');
  }
  return inner;
}

/** The element type of a list literal whose items all share one static type. */
function elementType(list: Expr, scope: Scope): StaticType {
  if (list.type !== 'List' || list.items.length === 0) return 'any';
  const types = new Set(list.items.map((i) => staticType(i, scope)));
  return types.size === 1 ? [...types][0]! : 'any';
}
