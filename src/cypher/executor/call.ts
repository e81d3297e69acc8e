/** CALL ns.proc(args) [YIELD …] [WHERE …]: runs a registered procedure once per input row. */
import type { ClauseOf } from '../ast.js';
import { CypherError, runtimeError } from '../errors.js';
import type { Row } from '../eval/context.js';
import { evaluate } from '../eval/evaluate.js';
import { coerceArgument, valueFits, type Procedure, type ProcedureField } from '../procedures/registry.js';
import type { CypherValue } from '../values.js';
import type { ExecContext } from './context.js';

type CallClause = ClauseOf<'Call'>;

/** Output field → variable it binds, in the order the clause binds them. */
export function callBindings(clause: CallClause, proc: Procedure, standalone: boolean): [string, string][] {
  if (clause.yields) return clause.yields.map((y) => [y.name, y.alias ?? y.name]);
  if (clause.yieldStar || standalone) return proc.outputs.map((o) => [o.name, o.name]);
  return [];
}

function argumentValues(clause: CallClause, proc: Procedure, row: Row, ctx: ExecContext): CypherValue[] {
  const raw = clause.args
    ? clause.args.map((a) => evaluate(a, row, ctx))
    : proc.inputs.map((i) => ctx.params[i.name] ?? null);
  return raw.map((v, i) => {
    const field = proc.inputs[i]!;
    if (!valueFits(v, field.type)) {
      throw runtimeError(
        'TypeError',
        'InvalidArgumentType',
        `${proc.name}: argument \`${field.name}\` must be ${field.type}`,
      );
    }
    return coerceArgument(v, field.type);
  });
}

/** A failure inside a procedure reaches the user as a ProcedureError naming it, not a JavaScript error. */
function failed(proc: Procedure, err: unknown): CypherError {
  if (err instanceof CypherError) return err;
  return new CypherError(
    'ProcedureError',
    'runtime',
    `Procedure ${proc.name} failed: ${err instanceof Error ? err.message : String(err)}`,
    { detail: 'ProcedureCallFailed' },
  );
}

/** The records of one call, each output checked against its declared type (whole JS numbers count as INTEGER). */
function* records(proc: Procedure, args: CypherValue[], ctx: ExecContext): Generator<Map<string, CypherValue>> {
  let iterator: Iterator<Readonly<Record<string, CypherValue>>>;
  try {
    iterator = proc.run(args, { graph: ctx.qg.graph })[Symbol.iterator]();
  } catch (err) {
    throw failed(proc, err);
  }
  for (;;) {
    let step: IteratorResult<Readonly<Record<string, CypherValue>>>;
    try {
      step = iterator.next();
    } catch (err) {
      throw failed(proc, err);
    }
    if (step.done) return;
    yield new Map(proc.outputs.map((o) => [o.name, outputValue(proc, o, step.value[o.name])]));
  }
}

function outputValue(proc: Procedure, field: ProcedureField, v: CypherValue | undefined): CypherValue {
  if (v === undefined) return null;
  if (field.type === 'INTEGER' && typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (!valueFits(v, field.type)) {
    throw new CypherError(
      'ProcedureError',
      'runtime',
      `Procedure ${proc.name} returned a value that is not ${field.type} for \`${field.name}\``,
      { detail: 'ProcedureCallFailed' },
    );
  }
  return v;
}

export function* executeCall(
  clause: CallClause,
  proc: Procedure,
  standalone: boolean,
  input: Iterable<Row>,
  ctx: ExecContext,
): Generator<Row> {
  const bindings = callBindings(clause, proc, standalone);
  for (const row of input) {
    const args = argumentValues(clause, proc, row, ctx);
    if (proc.outputs.length === 0) {
      // A void procedure runs for its effect and keeps the row (standalone, it returns nothing).
      for (const _ of records(proc, args, ctx)) ctx.tick();
      if (!standalone) yield row;
      continue;
    }
    for (const record of records(proc, args, ctx)) {
      ctx.tick();
      const out = new Map(row);
      for (const [field, variable] of bindings) out.set(variable, record.get(field) ?? null);
      if (clause.where && evaluate(clause.where, out, ctx) !== true) continue;
      yield out;
    }
  }
}
