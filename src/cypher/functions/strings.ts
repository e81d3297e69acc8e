/** String functions. Positions and lengths count UTF-16 code units, as Java does. */
import { runtimeError, typeError } from '../errors.js';
import { describeType } from '../eval/operators.js';
import type { CypherValue } from '../values.js';
import { fn, unary, type FunctionTable } from './types.js';

function str(name: string, v: CypherValue): string {
  if (typeof v !== 'string') throw typeError(`${name}() expects a string, got ${describeType(v)}`);
  return v;
}

function int(name: string, v: CypherValue): number {
  if (typeof v !== 'bigint') throw typeError(`${name}() expects an integer, got ${describeType(v)}`);
  return Number(v);
}

function nonNegative(name: string, n: number): number {
  if (n < 0)
    throw runtimeError('ArgumentError', 'NegativeIntegerArgument', `${name}() needs a non-negative length, got ${n}`);
  return n;
}

export const stringFunctions: FunctionTable = {
  tolower: unary((v) => str('toLower', v).toLowerCase()),
  toupper: unary((v) => str('toUpper', v).toUpperCase()),
  lower: unary((v) => str('lower', v).toLowerCase()),
  upper: unary((v) => str('upper', v).toUpperCase()),
  trim: unary((v) => str('trim', v).trim()),
  ltrim: unary((v) => str('ltrim', v).trimStart()),
  rtrim: unary((v) => str('rtrim', v).trimEnd()),
  reverse: unary((v) => {
    if (typeof v === 'string') return [...v].reverse().join('');
    if (Array.isArray(v)) return [...v].reverse();
    throw typeError(`reverse() expects a string or list, got ${describeType(v)}`);
  }),
  split: fn(2, 2, ([s, sep]) => {
    if (s === null || sep === null) return null;
    const text = str('split', s!);
    if (Array.isArray(sep)) {
      const seps = sep.map((x) => str('split', x));
      let parts = [text];
      for (const d of seps) parts = parts.flatMap((p) => p.split(d));
      return parts;
    }
    return text.split(str('split', sep!));
  }),
  substring: fn(2, 3, ([s, start, len]) => {
    if (s === null || start === null || len === null) return null;
    const text = str('substring', s!);
    const from = nonNegative('substring', int('substring', start!));
    if (len === undefined) return text.slice(from);
    return text.substr(from, nonNegative('substring', int('substring', len)));
  }),
  replace: fn(3, 3, ([s, search, repl]) => {
    if (s === null || search === null || repl === null) return null;
    return str('replace', s!).split(str('replace', search!)).join(str('replace', repl!));
  }),
  left: fn(2, 2, ([s, n]) => {
    if (s === null) return null;
    if (n === null) throw runtimeError('ArgumentError', 'InvalidArgumentValue', 'left() needs a length');
    return str('left', s!).slice(0, nonNegative('left', int('left', n!)));
  }),
  right: fn(2, 2, ([s, n]) => {
    if (s === null) return null;
    if (n === null) throw runtimeError('ArgumentError', 'InvalidArgumentValue', 'right() needs a length');
    const text = str('right', s!);
    const k = nonNegative('right', int('right', n!));
    return k === 0 ? '' : text.slice(-k);
  }),
};
