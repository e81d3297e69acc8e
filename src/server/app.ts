/**
 * The request handler behind `newsgraph serve`: the JSON API under /api/ and the built front end
 * everywhere else. Light endpoints (info, node, edge, article, search) answer at once from an index
 * of the store's snapshot; Cypher goes to the query runner (a worker pool for a graph file), so it
 * never holds them up. The graph view and exports are encoded once per graph version and shared by
 * every client that downloads them. A query that wrote bumps the version.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { articleText, buildIndex, edgeDetails, search, searchEntriesOf } from '../export/view/model.js';
import { nodeDetails } from '../export/view/node-details.js';
import { analysisOf } from '../export/view/analysis.js';
import type { GraphIndex } from '../export/view/model.js';
import type { Positions } from '../export/view/types.js';
import type { GraphStore } from '../store/types.js';
import { GRAPH_ROUTES, handleGraphRoute } from './graph-routes.js';
import type { GraphExporters, GraphRouteContext } from './graph-routes.js';
import { HttpError, readJsonBody, sendError, sendJson, sendJsonText, sendText } from './http.js';
import { parsePositions, savePositions } from './positions.js';
import type { QueryLimits, QueryRunner } from './query.js';
import { checkReadOnly, parseQueryRequest, queryErrorToHttp, responseTooLarge, storeRunner } from './query.js';
import { resolveStatic } from './static-files.js';

export type Exporters = GraphExporters;

export interface AppOptions {
  store: GraphStore;
  /** The built front end (dist/web); null serves the API only. */
  staticDir: string | null;
  limits: QueryLimits;
  exporters: Exporters;
  positions: Positions;
  /** Where POST /api/positions writes (only with allowWrites); null disables saving. */
  positionsFile: string | null;
  /** Host names accepted in the Host header (DNS-rebinding guard); null accepts any. */
  allowedHosts: readonly string[] | null;
  /** Where Cypher runs; default: in this process, on `store`. */
  queries?: QueryRunner;
  /** After a query saved a change elsewhere (a worker): the store to answer from now. */
  reopenStore?: () => Promise<GraphStore>;
  /** Build the index and the graph analysis at start-up. */
  warm?: boolean;
  log?: (line: string) => void;
}

const MAX_BODY = 1 << 20;
/** Encoded bodies that carry node positions (dropped when positions are saved). */
const POSITIONED_BODIES = ['graph', 'export:gexf'];
const MAX_POSITIONS_BODY = 16 << 20;

