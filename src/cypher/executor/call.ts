/** CALL ns.proc(args) [YIELD …] [WHERE …]: runs a registered procedure once per input row. */
import type { ClauseOf } from '../ast.js';
import { runtimeError } from '../errors.js';
import type { Row } from '../eval/context.js';
import { evaluate } from '../eval/evaluate.js';
import { coerceArgument, valueFits, type Procedure } from '../procedures/registry.js';
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
  const raw = clause.args ? clause.args.map((a) => evaluate(a, row, ctx)) : proc.inputs.map((i) => ctx.params[i.name] ?? null);
  return raw.map((v, i) => {
    const field = proc.inputs[i]!;
    if (!valueFits(v, field.type)) {
      throw runtimeError('TypeError', 'InvalidArgumentType', `${proc.name}: argument \`${field.name}\` must be ${field.type}`);
    }
    return coerceArgument(v, field.type);
  });
}

export function* executeCall(clause: CallClause, proc: Procedure, standalone: boolean, input: Iterable<Row>, ctx: ExecContext): Generator<Row> {
  const bindings = callBindings(clause, proc, standalone);
  for (const row of input) {
    const args = argumentValues(clause, proc, row, ctx);
    const records = proc.run(args, { graph: ctx.qg.graph });
    if (proc.outputs.length === 0) {
      // A void procedure runs for its effect and keeps the row (standalone, it returns nothing).
      for (const _ of records) ctx.tick();
      if (!standalone) yield row;
      continue;
    }
    for (const record of records) {
      ctx.tick();
      const out = new Map(row);
      for (const [field, variable] of bindings) out.set(variable, record[field] ?? null);
      if (clause.where && evaluate(clause.where, out, ctx) !== true) continue;
      yield out;
    }
  }
}
