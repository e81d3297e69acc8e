/**
 * `newsgraph query`: run Cypher against graph.json (or Neo4j) and print a table, JSON or CSV;
 * without a query, an interactive prompt. Read-only unless --write.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CypherValue, QueryResult } from '../../cypher/values.js';
import { MemoryStore } from '../../store/memory/index.js';
import type { GraphStore } from '../../store/types.js';
import { neo4jOption, parseCommandArgs, parsePositiveInt, UsageError } from '../args.js';
import type { CliContext, Command } from '../command.js';
import { openGraph } from '../graph-file.js';
import { resultToJson } from '../output/json.js';
import { paramsFromJsonText, parseParamFlag } from '../output/params.js';
import { formatCsv, formatTable } from '../output/table.js';
import { runRepl } from '../repl.js';

const usage = `Usage: newsgraph query [CYPHER] [--graph FILE] [--param NAME=VALUE]... [--params FILE.json]
                      [--format table|json|csv] [--write] [--timeout MS] [--max-rows N]
                      [--neo4j [URI]]

Run a Cypher query. Without CYPHER, start an interactive prompt (statements end with ";").

Options:
  --graph FILE         graph.json to query (default: graph/graph.json)
  --param NAME=VALUE   set $NAME; numbers, true/false and null parse as such, else a string
  --params FILE.json   parameters from a JSON object (whole numbers become integers)
  --format F           table (default), json (an array of row objects) or csv
  --write              allow CREATE/MERGE/SET/DELETE/REMOVE and save the change to the graph file
  --timeout MS         abort a query running longer than MS milliseconds
  --max-rows N         fail a query returning more than N rows
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
  neo4j?: string;
}

type Format = 'table' | 'json' | 'csv';

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
    const params = await collectParams(values, ctx);

    const store = await openGraph(values.graph, neo4j, ctx);
    try {
      const run = (cypher: string) =>
        runOne(store, cypher, ctx, {
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
      await store.close();
    }
  },
};

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
async function runOne(store: GraphStore, cypher: string, ctx: CliContext, options: RunOptions): Promise<number> {
  const started = performance.now();
  let result: QueryResult;
  try {
    result = await store.query(cypher, {
      params: options.params,
      readOnly: !options.write,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
    });
  } catch (error) {
    ctx.stderr.write(describeQueryError(error, cypher) + '\n');
    return 1;
  }
  const elapsed = performance.now() - started;
  if (options.format === 'json') ctx.stdout.write(resultToJson(result));
  else if (options.format === 'csv') ctx.stdout.write(formatCsv(result));
  else ctx.stdout.write(formatTable(result, elapsed));
  if (options.write && store instanceof MemoryStore && store.dirty) {
    const file = await store.save();
    ctx.stderr.write(`newsgraph query: saved the change to ${file}\n`);
  }
  return 0;
}

/** Cypher errors with their caret excerpt; store errors with their message; never a stack. */
export function describeQueryError(error: unknown, cypher: string): string {
  const e = error as { name?: string; code?: string; message?: string; format?: (q: string) => string };
  if (e.name === 'CypherError' && typeof e.format === 'function') return e.format(cypher);
  if (e.name === 'StoreError' && e.code === 'WRITE_REFUSED') {
    return 'newsgraph query: refused: this query would change the graph (CREATE, MERGE, SET, DELETE or REMOVE). Add --write to allow it and save the change.';
  }
  if (e.name === 'StoreError') return `newsgraph query: ${e.message}`;
  throw error;
}

export default queryCommand;
