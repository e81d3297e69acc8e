/** Compile-time checks of CALL clauses against the procedure registry. */
import type { ClauseOf } from '../ast.js';
import { CypherError, compileError, positionAt } from '../errors.js';
import type { ProcedureRegistry, ProcedureType } from '../procedures/registry.js';
import { didYouMean } from '../suggest.js';
import { checkExpr, type ExprRules, type Scope } from './expressions.js';
import { staticType, type StaticType } from './types.js';

interface CallRules {
  rules: ExprRules;
  procedures: ProcedureRegistry | null;
  params: Record<string, unknown> | null;
}

/** Which declared types a value of a static type may fill. */
const FITS: Record<StaticType, ProcedureType[] | 'all'> = {
  any: 'all',
  null: 'all',
  integer: ['INTEGER', 'FLOAT', 'NUMBER'],
  float: ['FLOAT', 'NUMBER'],
  string: ['STRING'],
  boolean: ['BOOLEAN'],
  list: ['LIST'],
  map: ['MAP'],
  node: ['NODE', 'MAP'],
  relationship: ['RELATIONSHIP', 'MAP'],
  path: ['PATH'],
};

function fits(t: StaticType, wanted: ProcedureType): boolean {
  const ok = FITS[t];
  return wanted === 'ANY' || ok === 'all' || ok.includes(wanted);
}

/** Returns the scope after the clause and, standalone, the result columns. */
export function checkCall(
  c: ClauseOf<'Call'>,
  scope: Scope,
  standalone: boolean,
  r: CallRules,
): { scope: Scope; columns: string[] } {
  const source = r.rules.source;
  const fail = (detail: string, message: string, at: number): never => {
    throw compileError(detail, message, source, at);
  };
  const proc = r.procedures?.get(c.procedure);
  if (!proc) {
    const hint = r.procedures ? didYouMean(c.procedure, r.procedures.names()) : '';
    throw new CypherError('ProcedureError', 'compile', `There is no procedure named ${c.procedure}${hint}`, {
      detail: 'ProcedureNotFound',
      position: positionAt(source, c.start),
    });
  }
  if (c.args === null) {
    if (!standalone && proc.inputs.length > 0) {
      fail(
        'InvalidArgumentPassingMode',
        `${proc.name} takes arguments: inside a query, pass them in parentheses`,
        c.start,
      );
    }
    for (const input of proc.inputs) {
      if (r.params && !Object.hasOwn(r.params, input.name)) {
        throw new CypherError(
          'ParameterMissing',
          'compile',
          `${proc.name} called without arguments reads them from parameters, but $${input.name} is missing`,
          { detail: 'MissingParameter', position: positionAt(source, c.start) },
        );
      }
    }
  } else {
    if (c.args.length !== proc.inputs.length) {
      fail(
        'InvalidNumberOfArguments',
        `${proc.name} takes ${proc.inputs.length} argument(s), got ${c.args.length}`,
        c.start,
      );
    }
    c.args.forEach((arg, i) => {
      checkExpr(arg, scope, { ...r.rules, aggregates: false });
      const field = proc.inputs[i]!;
      const t = staticType(arg, scope);
      if (!fits(t, field.type))
        fail(
          'InvalidArgumentType',
          `${proc.name}: argument \`${field.name}\` must be ${field.type}, not ${t}`,
          arg.start,
        );
    });
  }
  if (c.yieldStar && !standalone)
    fail('UnexpectedSyntax', 'YIELD * is only allowed in a standalone CALL; name the fields to yield', c.start);
  if (!standalone && !c.yields && !c.yieldStar && proc.outputs.length > 0) {
    // As Neo4j: inside a query, results are never named implicitly.
    fail(
      'MissingYield',
      `${proc.name} returns ${proc.outputs.map((o) => o.name).join(', ')}: inside a query, name them with YIELD`,
      c.end,
    );
  }
  if (c.yields && proc.outputs.length === 0)
    fail('UndefinedVariable', `${proc.name} is a void procedure and yields nothing`, c.start);
  const next = new Map(scope);
  const columns: string[] = [];
  const bind = (name: string, at: number): void => {
    if (next.has(name)) fail('VariableAlreadyBound', `Variable \`${name}\` is already declared`, at);
    next.set(name, 'any');
    columns.push(name);
  };
  if (c.yields) {
    const outputs = proc.outputs.map((o) => o.name);
    for (const y of c.yields) {
      if (!outputs.includes(y.name))
        fail('UndefinedVariable', `${proc.name} has no output \`${y.name}\`${didYouMean(y.name, outputs)}`, y.start);
      bind(y.alias ?? y.name, y.start);
    }
  } else if (standalone || c.yieldStar) {
    for (const o of proc.outputs) bind(o.name, c.start);
  }
  return { scope: next, columns };
}
