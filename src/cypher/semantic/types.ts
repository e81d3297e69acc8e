/** A little static typing, enough for the compile-time type errors the TCK expects. */
import type { Expr } from '../ast.js';

export type StaticType =
  'boolean' | 'integer' | 'float' | 'string' | 'list' | 'map' | 'node' | 'relationship' | 'path' | 'null' | 'any';

export type TypeScope = ReadonlyMap<string, StaticType>;

/** The type an expression certainly has, or 'any' when it cannot be known before running. */
export function staticType(e: Expr, scope: TypeScope): StaticType {
  switch (e.type) {
    case 'Literal':
      if (e.value === null) return 'null';
      if (typeof e.value === 'boolean') return 'boolean';
      if (typeof e.value === 'bigint') return 'integer';
      if (typeof e.value === 'number') return 'float';
      return 'string';
    case 'List':
    case 'ListComprehension':
    case 'PatternComprehension':
    case 'Collect':
      return 'list';
    case 'Map':
    case 'MapProjection':
      return 'map';
    case 'Variable':
      return scope.get(e.name) ?? 'any';
    case 'Comparison':
    case 'IsNull':
    case 'LabelCheck':
    case 'Quantifier':
    case 'PatternPredicate':
      return 'boolean';
    case 'Exists':
      return e.count ? 'integer' : 'boolean';
    case 'Unary':
      return e.op === 'NOT' ? 'boolean' : staticType(e.operand, scope);
    case 'Binary':
      if (['AND', 'OR', 'XOR', 'STARTS WITH', 'ENDS WITH', 'CONTAINS', '=~', 'IN'].includes(e.op)) return 'boolean';
      return 'any';
    default:
      return 'any';
  }
}

/** Can a value of this static type be used where `wanted` is required? */
export function mayBe(t: StaticType, ...wanted: StaticType[]): boolean {
  return t === 'any' || t === 'null' || wanted.includes(t);
}
