/** Expression evaluation over one row. */
import type { Expr, MapProjection } from '../ast.js';
import { checkBudget, sizeOf } from '../budget.js';
import { isNodeRef, isRelRef } from '../entities.js';
import { cypherEquals } from '../equality.js';
import { runtimeError, typeError } from '../errors.js';
import { lookupFunction } from '../functions/index.js';
import type { CypherFunction } from '../functions/types.js';
import { compareValues } from '../ordering.js';
import { isTemporalValue, temporal } from '../temporal-bridge.js';
import type { CypherValue, NodeValue, RelationshipValue } from '../values.js';
import type { EvalContext, Row } from './context.js';
import * as op from './operators.js';

export function evaluate(e: Expr, row: Row, ctx: EvalContext): CypherValue {
  switch (e.type) {
    case 'Literal':
      return e.value;
    case 'Variable': {
      const v = row.get(e.name);
      if (v === undefined)
        throw runtimeError('SemanticError', 'UndefinedVariable', `Variable \`${e.name}\` not defined`);
      return v;
    }
    case 'Parameter': {
      if (!Object.hasOwn(ctx.params, e.name))
        throw runtimeError('ParameterMissing', 'MissingParameter', `Expected parameter $${e.name}`);
      return ctx.params[e.name]!;
    }
    case 'List':
      return e.items.map((x) => evaluate(x, row, ctx));
    case 'Map': {
      const m = new Map<string, CypherValue>();
      for (const [k, x] of e.entries) m.set(k, evaluate(x, row, ctx));
      return m;
    }
    case 'Property':
      return propertyOf(evaluate(e.object, row, ctx), e.key, ctx);
    case 'Index':
      return indexInto(evaluate(e.object, row, ctx), evaluate(e.index, row, ctx), ctx);
    case 'Slice':
      return slice(
        evaluate(e.object, row, ctx),
        e.from && evaluate(e.from, row, ctx),
        e.to && evaluate(e.to, row, ctx),
        !e.from,
        !e.to,
      );
    case 'Call':
      return callFunction(e, row, ctx);
    case 'CountStar':
      return aggregateValue(e, ctx);
    case 'Binary':
      return binary(e, row, ctx);
    case 'Comparison':
      return comparison(e, row, ctx);
    case 'Unary': {
      const v = evaluate(e.operand, row, ctx);
      if (e.op === 'NOT') {
        const b = op.asLogical(v, 'NOT');
        return b === null ? null : !b;
      }
      if (e.op === '-') return op.negate(v);
      if (v !== null && typeof v !== 'bigint' && typeof v !== 'number' && !isTemporalValue(v))
        throw typeError(`Unary + expects a number, got ${op.describeType(v)}`);
      return v;
    }
    case 'IsNull': {
      const isNull = evaluate(e.operand, row, ctx) === null;
      return e.negated ? !isNull : isNull;
    }
    case 'LabelCheck': {
      const v = evaluate(e.operand, row, ctx);
      if (v === null) return null;
      if (!isNode(v)) throw typeError(`Label check expects a node, got ${op.describeType(v)}`);
      const labels = isNodeRef(v) ? ctx.qg.nodeAttrs(v.id).labels : v.labels;
      return e.labels.every((l) => labels.includes(l));
    }
    case 'Case':
      return caseExpr(e, row, ctx);
    case 'ListComprehension': {
      const list = evaluate(e.list, row, ctx);
      if (list === null) return null;
      const out: CypherValue[] = [];
      for (const item of asList(list, 'list comprehension')) {
        checkBudget(ctx);
        const inner = new Map(row).set(e.variable, item);
        if (e.where && evaluate(e.where, inner, ctx) !== true) continue;
        out.push(e.projection ? evaluate(e.projection, inner, ctx) : item);
      }
      return out;
    }
    case 'Quantifier':
      return quantifier(e, row, ctx);
    case 'Reduce': {
      const list = evaluate(e.list, row, ctx);
      if (list === null) return null;
      let acc = evaluate(e.init, row, ctx);
      for (const item of asList(list, 'reduce')) {
        checkBudget(ctx);
        acc = evaluate(e.expression, new Map(row).set(e.accumulator, acc).set(e.variable, item), ctx);
      }
      return acc;
    }
    case 'PatternPredicate': {
      for (const _ of ctx.matchPatterns([e.pattern], row, null)) return true;
      return false;
    }
    case 'PatternComprehension': {
      const out: CypherValue[] = [];
      for (const inner of ctx.matchPatterns([e.pattern], row, e.where)) {
        checkBudget(ctx);
        out.push(evaluate(e.projection, inner, ctx));
      }
      return out;
    }
    case 'Exists': {
      const limit = e.count ? Infinity : 1;
      let n = 0;
      if (e.query) n = ctx.subqueryRows(e.query, row, limit);
      else n = ctx.countMatches(e.patterns!, row, e.where, limit);
      return e.count ? BigInt(n) : n > 0;
    }
    case 'Collect':
      return ctx.subqueryValues(e.query, row);
    case 'MapProjection':
      return mapProjection(e, row, ctx);
  }
}

