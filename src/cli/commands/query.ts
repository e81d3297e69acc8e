/**
 * `newsgraph query`: run Cypher against graph.json (or Neo4j) and print a table, JSON or CSV;
 * without a query, an interactive prompt. Read-only unless --write. With --timeout, queries on a
 * graph file run in a worker thread with a hard time limit and a memory limit (--max-memory), as
 * the server runs them; a write is saved all or nothing.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CypherValue, QueryResult } from '../../cypher/values.js';
import { QueryPool } from '../../server/isolation/pool.js';
import { DEFAULT_QUERY_LIMITS } from '../../server/query.js';
import { toGraphML } from '../../export/graphml.js';
import { MemoryStore } from '../../store/memory/index.js';
import { savePairLocked } from '../../store/memory/save-pair.js';
import type { GraphStore, QueryOptions } from '../../store/types.js';
import { neo4jOption, parseCommandArgs, parsePositiveInt, UsageError } from '../args.js';
import type { CliContext, Command } from '../command.js';
import { existingGraphFile, openGraph } from '../graph-file.js';
import { resultToJson } from '../output/json.js';
import { paramsFromJsonText, parseParamFlag } from '../output/params.js';
import { formatCsv, formatTable } from '../output/table.js';
import { runRepl } from '../repl.js';

const usage = `Usage: newsgraph query [CYPHER] [--graph FILE] [--param NAME=VALUE]... [--params FILE.json]
                      [--format table|json|csv] [--write] [--timeout MS] [--max-rows N]
                      [--max-memory MB] [--neo4j [URI]]

Run a Cypher query. Without CYPHER, start an interactive prompt (statements end with ";").

Options:
  --graph FILE         graph.json to query (default: graph/graph.json)
  --param NAME=VALUE   set $NAME; numbers, true/false and null parse as such, else a string
  --params FILE.json   parameters from a JSON object (whole numbers become integers)
  --format F           table (default), json (an array of row objects) or csv
  --write              allow CREATE/MERGE/SET/DELETE/REMOVE and save the change to the graph file
  --timeout MS         abort a query running longer than MS milliseconds; on a graph file the
                       query runs in a worker thread that is stopped if it overruns
  --max-rows N         fail a query returning more than N rows (or collecting more than N values)
  --max-memory MB      with --timeout: memory a query may use beyond the graph (default:
                       ${DEFAULT_QUERY_LIMITS.maxMemoryMb}); more stops it with MemoryLimit
  --neo4j [URI]        query Neo4j instead of the graph file
  -h, --help           show this help

Example:
  newsgraph query 'MATCH (p:Person)-[r:STATED]->() WHERE p.name = $who RETURN r.content' --param who="Sergei Lavrov"`;

interface Values {
  graph?: string;
  param?: string[];
  params?: string;
  format?: string;
  write?: boolean;
  timeout?: string;
  'max-rows'?: string;
  'max-memory'?: string;
  neo4j?: string;
}

type Format = 'table' | 'json' | 'csv';

/** How long a write waits for a build that is writing the same folder. */
const SAVE_LOCK_WAIT_MS = 5000;

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a Cypher query (or an interactive prompt) against the graph',
  usage,
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs<Values>(args, {
      graph: { type: 'string' },
      param: { type: 'string', multiple: true },
      params: { type: 'string' },
      format: { type: 'string' },
      write: { type: 'boolean' },
      timeout: { type: 'string' },
      'max-rows': { type: 'string' },
      'max-memory': { type: 'string' },
      neo4j: { type: 'string' },
    });
    const format = (values.format ?? 'table') as Format;
    if (!['table', 'json', 'csv'].includes(format))
      throw new UsageError(`unknown format "${values.format}"; use table, json or csv`);
    const neo4j = neo4jOption(values.neo4j);
    if (neo4j !== undefined && values.graph !== undefined)
      throw new UsageError('--graph and --neo4j exclude each other');
    const timeoutMs = parsePositiveInt(values.timeout, '--timeout');
    const maxRows = parsePositiveInt(values['max-rows'], '--max-rows');

    const maxMemoryMb = parsePositiveInt(values['max-memory'], '--max-memory');
    if (maxMemoryMb !== undefined && timeoutMs === undefined)
      throw new UsageError('--max-memory works with --timeout (queries then run in a worker thread)');
    const params = await collectParams(values, ctx);

    const runner =
      timeoutMs !== undefined && neo4j === undefined
        ? await isolatedRunner(await existingGraphFile(values.graph, ctx), maxMemoryMb)
        : inProcessRunner(await openGraph(values.graph, neo4j, ctx));
    try {
      const run = (cypher: string) =>
        runOne(runner.run, cypher, ctx, {
          params,
          format,
          write: values.write ?? false,
          ...(timeoutMs !== undefined ? { timeoutMs } : {}),
          ...(maxRows !== undefined ? { maxRows } : {}),
        });
      const cypher = positionals.join(' ').trim();
      if (cypher !== '') return await run(cypher);
      await runRepl(ctx, { params, execute: async (statement) => void (await run(statement)) });
      return 0;
    } finally {
      await runner.close();
    }
  },
};

