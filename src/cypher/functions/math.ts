/** Numeric functions. */
import { runtimeError, typeError } from '../errors.js';
import { checkedInt, describeType } from '../eval/operators.js';
import type { CypherValue } from '../values.js';
import { fn, unary, type FunctionTable } from './types.js';

function num(name: string, v: CypherValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  throw typeError(`${name}() expects a number, got ${describeType(v)}`);
}

function float(name: string, f: (x: number) => number) {
  return unary((v) => f(num(name, v)));
}

const ROUNDING_MODES = ['UP', 'DOWN', 'CEILING', 'FLOOR', 'HALF_UP', 'HALF_DOWN', 'HALF_EVEN'];

/** Round to `precision` decimals with a java.math.RoundingMode name. */
function roundWith(x: number, precision: number, mode: string): number {
  if (!Number.isFinite(x)) return x;
  const factor = Math.pow(10, precision);
  // Work on the decimal string to avoid binary artefacts such as 1.005 * 100 = 100.49999.
  const scaled = Number(`${x}e${precision}`);
  const base = Number.isFinite(scaled) ? scaled : x * factor;
  const floor = Math.floor(base);
  const frac = base - floor;
  const sign = Math.sign(base);
  let r: number;
  switch (mode) {
    case 'UP':
      r = sign >= 0 ? Math.ceil(base) : Math.floor(base);
      break;
    case 'DOWN':
      r = Math.trunc(base);
      break;
    case 'CEILING':
      r = Math.ceil(base);
      break;
    case 'FLOOR':
      r = floor;
      break;
    case 'HALF_DOWN':
      r = frac > 0.5 ? floor + 1 : frac < 0.5 ? floor : sign >= 0 ? floor : floor + 1;
      break;
    case 'HALF_EVEN':
      r = frac > 0.5 ? floor + 1 : frac < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
      break;
    default: // HALF_UP: halves away from zero
      r = frac > 0.5 ? floor + 1 : frac < 0.5 ? floor : sign >= 0 ? floor + 1 : floor;
  }
  const out = Number(`${r}e-${precision}`);
  return Number.isFinite(out) ? out : r / factor;
}

export const mathFunctions: FunctionTable = {
  abs: unary((v) => {
    if (typeof v === 'bigint') return checkedInt(v < 0n ? -v : v);
    return Math.abs(num('abs', v));
  }),
  ceil: float('ceil', Math.ceil),
  floor: float('floor', Math.floor),
  round: fn(1, 3, ([v, p, m]) => {
    if (v === null || p === null || m === null) return null;
    const x = num('round', v!);
    // One argument: Neo4j rounds half-way values up, towards positive infinity (round(-2.5) = -2.0),
    // as Java's Math.round; with a precision the default mode is HALF_UP (away from zero).
    if (p === undefined) return Number.isFinite(x) ? Math.round(x) + 0 : x;
    if (typeof p !== 'bigint') throw typeError('round() precision must be an integer');
    const mode = m === undefined ? 'HALF_UP' : String(m).toUpperCase();
    if (!ROUNDING_MODES.includes(mode))
      throw runtimeError('ArgumentError', 'InvalidArgumentValue', `Unknown rounding mode ${String(m)}`);
    if (p < 0n) throw runtimeError('ArgumentError', 'InvalidArgumentValue', 'round() precision must not be negative');
    return roundWith(x, Number(p), mode);
  }),
  sign: unary((v) => {
    if (typeof v === 'bigint') return v > 0n ? 1n : v < 0n ? -1n : 0n;
    return BigInt(Math.sign(num('sign', v)) || 0);
  }),
  sqrt: float('sqrt', Math.sqrt),
  exp: float('exp', Math.exp),
  log: float('log', Math.log),
  log10: float('log10', Math.log10),
  sin: float('sin', Math.sin),
  cos: float('cos', Math.cos),
  tan: float('tan', Math.tan),
  cot: float('cot', (x) => 1 / Math.tan(x)),
  asin: float('asin', Math.asin),
  acos: float('acos', Math.acos),
  atan: float('atan', Math.atan),
  atan2: fn(2, 2, ([a, b]) => (a === null || b === null ? null : Math.atan2(num('atan2', a!), num('atan2', b!)))),
  haversin: float('haversin', (x) => (1 - Math.cos(x)) / 2),
  degrees: float('degrees', (x) => (x * 180) / Math.PI),
  radians: float('radians', (x) => (x * Math.PI) / 180),
  e: fn(0, 0, () => Math.E),
  pi: fn(0, 0, () => Math.PI),
  rand: fn(0, 0, () => Math.random()),
  isnan: unary((v) => Number.isNaN(num('isNaN', v))),
};
