/**
 * Runs one TCK case against an engine: interprets the steps in order on a fresh graph and
 * reports passed / failed (with a short reason) / skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPropertyGraph } from '../../../src/graph/property-graph.js';
import type { PropertyGraph } from '../../../src/graph/property-graph.js';
import type { CypherValue, QueryResult } from '../../../src/cypher/values.js';
import type { TckCase, TckStep } from './cases.js';
import { compareResult } from './compare.js';
import type { TableExpectation } from './compare.js';
import { fromTckValue } from './convert.js';
import { parseTckValue } from './notation.js';
import { skipReason, upstreamCorrection } from './policy.js';
import { parseProcedureStep } from './procedures.js';
import type { TckProcedure } from './procedures.js';
import type { ExpectedError } from './policy.js';
import { captureState, compareSideEffects, diffStates, noSideEffects, parseSideEffectsTable } from './side-effects.js';
import type { SideEffects } from './side-effects.js';

export interface EngineOptions {
  params?: Record<string, CypherValue>;
  timeoutMs?: number;
  now?: Date;
  /** Procedures the case declared ("there exists a procedure …"), for CALL. */
  procedures?: readonly TckProcedure[];
}

export type ExecuteCypher = (graph: PropertyGraph, query: string, options?: EngineOptions) => QueryResult;

export interface CaseOutcome {
  readonly id: string;
  readonly area: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  readonly reason?: string;
  /** For passes: the expected error detail the engine did not name (recorded, not failed). */
  readonly note?: string;
  readonly ms: number;
}

export interface RunContext {
  readonly execute: ExecuteCypher;
  /** The folder holding graphs/<name>/<name>.cypher. */
  readonly tckDir: string;
  readonly timeoutMs: number;
}

/** The shape of the engine's CypherError, checked structurally so the runner does not depend on it. */
interface EngineError {
  readonly code: string;
  readonly phase: 'compile' | 'runtime';
  readonly message: string;
  readonly detail?: string | undefined;
}

export function isEngineError(e: unknown): e is EngineError {
  if (!(e instanceof Error)) return false;
  const { code, phase } = e as unknown as { code?: unknown; phase?: unknown };
  return typeof code === 'string' && (phase === 'compile' || phase === 'runtime');
}

class CaseFailure extends Error {}

interface CaseState {
  graph: PropertyGraph;
  params: Record<string, CypherValue>;
  procedures: TckProcedure[];
  result?: QueryResult;
  error?: unknown;
  effects?: SideEffects;
  note?: string;
}

export function runCase(c: TckCase, ctx: RunContext): CaseOutcome {
  const started = performance.now();
  const skip = skipReason(c);
  if (skip !== null) return { id: c.id, area: c.area, status: 'skipped', reason: skip, ms: 0 };
  const state: CaseState = { graph: createPropertyGraph(), params: {}, procedures: [] };
  try {
    for (const step of c.steps) runStep(step, state, c, ctx);
    const note = state.note === undefined ? {} : { note: state.note };
    return { id: c.id, area: c.area, status: 'passed', ...note, ms: performance.now() - started };
  } catch (e) {
    const reason = e instanceof CaseFailure ? e.message : `runner error: ${String(e)}`;
    return { id: c.id, area: c.area, status: 'failed', reason: oneLine(reason), ms: performance.now() - started };
  }
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? flat.slice(0, 297) + '...' : flat;
}

const ERROR_STEP = /^an? (\S+) should be raised at (compile time|runtime|any time): (.+)$/;
const RESULT_STEP =
  /^the result should be(, in order| \(ignoring element order for lists\)|, in any order|, in order \(ignoring element order for lists\)):$/;