const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function createApp(options: AppOptions): Handler {
  let store = options.store;
  const queries = options.queries ?? storeRunner(store);
  const limits = options.limits;
  /** Values derived from the graph, dropped when a query changes it. */
  let derived = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    let value = derived.get(key) as Promise<T> | undefined;
    if (!value) {
      const table = derived;
      value = make();
      table.set(key, value);
      value.catch(() => table.delete(key));
    }
    return value;
  };
  const getIndex = (): Promise<GraphIndex> => once('index', () => store.snapshot().then(buildIndex));
  /** An encoded body shared by every client that asks for it (until the graph changes). */
  const encoded = (key: string, make: () => Promise<string>): Promise<Buffer> =>
    once(key, async () => Buffer.from(await make()));
  const bounded = (body: Buffer): Buffer => {
    if (body.length > limits.maxResponseBytes) throw responseTooLarge(limits.maxResponseBytes);
    return body;
  };
  const graphChanged = async (): Promise<void> => {
    if (options.reopenStore) {
      const previous = store;
      store = await options.reopenStore();
      if (previous !== store) await previous.close();
    }
    derived = new Map();
  };
  const log = options.log ?? (() => {});
  // Index and analyse the graph now rather than on the first page load (seconds on a large graph).
  if (options.warm)
    getIndex().then(
      (i) => (analysisOf(i), searchEntriesOf(i)),
      () => undefined,
    );
  const graphRoutes: GraphRouteContext = {
    index: getIndex,
    snapshot: () => store.snapshot(),
    positions: () => options.positions,
    exporters: options.exporters,
    encoded: async (key, make) => bounded(await encoded(key, make)),
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    checkHost(req, options.allowedHosts);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      await handleApi(req, res, path.slice('/api/'.length), url.searchParams);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here.`);
    await serveStatic(res, path);
  };

  const handleApi = async (
    req: IncomingMessage,
    res: ServerResponse,
    route: string,
    params: URLSearchParams,
  ): Promise<void> => {
    const method = req.method ?? 'GET';
    const expect = (m: string): void => {
      if (method !== m) throw new HttpError(405, 'METHOD_NOT_ALLOWED', `Use ${m} for /api/${route}.`);
    };
    switch (route) {
      case 'info': {
        expect('GET');
        const stats = await once('stats', () => store.stats());
        return sendJson(res, 200, {
          store: store.kind,
          allowWrites: limits.allowWrites,
          canSavePositions: limits.allowWrites && options.positionsFile !== null,
          limits: {
            timeoutMs: limits.timeoutMs,
            maxRows: limits.maxRows,
            maxResponseBytes: limits.maxResponseBytes,
            ...(store.kind === 'memory'
              ? { maxMemoryMb: limits.maxMemoryMb, threads: limits.threads, maxQueued: limits.maxQueued }
              : {}),
          },
          stats,
        });
      }
      case 'node': {
        expect('GET');
        const details = nodeDetails(await getIndex(), requiredParam(params, 'id'));
        if (!details) throw new HttpError(404, 'NOT_FOUND', 'No node has this id.');
        return sendJson(res, 200, details);
      }
      case 'edge': {
        expect('GET');
        const details = edgeDetails(await getIndex(), requiredParam(params, 'id'));
        if (!details) throw new HttpError(404, 'NOT_FOUND', 'No relationship has this id.');
        return sendJson(res, 200, details);
      }
      case 'article': {
        expect('GET');
        const article = articleText(await getIndex(), requiredParam(params, 'id'));
        if (!article) throw new HttpError(404, 'NOT_FOUND', 'No article has this id.');
        return sendJson(res, 200, article);
      }
      case 'search': {
        expect('GET');
        const q = params.get('q') ?? '';
        const limit = Math.min(50, Math.max(1, Number.parseInt(params.get('limit') ?? '10', 10) || 10));
        return sendJson(res, 200, { query: q, results: search(await getIndex(), q.slice(0, 200), limit) });
      }
      case 'query': {
        expect('POST');
        const request = parseQueryRequest(await readJsonBody(req, MAX_BODY), limits);
        checkReadOnly(request, limits);
        const started = Date.now();
        const outcome = await queries.run(request, limits);
        if (outcome.wrote) await graphChanged();
        log(`query ${Date.now() - started} ms, ${outcome.rows} rows${outcome.wrote ? ', saved' : ''}`);
        return sendJsonText(res, 200, outcome.json);
      }
      case 'positions': {
        expect('POST');
        if (!limits.allowWrites || options.positionsFile === null) {
          throw new HttpError(
            403,
            'WRITE_REFUSED',
            'This server is read-only; start it with --allow-writes to save positions, or download them.',
          );
        }
        const positions = parsePositions(await readJsonBody(req, MAX_POSITIONS_BODY));
        // Merged: a large graph's view holds only part of it, and the rest keeps its layout.
        const merged = { ...options.positions, ...positions };
        await savePositions(options.positionsFile, merged);
        options.positions = merged;
        for (const key of POSITIONED_BODIES) derived.delete(key);
        return sendJson(res, 200, { saved: Object.keys(positions).length });
      }
      default:
        if (!GRAPH_ROUTES.has(route))
          throw new HttpError(404, 'NOT_FOUND', `There is no API endpoint /api/${route.slice(0, 100)}.`);
        expect('GET');
        return handleGraphRoute(route, params, res, graphRoutes);
    }
  };

  const serveStatic = async (res: ServerResponse, path: string): Promise<void> => {
    if (options.staticDir === null) throw new HttpError(404, 'NOT_FOUND', 'This server has no front end.');
    const file = await resolveStatic(options.staticDir, path);
    if (!file) {
      if (path === '/' || path === '/index.html') {
        return sendText(
          res,
          503,
          'text/plain; charset=utf-8',
          'The web view is not built yet: run `npm run build`, then restart the server.\n',
        );
      }
      throw new HttpError(404, 'NOT_FOUND', 'No such file.');
    }
    const headers: Record<string, string> = file.contentType.startsWith('text/html')
      ? { 'content-security-policy': PAGE_CSP }
      : {};
    sendText(res, 200, file.contentType, file.body, headers);
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const http = queryErrorToHttp(error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (http) {
        const detail = (error as { logDetail?: string }).logDetail;
        if (detail) log(`${http.code}: ${detail}`);
        return sendError(res, http);
      }
      const detail = (error as { logDetail?: string }).logDetail;
      log(
        `internal error on ${req.method} ${(req.url ?? '').slice(0, 200)}: ${error instanceof Error ? error.message : String(error)}${detail ? ` (${detail})` : ''}`,
      );
      sendError(res, new HttpError(500, 'INTERNAL', 'The server failed to answer this request; see its log.'));
    });
  };
}

function requiredParam(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (value === null || value === '') throw new HttpError(400, 'BAD_REQUEST', `The "${name}" parameter is required.`);
  return value;
}

function checkHost(req: IncomingMessage, allowed: readonly string[] | null): void {
  if (allowed === null) return;
  const host = (req.headers.host ?? '')
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  if (!allowed.includes(host)) throw new HttpError(421, 'BAD_HOST', 'This server answers only to its own host name.');
}
