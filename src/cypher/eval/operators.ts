/** Arithmetic, string and list operators with Cypher's null, integer and float rules. */
import { runtimeError, typeError } from '../errors.js';
import { isTemporalValue, temporal } from '../temporal-bridge.js';
import { kindOf } from '../ordering.js';
import type { CypherValue } from '../values.js';

const MIN = -(2n ** 63n);
const MAX = 2n ** 63n - 1n;

/** An INTEGER result, or an ArithmeticError when it does not fit 64 bits (as Neo4j). */
export function checkedInt(v: bigint): bigint {
  if (v < MIN || v > MAX)
    throw runtimeError('ArithmeticError', 'IntegerOverflow', `Integer overflow: ${v} does not fit in 64 bits`);
  return v;
}

function isNum(v: CypherValue): v is bigint | number {
  return typeof v === 'bigint' || typeof v === 'number';
}

function describe(v: CypherValue): string {
  const k = kindOf(v);
  if (k === 'number') return typeof v === 'bigint' ? 'Integer' : 'Float';
  return k[0]!.toUpperCase() + k.slice(1);
}

function badOperands(op: string, a: CypherValue, b: CypherValue): never {
  throw typeError(`Cannot apply '${op}' to ${describe(a)} and ${describe(b)}`);
}

export function add(a: CypherValue, b: CypherValue): CypherValue {
  if (Array.isArray(a)) return Array.isArray(b) ? [...a, ...b] : [...a, b];
  if (Array.isArray(b)) return [a, ...b];
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return checkedInt(a + b);
  if (isNum(a) && isNum(b)) return Number(a) + Number(b);
  if (typeof a === 'string' && (typeof b === 'string' || isNum(b))) return a + numText(b);
  if (typeof b === 'string' && isNum(a)) return numText(a) + b;
  if (temporal && (isTemporalValue(a) || isTemporalValue(b))) return temporal.addTemporal(a, b);
  return badOperands('+', a, b);
}

function numText(v: string | bigint | number): string {
  if (typeof v === 'number' && Number.isInteger(v)) return v.toFixed(1);
  return String(v);
}

export function subtract(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return checkedInt(a - b);
  if (isNum(a) && isNum(b)) return Number(a) - Number(b);
  if (temporal && (isTemporalValue(a) || isTemporalValue(b))) return temporal.subtractTemporal(a, b);
  return badOperands('-', a, b);
}

export function multiply(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return checkedInt(a * b);
  if (isNum(a) && isNum(b)) return Number(a) * Number(b);
  if (temporal && isTemporalValue(a) && isNum(b)) return temporal.multiplyDuration(a, b);
  if (temporal && isTemporalValue(b) && isNum(a)) return temporal.multiplyDuration(b, a);
  return badOperands('*', a, b);
}

export function divide(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (b === 0n) throw runtimeError('ArithmeticError', 'DivisionByZero', 'Division by zero (integer / 0)');
    return checkedInt(a / b);
  }
  if (isNum(a) && isNum(b)) return Number(a) / Number(b);
  if (temporal && isTemporalValue(a) && isNum(b)) return temporal.divideDuration(a, b);
  return badOperands('/', a, b);
}

export function modulo(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (b === 0n) throw runtimeError('ArithmeticError', 'DivisionByZero', 'Division by zero (integer % 0)');
    return a % b;
  }
  if (isNum(a) && isNum(b)) return Number(a) % Number(b);
  return badOperands('%', a, b);
}

export function power(a: CypherValue, b: CypherValue): CypherValue {
  if (a === null || b === null) return null;
  if (isNum(a) && isNum(b)) return Math.pow(Number(a), Number(b));
  return badOperands('^', a, b);
}

export function negate(a: CypherValue): CypherValue {
  if (a === null) return null;
  if (typeof a === 'bigint') return checkedInt(-a);
  if (typeof a === 'number') return -a;
  if (temporal && isTemporalValue(a) && a.kind === 'duration') return temporal.multiplyDuration(a, -1n);
  throw typeError(`Cannot negate ${describe(a)}`);
}

/** Three-valued logic; non-boolean operands are a type error. */
export function asLogical(v: CypherValue, op: string): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  throw typeError(`${op} expects boolean operands, got ${describe(v)}`);
}

export function stringPredicate(
  op: 'STARTS WITH' | 'ENDS WITH' | 'CONTAINS',
  a: CypherValue,
  b: CypherValue,
): boolean | null {
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  if (op === 'STARTS WITH') return a.startsWith(b);
  if (op === 'ENDS WITH') return a.endsWith(b);
  return a.includes(b);
}

interface CompiledRegex {
  /** The pattern in Unicode mode: the meaning `=~` has. */
  unicode: RegExp;
  /**
   * The same pattern without the `u` flag, when that means the same for BMP-only text: V8 can run
   * such a pattern on its linear-time engine once backtracking gets excessive (node-runtime.ts turns
   * that on), so `'aaa…!' =~ '(a+)+b'` answers at once. Null when the pattern needs Unicode mode.
   */
  linear: RegExp | null;
}

const regexCache = new Map<string, CompiledRegex>();

/** `=~`: a Java-style regular expression that must match the whole string. */
export function regexMatch(a: CypherValue, b: CypherValue): boolean | null {
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  let re = regexCache.get(b);
  if (!re) {
    re = compileRegex(b);
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(b, re);
  }
  return re.linear && !SURROGATE.test(a) ? re.linear.test(a) : re.unicode.test(a);
}

const SURROGATE = /[\uD800-\uDFFF]/;

function compileRegex(source: string): CompiledRegex {
  let pattern = source;
  let flags = '';
  const inline = /^\(\?([imsx]+)\)/.exec(pattern);
  if (inline) {
    pattern = pattern.slice(inline[0].length);
    for (const f of inline[1]!) if (f !== 'x' && !flags.includes(f)) flags += f;
  }
  let unicode: RegExp;
  try {
    unicode = new RegExp(`^(?:${pattern})$`, flags + 'u');
  } catch {
    throw runtimeError('ArgumentError', 'InvalidArgumentValue', `Invalid regular expression: ${source}`);
  }
  return { unicode, linear: sameWithoutUnicode(pattern, flags) ? new RegExp(`^(?:${pattern})$`, flags) : null };
}

/**
 * Without `u`, a pattern still valid in Unicode mode means the same on text with no surrogates,
 * unless it uses Unicode-only escapes (\p, \P, \u{…}), astral characters, or case folding
 * (`i`), where the two modes differ.
 */
function sameWithoutUnicode(pattern: string, flags: string): boolean {
  return !flags.includes('i') && !SURROGATE.test(pattern) && !/\\[pPu]/.test(pattern);
}

export { describe as describeType };