function runStep(step: TckStep, state: CaseState, c: TckCase, ctx: RunContext): void {
  const text = step.text.trim();
  if (text === 'an empty graph' || text === 'any graph') {
    state.graph = createPropertyGraph();
    return;
  }
  const named = /^the (\S+) graph$/.exec(text);
  if (named) {
    state.graph = createPropertyGraph();
    runSetup(namedGraphScript(ctx.tckDir, named[1]!), state, ctx, `graph ${named[1]}`);
    return;
  }
  if (text === 'having executed:') {
    runSetup(requireDocString(step), state, ctx, 'setup query');
    return;
  }
  if (text === 'parameters are:') {
    for (const row of step.table ?? []) state.params[row[0]!.trim()] = fromTckValue(parseCell(row[1] ?? ''));
    return;
  }
  if (text === 'executing query:') {
    const before = captureState(state.graph);
    execute(requireDocString(step), state, ctx);
    state.effects = diffStates(before, captureState(state.graph));
    return;
  }
  if (text === 'executing control query:') {
    execute(requireDocString(step), state, ctx);
    return;
  }
  if (text === 'the result should be empty') {
    const result = requireResult(state);
    if (result.rows.length !== 0 || result.columns.length !== 0) {
      fail(`expected an empty result, got ${result.rows.length} rows, columns ${JSON.stringify(result.columns)}`);
    }
    return;
  }
  const resultStep = RESULT_STEP.exec(text);
  if (resultStep) {
    const how: TableExpectation = {
      ordered: resultStep[1]!.startsWith(', in order'),
      unorderedLists: resultStep[1]!.includes('ignoring element order'),
    };
    const table = step.table ?? [];
    const expected = {
      columns: (table[0] ?? []).map((h) => h.trim()),
      rows: table.slice(1).map((r) => r.map(parseCell)),
    };
    const mismatch = compareResult(expected, requireResult(state), how);
    if (mismatch !== null) fail(mismatch);
    return;
  }
  const errorStep = ERROR_STEP.exec(text);
  if (errorStep) {
    const expected: ExpectedError = {
      type: errorStep[1]!,
      phase: errorStep[2] as ExpectedError['phase'],
      detail: errorStep[3]!.trim(),
    };
    const error = checkError(expected, upstreamCorrection(c.id), state);
    if (expected.detail !== '*' && error.detail !== expected.detail) {
      state.note = `expected detail ${expected.detail}, engine said ${error.detail ?? 'none'}`;
    }
    return;
  }
  if (text === 'no side effects' || text === 'the side effects should be:') {
    if (state.effects === undefined) fail('side effects checked before the query ran');
    const expected = text === 'no side effects' ? noSideEffects() : parseSideEffectsTable(step.table ?? []);
    const mismatch = compareSideEffects(expected, state.effects);
    if (mismatch !== null) fail(mismatch);
    return;
  }
  if (text.startsWith('there exists a procedure')) {
    let procedure: TckProcedure | null;
    try {
      procedure = parseProcedureStep(text, step.table ?? []);
    } catch (e) {
      return fail((e as Error).message);
    }
    if (procedure) state.procedures.push(procedure);
    return;
  }
  fail(`unsupported step: ${text}`);
}

function fail(reason: string): never {
  throw new CaseFailure(reason);
}

function parseCell(cell: string): ReturnType<typeof parseTckValue> {
  try {
    return parseTckValue(cell);
  } catch (e) {
    return fail(`cannot parse expected value: ${(e as Error).message}`);
  }
}

function requireDocString(step: TckStep): string {
  if (step.docString === undefined) fail(`step '${step.text}' has no query`);
  return step.docString;
}

function requireResult(state: CaseState): QueryResult {
  if (state.error !== undefined) fail(`unexpected ${describeError(state.error)}`);
  if (state.result === undefined) fail('no query was executed');
  return state.result;
}

const graphScripts = new Map<string, string>();
function namedGraphScript(tckDir: string, name: string): string {
  let script = graphScripts.get(name);
  if (script === undefined) {
    script = readFileSync(join(tckDir, 'graphs', name, `${name}.cypher`), 'utf8');
    graphScripts.set(name, script);
  }
  return script;
}

function engineOptions(state: CaseState, ctx: RunContext): EngineOptions {
  return {
    params: state.params,
    timeoutMs: ctx.timeoutMs,
    ...(state.procedures.length ? { procedures: state.procedures } : {}),
  };
}

function runSetup(query: string, state: CaseState, ctx: RunContext, what: string): void {
  try {
    ctx.execute(state.graph, query, engineOptions(state, ctx));
  } catch (e) {
    fail(`${what} failed: ${describeError(e)}`);
  }
}

function execute(query: string, state: CaseState, ctx: RunContext): void {
  delete state.result;
  delete state.error;
  try {
    state.result = ctx.execute(state.graph, query, engineOptions(state, ctx));
  } catch (e) {
    state.error = e;
  }
}

function describeError(e: unknown): string {
  if (isEngineError(e)) return `${e.code} (${e.phase}): ${e.message}`;
  if (e instanceof Error) return `engine crash: ${e.name}: ${e.message}`;
  return `engine crash: ${String(e)}`;
}

/**
 * A right error type at the right phase passes; the detail (UndefinedVariable, …) is not
 * compared because engines word their errors differently. `compile time` demands phase
 * 'compile'; `runtime` also accepts an error found at compile time (nothing ran, nothing written).
 */
function checkError(expected: ExpectedError, correction: ExpectedError | undefined, state: CaseState): EngineError {
  const error = state.error;
  if (error === undefined) {
    const rows = state.result?.rows.length ?? 0;
    fail(`expected ${expected.type} at ${expected.phase}, but the query succeeded with ${rows} rows`);
  }
  if (!isEngineError(error)) fail(`expected ${expected.type}, got ${describeError(error)}`);
  const acceptable = correction ? [expected, correction] : [expected];
  if (!acceptable.some((x) => errorMatches(x, error))) {
    fail(`expected ${expected.type} at ${expected.phase} (${expected.detail}), got ${describeError(error)}`);
  }
  return error;
}

function errorMatches(expected: ExpectedError, actual: EngineError): boolean {
  const typeOk = expected.type === 'Error' || expected.type === actual.code;
  const phaseOk = expected.phase !== 'compile time' || actual.phase === 'compile';
  return typeOk && phaseOk;
}
