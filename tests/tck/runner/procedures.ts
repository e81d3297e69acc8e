/**
 * The TCK's "there exists a procedure ns.name(in :: TYPE?, …) :: (out :: TYPE?, …):" step: a
 * signature plus a table whose rows map input values to output values. The procedure yields
 * the output part of every row whose input part equals the arguments.
 */
import type { CypherValue } from '../../../src/cypher/values.js';
import { fromTckValue } from './convert.js';
import { parseTckValue } from './notation.js';

export interface TckProcedureField {
  readonly name: string;
  /** As written in the TCK, e.g. `STRING?` or `NUMBER?`. */
  readonly type: string;
}

export interface TckProcedure {
  readonly name: string;
  readonly inputs: readonly TckProcedureField[];
  readonly outputs: readonly TckProcedureField[];
  /** Each row: the input values, then the output values. */
  readonly rows: readonly (readonly CypherValue[])[];
}

const STEP = /^there exists a procedure ([\w.]+)\(([^)]*)\)\s*::\s*\(([^)]*)\)\s*:$/;

function fields(list: string): TckProcedureField[] {
  if (list.trim() === '') return [];
  return list.split(',').map((f) => {
    const m = /^\s*(\w+)\s*::\s*(.+?)\s*$/.exec(f);
    if (!m) throw new Error(`cannot read procedure field '${f.trim()}'`);
    return { name: m[1]!, type: m[2]! };
  });
}

/** Null when the step is not a procedure declaration; throws when it is one but malformed. */
export function parseProcedureStep(text: string, table: readonly (readonly string[])[]): TckProcedure | null {
  if (!text.startsWith('there exists a procedure')) return null;
  const m = STEP.exec(text);
  if (!m) throw new Error(`cannot read procedure declaration: ${text}`);
  const inputs = fields(m[2]!);
  const outputs = fields(m[3]!);
  const header = (table[0] ?? []).map((h) => h.trim()).filter((h) => h !== '');
  const expected = [...inputs, ...outputs].map((f) => f.name);
  if (header.join(',') !== expected.join(',')) {
    throw new Error(
      `procedure ${m[1]} table columns ${JSON.stringify(header)} do not match its signature ${JSON.stringify(expected)}`,
    );
  }
  const rows = table.slice(1).map((r) => r.slice(0, expected.length).map((cell) => fromTckValue(parseTckValue(cell))));
  return { name: m[1]!, inputs, outputs, rows };
}

/** A key equal for equal values of the same type (42 and 42.0 differ, as the TCK tables intend). */
function valueKey(v: CypherValue): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (typeof x === 'bigint') return `i:${x}`;
    if (typeof x === 'number') return `f:${x}`;
    if (x instanceof Map) return Object.fromEntries(x);
    return x;
  });
}

/** The output records of the rows whose inputs equal `args`. */
export function procedureRecords(p: TckProcedure, args: readonly CypherValue[]): Record<string, CypherValue>[] {
  const want = args.map(valueKey).join('\u0000');
  const n = p.inputs.length;
  return p.rows
    .filter((row) => row.slice(0, n).map(valueKey).join('\u0000') === want)
    .map((row) => Object.fromEntries(p.outputs.map((o, i) => [o.name, row[n + i] ?? null])));
}