function isNode(v: CypherValue): v is NodeValue {
  return typeof v === 'object' && v !== null && (v as { kind?: string }).kind === 'node';
}
function isRel(v: CypherValue): v is RelationshipValue {
  return typeof v === 'object' && v !== null && (v as { kind?: string }).kind === 'relationship';
}

function asList(v: CypherValue, where: string): CypherValue[] {
  if (!Array.isArray(v)) throw typeError(`${where} expects a list, got ${op.describeType(v)}`);
  return v;
}

export function propertyOf(v: CypherValue, key: string, ctx: EvalContext): CypherValue {
  if (v === null) return null;
  if (isNodeRef(v) || isRelRef(v)) return ctx.qg.property(v, key);
  if (v instanceof Map) return v.get(key) ?? null;
  if (isNode(v) || isRel(v)) return v.properties.get(key) ?? null;
  if (isTemporalValue(v) && temporal) {
    const p = temporal.temporalProperty(v, key);
    if (p !== undefined) return p;
  }
  throw typeError(`Cannot read property '${key}' of ${op.describeType(v)}`);
}

function indexInto(v: CypherValue, index: CypherValue, ctx: EvalContext): CypherValue {
  if (v === null || index === null) return null;
  if (Array.isArray(v)) {
    if (typeof index !== 'bigint') throw typeError(`A list index must be an integer, got ${op.describeType(index)}`);
    const i = index < 0n ? BigInt(v.length) + index : index;
    return i >= 0n && i < BigInt(v.length) ? v[Number(i)]! : null;
  }
  if (v instanceof Map || isNode(v) || isRel(v)) {
    if (typeof index !== 'string')
      throw typeError(`A map key must be a string, got ${op.describeType(index)}`, 'MapElementAccessByNonString');
    return propertyOf(v, index, ctx);
  }
  throw typeError(`Cannot index into ${op.describeType(v)}`);
}

function slice(v: CypherValue, from: CypherValue, to: CypherValue, openFrom: boolean, openTo: boolean): CypherValue {
  if (v === null || (!openFrom && from === null) || (!openTo && to === null)) return null;
  const list = asList(v, 'slice');
  const n = list.length;
  const bound = (b: CypherValue, dflt: number): number => {
    if (b === null) return dflt;
    if (typeof b !== 'bigint') throw typeError(`A slice bound must be an integer, got ${op.describeType(b)}`);
    const i = Number(b);
    return Math.max(0, Math.min(n, i < 0 ? n + i : i));
  };
  return list.slice(bound(from, 0), bound(to, n));
}

function aggregateValue(e: Expr, ctx: EvalContext): CypherValue {
  const v = ctx.aggregates?.get(e);
  if (v === undefined)
    throw runtimeError('SyntaxError', 'InvalidAggregation', 'Aggregate function used where aggregation is not allowed');
  return v;
}

/** Function calls resolved once per AST node (the registry lookup lower-cases the name). */
const resolved = new WeakMap<Expr, CypherFunction | null>();

function callFunction(e: Extract<Expr, { type: 'Call' }>, row: Row, ctx: EvalContext): CypherValue {
  if (ctx.aggregates?.has(e)) return ctx.aggregates.get(e)!;
  // exists((a)-->(b)) asks whether the pattern matches, not whether a value is null.
  if (e.args.length === 1 && e.args[0]!.type === 'PatternPredicate' && e.name.toLowerCase() === 'exists')
    return evaluate(e.args[0]!, row, ctx);
  let f = resolved.get(e);
  if (f === undefined) {
    f = lookupFunction(e.name) ?? null;
    resolved.set(e, f);
  }
  if (!f) return aggregateValue(e, ctx);
  const args = e.args.map((a) => evaluate(a, row, ctx));
  return f.call(args, ctx);
}

function binary(e: Extract<Expr, { type: 'Binary' }>, row: Row, ctx: EvalContext): CypherValue {
  if (e.op === 'AND' || e.op === 'OR' || e.op === 'XOR') {
    const l = op.asLogical(evaluate(e.left, row, ctx), e.op);
    if (e.op === 'AND' && l === false) return false;
    if (e.op === 'OR' && l === true) return true;
    const r = op.asLogical(evaluate(e.right, row, ctx), e.op);
    if (e.op === 'AND') return r === false ? false : l === null || r === null ? null : true;
    if (e.op === 'OR') return r === true ? true : l === null || r === null ? null : false;
    return l === null || r === null ? null : l !== r;
  }
  const l = evaluate(e.left, row, ctx);
  const r = evaluate(e.right, row, ctx);
  switch (e.op) {
    case '+': {
      // Concatenation copies both sides: a loop that grows a list or string pays for each copy.
      const sum = op.add(l, r);
      checkBudget(ctx, sizeOf(sum));
      return sum;
    }
    case '-':
      return op.subtract(l, r);
    case '*':
      return op.multiply(l, r);
    case '/':
      return op.divide(l, r);
    case '%':
      return op.modulo(l, r);
    case '^':
      return op.power(l, r);
    case 'IN':
      return inList(l, r);
    case '=~':
      return op.regexMatch(l, r);
    default:
      return op.stringPredicate(e.op, l, r);
  }
}

