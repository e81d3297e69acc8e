/** Type conversion: toString, toInteger, toFloat, toBoolean and their *OrNull forms. */
import { typeError } from '../errors.js';
import { describeType } from '../eval/operators.js';
import { isTemporalValue } from '../temporal-bridge.js';
import type { CypherValue } from '../values.js';
import { fn, unary, type FunctionTable } from './types.js';

/** Java's Double.toString, which Neo4j uses for FLOAT → STRING. */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(x);
    return s.includes('.') || s.includes('e') ? s : s + '.0';
  }
  const [mantissa, exp] = x.toExponential().split('e') as [string, string];
  const m = mantissa.includes('.') ? mantissa : mantissa + '.0';
  return `${m}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}

export function toStringValue(v: CypherValue): string | null | undefined {
  if (v === null) return null;
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
      return String(v);
    case 'bigint':
      return v.toString();
    case 'number':
      return formatFloat(v);
    default:
      return isTemporalValue(v) ? v.toString() : undefined;
  }
}

function parseNumber(s: string): number | bigint | null {
  const t = s.trim();
  if (/^[+-]?\d+$/.test(t)) return BigInt(t);
  if (/^[+-]?0x[0-9a-f]+$/i.test(t)) return t.startsWith('-') ? -BigInt(t.slice(1)) : BigInt(t.replace('+', ''));
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) || /^[+-]?(Infinity|NaN)$/.test(t)) return Number(t);
  return null;
}

const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 63n - 1n;

export function toIntegerValue(v: CypherValue): bigint | null | undefined {
  if (v === null) return null;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    const t = BigInt(Math.trunc(v));
    return t < INT_MIN || t > INT_MAX ? null : t;
  }
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n === null) return null;
    if (typeof n === 'bigint') return n < INT_MIN || n > INT_MAX ? null : n;
    return toIntegerValue(n);
  }
  return undefined;
}

export function toFloatValue(v: CypherValue): number | null | undefined {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') {
    const n = parseNumber(v);
    return n === null ? null : Number(n);
  }
  return undefined;
}

export function toBooleanValue(v: CypherValue): boolean | null | undefined {
  if (v === null) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    return t === 'true' ? true : t === 'false' ? false : null;
  }
  if (typeof v === 'bigint') return v !== 0n;
  return undefined;
}

function strict<T>(name: string, convert: (v: CypherValue) => T | undefined) {
  return fn(1, 1, ([v]) => {
    const out = convert(v!);
    if (out === undefined) throw typeError(`${name}() cannot convert ${describeType(v!)}`, 'InvalidArgumentValue');
    return out as CypherValue;
  });
}

function orNull<T>(convert: (v: CypherValue) => T | undefined) {
  return unary((v) => (convert(v) ?? null) as CypherValue);
}

export const conversionFunctions: FunctionTable = {
  tostring: strict('toString', toStringValue),
  tointeger: strict('toInteger', toIntegerValue),
  tofloat: strict('toFloat', toFloatValue),
  toboolean: strict('toBoolean', toBooleanValue),
  tostringornull: orNull(toStringValue),
  tointegerornull: orNull(toIntegerValue),
  tofloatornull: orNull(toFloatValue),
  tobooleanornull: orNull(toBooleanValue),
};