/** Runs one statement; `saved` names the graph file a write was saved to. */
type RunStatement = (cypher: string, options: QueryOptions) => Promise<{ result: QueryResult; saved: string | null }>;

interface Runner {
  run: RunStatement;
  close(): Promise<void>;
}

function inProcessRunner(store: GraphStore): Runner {
  return {
    run: async (cypher, options) =>
      store instanceof MemoryStore && options.readOnly === false
        ? store.queryAndSave(cypher, options, {
            persist: () => savePairLocked(store, store.path!, toGraphML, SAVE_LOCK_WAIT_MS),
          })
        : { result: await store.query(cypher, options), saved: null },
    close: () => store.close(),
  };
}

/** One worker thread for the session (the prompt reuses it); an overrunning query ends it and a fresh one starts. */
async function isolatedRunner(graphFile: string, maxMemoryMb: number | undefined): Promise<Runner> {
  const pool = await QueryPool.start({
    graphFile,
    threads: 1,
    maxQueued: 1,
    maxMemoryMb: maxMemoryMb ?? DEFAULT_QUERY_LIMITS.maxMemoryMb,
  });
  return {
    run: async (cypher, options) => {
      const answer = await pool.run({
        query: cypher,
        params: options.params ?? {},
        write: options.readOnly === false,
        timeoutMs: options.timeoutMs!,
        maxRows: options.maxRows ?? 1_000_000,
        output: 'result',
        maxResponseBytes: Number.MAX_SAFE_INTEGER,
      });
      return { result: answer.result!, saved: answer.saved };
    },
    close: () => pool.close(),
  };
}

async function collectParams(values: Values, ctx: CliContext): Promise<Record<string, CypherValue>> {
  let params: Record<string, CypherValue> = {};
  if (values.params !== undefined) {
    const file = resolve(ctx.cwd, values.params);
    const text = await readFile(file, 'utf8').catch((error: Error) => {
      throw new UsageError(`cannot read --params file ${file}: ${error.message}`);
    });
    params = paramsFromJsonText(text, file);
  }
  for (const flag of values.param ?? []) {
    const [name, value] = parseParamFlag(flag);
    params[name] = value;
  }
  return params;
}

interface RunOptions {
  params: Record<string, CypherValue>;
  format: Format;
  write: boolean;
  timeoutMs?: number;
  maxRows?: number;
}

/** Run one statement and print it; a failing query prints its error and returns 1. */
async function runOne(run: RunStatement, cypher: string, ctx: CliContext, options: RunOptions): Promise<number> {
  const started = performance.now();
  let outcome;
  try {
    outcome = await run(cypher, {
      params: options.params,
      readOnly: !options.write,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
    });
  } catch (error) {
    ctx.stderr.write(describeQueryError(error, cypher) + '\n');
    return 1;
  }
  const { result, saved } = outcome;
  const elapsed = performance.now() - started;
  if (options.format === 'json') ctx.stdout.write(resultToJson(result));
  else if (options.format === 'csv') ctx.stdout.write(formatCsv(result));
  else ctx.stdout.write(formatTable(result, elapsed));
  if (saved !== null) ctx.stderr.write(`newsgraph query: saved the change to ${saved}\n`);
  return 0;
}

/** Cypher errors with their caret excerpt; store errors with their message; never a stack. */
export function describeQueryError(error: unknown, cypher: string): string {
  const e = error as { name?: string; code?: string; message?: string; format?: (q: string) => string };
  if (e.name === 'CypherError' && typeof e.format === 'function') return e.format(cypher);
  if (e.name === 'StoreError' && e.code === 'WRITE_REFUSED') {
    return 'newsgraph query: refused: this query would change the graph (CREATE, MERGE, SET, DELETE or REMOVE). Add --write to allow it and save the change.';
  }
  if (e.name === 'StoreError' || e.name === 'QueryFailure' || e.name === 'QueueFullError') {
    const detail = (error as { logDetail?: string }).logDetail;
    return `newsgraph query: ${e.message}${detail ? ` (${detail})` : ''}`;
  }
  throw error;
}

export default queryCommand;