export function inList(v: CypherValue, list: CypherValue): boolean | null {
  if (list === null) return null;
  const items = asList(list, 'IN');
  let unknown = false;
  for (const item of items) {
    const eq = cypherEquals(v, item);
    if (eq === true) return true;
    if (eq === null) unknown = true;
  }
  return unknown ? null : false;
}

export function compareWith(o: string, l: CypherValue, r: CypherValue): boolean | null {
  if (o === '=') return cypherEquals(l, r);
  if (o === '<>') {
    const eq = cypherEquals(l, r);
    return eq === null ? null : !eq;
  }
  const c = compareValues(l, r);
  if (c === null) return null;
  if (Number.isNaN(c)) return false;
  switch (o) {
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

function comparison(e: Extract<Expr, { type: 'Comparison' }>, row: Row, ctx: EvalContext): CypherValue {
  let left = evaluate(e.operands[0]!, row, ctx);
  let result: boolean | null = true;
  for (let i = 0; i < e.ops.length; i++) {
    const right = evaluate(e.operands[i + 1]!, row, ctx);
    const r = compareWith(e.ops[i]!, left, right);
    if (r === false) return false;
    if (r === null) result = null;
    left = right;
  }
  return result;
}

function caseExpr(e: Extract<Expr, { type: 'Case' }>, row: Row, ctx: EvalContext): CypherValue {
  if (e.test) {
    const test = evaluate(e.test, row, ctx);
    for (const [when, then] of e.whens)
      if (cypherEquals(test, evaluate(when, row, ctx)) === true) return evaluate(then, row, ctx);
  } else {
    for (const [when, then] of e.whens) if (evaluate(when, row, ctx) === true) return evaluate(then, row, ctx);
  }
  return e.otherwise ? evaluate(e.otherwise, row, ctx) : null;
}

function quantifier(e: Extract<Expr, { type: 'Quantifier' }>, row: Row, ctx: EvalContext): CypherValue {
  const list = evaluate(e.list, row, ctx);
  if (list === null) return null;
  let trues = 0;
  let nulls = 0;
  let falses = 0;
  for (const item of asList(list, e.quantifier + '()')) {
    checkBudget(ctx);
    const v = e.where ? evaluate(e.where, new Map(row).set(e.variable, item), ctx) : item;
    if (v === true) trues++;
    else if (v === null) nulls++;
    else if (v === false) falses++;
    else throw typeError(`${e.quantifier}() predicate must be boolean, got ${op.describeType(v)}`);
    if (e.quantifier === 'any' && trues) return true;
    if (e.quantifier === 'all' && falses) return false;
    if (e.quantifier === 'none' && trues) return false;
    if (e.quantifier === 'single' && trues > 1) return false;
  }
  switch (e.quantifier) {
    case 'any':
      return nulls ? null : false;
    case 'all':
      return nulls ? null : true;
    case 'none':
      return nulls ? null : true;
    default:
      return nulls ? null : trues === 1;
  }
}

function mapProjection(e: MapProjection, row: Row, ctx: EvalContext): CypherValue {
  const subject = row.get(e.variable);
  if (subject === undefined)
    throw runtimeError('SemanticError', 'UndefinedVariable', `Variable \`${e.variable}\` not defined`);
  if (subject === null) return null;
  const out = new Map<string, CypherValue>();
  for (const item of e.items) {
    switch (item.kind) {
      case 'property':
        out.set(item.key, propertyOf(subject, item.key, ctx));
        break;
      case 'all': {
        const props = isNodeRef(subject)
          ? Object.entries(ctx.qg.nodeAttrs(subject.id).properties)
          : isRelRef(subject)
            ? Object.entries(ctx.qg.relAttrs(subject.id).properties)
            : subject instanceof Map
              ? [...subject]
              : isNode(subject) || isRel(subject)
                ? [...subject.properties]
                : null;
        if (!props)
          throw typeError(`Map projection needs a node, relationship or map, got ${op.describeType(subject)}`);
        for (const [k, v] of props) out.set(k, v);
        break;
      }
      case 'literal':
        out.set(item.key, evaluate(item.value, row, ctx));
        break;
      case 'variable': {
        const v = row.get(item.name);
        if (v === undefined)
          throw runtimeError('SemanticError', 'UndefinedVariable', `Variable \`${item.name}\` not defined`);
        out.set(item.name, v);
        break;
      }
    }
  }
  return out;
}
