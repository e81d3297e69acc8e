/**
 * `newsgraph serve`: the graph browser (dist/web) and its JSON API over node:http, bound to
 * 127.0.0.1 unless told otherwise, read-only unless --allow-writes. Runs until Ctrl+C.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toGraphML } from '../../export/graphml.js';
import { toJSON } from '../../export/json.js';
import { loadPositions, positionsPathFor } from '../../server/positions.js';
import { QueryPool } from '../../server/isolation/pool.js';
import type { QueryLimits } from '../../server/query.js';
import { DEFAULT_QUERY_LIMITS, poolRunner } from '../../server/query.js';
import { isLoopback, startServer } from '../../server/server.js';
import { MemoryStore, resolveGraphPath } from '../../store/memory/index.js';
import { CliError, neo4jOption, parseCommandArgs, parsePositiveInt, UsageError } from '../args.js';
import type { CliContext, Command } from '../command.js';
import { DEFAULT_GRAPH_PATH, openGraph } from '../graph-file.js';

export const DEFAULT_PORT = 8737;

const usage = `Usage: newsgraph serve [--graph FILE | --neo4j [URI]] [--port N] [--host ADDR] [--allow-writes]
                      [--positions FILE] [--timeout MS] [--max-rows N] [--max-memory MB]
                      [--max-response-bytes N] [--query-threads N] [--max-queued N]

Serve the graph browser and its JSON API (graph, node details, search, Cypher, export).

Options:
  --graph FILE       graph.json to serve (default: ${DEFAULT_GRAPH_PATH})
  --neo4j [URI]      serve the graph in Neo4j instead (NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD)
  --port N           port to listen on (default: ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDR        address to bind (default: 127.0.0.1, this machine only)
  --allow-writes     let the console run CREATE/MERGE/SET/DELETE/REMOVE (saved to the graph file)
                     and let the view save node positions
  --positions FILE   node positions to load and save (default: beside the graph file)
  --timeout MS       stop a console query after MS milliseconds (default: ${DEFAULT_QUERY_LIMITS.timeoutMs})
  --max-rows N       return at most N rows per query, and collect() at most N values
                     (default: ${DEFAULT_QUERY_LIMITS.maxRows})
  --max-memory MB    memory a query may use beyond the graph; more stops it with MemoryLimit
                     (default: ${DEFAULT_QUERY_LIMITS.maxMemoryMb})
  --max-response-bytes N
                     largest response (a query answer, the graph view, an export)
                     (default: ${DEFAULT_QUERY_LIMITS.maxResponseBytes})
  --query-threads N  worker threads running queries at once (default: ${DEFAULT_QUERY_LIMITS.threads})
  --max-queued N     queries waiting for a worker; more get 503 Busy (default: ${DEFAULT_QUERY_LIMITS.maxQueued})
  -h, --help         show this help

Example:
  newsgraph build seeds --out graph && newsgraph serve --graph graph/graph.json`;

interface Values {
  graph?: string;
  neo4j?: string;
  port?: string;
  host?: string;
  'allow-writes'?: boolean;
  positions?: string;
  timeout?: string;
  'max-rows'?: string;
  'max-memory'?: string;
  'max-response-bytes'?: string;
  'query-threads'?: string;
  'max-queued'?: string;
}

/** dist/web, found from the compiled file (dist/cli/commands) or the source (src/cli/commands). */
export function findWebRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  // From dist/cli/commands, ../../web is dist/web; from src/cli/commands it would be the sources.
  for (const candidate of [resolve(here, '../../web'), resolve(here, '../../../dist/web')]) {
    if (basename(dirname(candidate)) === 'dist' && existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  if (!/^\d+$/.test(value) || Number(value) > 65535)
    throw new UsageError(`--port needs a port number (0-65535), not "${value}"`);
  return Number(value);
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the graph browser and the query API over HTTP',
  usage,
  run: (args, ctx) => runServe(args, ctx),
};

/** Ctrl+C (SIGINT/SIGTERM), or `stop` when given, ends the server. */
function untilStopped(stop: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((done) => {
    const finish = (): void => {
      process.off('SIGINT', finish);
      process.off('SIGTERM', finish);
      stop?.removeEventListener('abort', finish);
      done();
    };
    process.on('SIGINT', finish);
    process.on('SIGTERM', finish);
    if (stop?.aborted) finish();
    else stop?.addEventListener('abort', finish);
  });
}

export async function runServe(args: string[], ctx: CliContext, stop?: AbortSignal): Promise<number> {
  const { values, positionals } = parseCommandArgs<Values>(args, {
    graph: { type: 'string' },
    neo4j: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'allow-writes': { type: 'boolean' },
    positions: { type: 'string' },
    timeout: { type: 'string' },
    'max-rows': { type: 'string' },
    'max-memory': { type: 'string' },
    'max-response-bytes': { type: 'string' },
    'query-threads': { type: 'string' },
    'max-queued': { type: 'string' },
  });
  if (positionals.length > 0)
    throw new UsageError(`serve takes no arguments (got "${positionals[0]}"); use --graph FILE`);
  const neo4j = neo4jOption(values.neo4j);
  if (neo4j !== undefined && values.graph !== undefined) throw new UsageError('--graph and --neo4j exclude each other');
  const port = parsePort(values.port);
  const host = values.host ?? '127.0.0.1';
  const allowWrites = values['allow-writes'] ?? false;
  const limits = queryLimits(values, allowWrites);

  const store = await openGraph(values.graph, neo4j, ctx);
  const graphFile =
    neo4j === undefined ? await resolveGraphPath(resolve(ctx.cwd, values.graph ?? DEFAULT_GRAPH_PATH)) : null;
  const positionsFile =
    values.positions !== undefined
      ? resolve(ctx.cwd, values.positions)
      : graphFile !== null
        ? positionsPathFor(graphFile)
        : resolve(ctx.cwd, 'graph/positions.json');
  const webRoot = findWebRoot();
  if (webRoot === null)
    ctx.stderr.write('newsgraph serve: the web view is not built (run `npm run build`); serving the API only.\n');

  // A graph file's queries run in worker threads; Neo4j isolates its own.
  const pool =
    graphFile !== null && store instanceof MemoryStore
      ? await QueryPool.start({
          graphFile,
          threads: limits.threads,
          maxQueued: limits.maxQueued,
          maxMemoryMb: limits.maxMemoryMb,
          log: (line) => ctx.stderr.write(`newsgraph serve: ${line}\n`),
        })
      : null;
  let server;
  try {
    server = await startServer({
      store,
      staticDir: webRoot,
      limits,
      exporters: { graphml: toGraphML, json: toJSON },
      positions: await loadPositions(positionsFile),
      positionsFile,
      warm: true,
      host,
      port,
      ...(pool !== null && graphFile !== null
        ? { queries: poolRunner(pool), reopenStore: () => MemoryStore.open(graphFile) }
        : {}),
      log: (line) => ctx.stderr.write(`newsgraph serve: ${line}\n`),
    });
  } catch (error) {
    await pool?.close();
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new CliError(`port ${port} on ${host} is in use; pick another with --port N (0 picks a free one)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw new CliError(`cannot bind to ${host}: no such local address`);
    if (code === 'EACCES') throw new CliError(`not allowed to listen on port ${port}; pick one above 1023`);
    throw error;
  }

  const source =
    neo4j !== undefined ? `Neo4j (${neo4j === true ? (ctx.env.NEO4J_URI ?? 'default URI') : neo4j})` : graphFile;
  ctx.stdout.write(`newsgraph: serving ${source} at ${server.url}\n`);
  ctx.stdout.write(
    `  ${allowWrites ? 'writes allowed' : 'read-only'}; query limits ${limits.timeoutMs} ms, ${limits.maxRows} rows` +
      `${pool ? `, ${limits.maxMemoryMb} MB, ${limits.threads} worker threads` : ''}. Ctrl+C to stop.\n`,
  );
  if (!isLoopback(host))
    ctx.stderr.write(`newsgraph serve: listening on ${host}; anyone who can reach this address can read the graph.\n`);

  await untilStopped(stop);
  ctx.stdout.write('newsgraph: stopping\n');
  await server.close();
  await pool?.close();
  await store.close();
  return 0;
}

function queryLimits(values: Values, allowWrites: boolean): QueryLimits {
  const d = DEFAULT_QUERY_LIMITS;
  return {
    ...d,
    allowWrites,
    timeoutMs: parsePositiveInt(values.timeout, '--timeout') ?? d.timeoutMs,
    maxRows: parsePositiveInt(values['max-rows'], '--max-rows') ?? d.maxRows,
    maxMemoryMb: parsePositiveInt(values['max-memory'], '--max-memory') ?? d.maxMemoryMb,
    maxResponseBytes: parsePositiveInt(values['max-response-bytes'], '--max-response-bytes') ?? d.maxResponseBytes,
    threads: parsePositiveInt(values['query-threads'], '--query-threads') ?? d.threads,
    maxQueued: parsePositiveInt(values['max-queued'], '--max-queued') ?? d.maxQueued,
  };
}

export default serveCommand;
