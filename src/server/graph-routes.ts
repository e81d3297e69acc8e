/**
 * The graph endpoints of the API: /api/graph (the whole graph when small, the overview of a large
 * one), /api/neighbourhood (a node's ego network, to expand the view in place) and /api/export
 * (GraphML, JSON, GEXF). The graph view and exports are encoded once per graph version (the app's
 * cache, bounded in size) and sent in chunks.
 */
import type { ServerResponse } from 'node:http';
import { toGEXF } from '../export/gexf.js';
import type { GraphFragment } from '../graph/schema.js';
import { graphView, NEIGHBOURHOOD_LIMIT, neighbourhood } from '../export/view/graph-view.js';
import type { GraphIndex } from '../export/view/model.js';
import type { Positions } from '../export/view/types.js';
import { HttpError, SECURITY_HEADERS, sendJson, sendText } from './http.js';

export interface GraphExporters {
  graphml(fragment: GraphFragment): string;
  json(fragment: GraphFragment): string;
}

export interface GraphRouteContext {
  index(): Promise<GraphIndex>;
  snapshot(): Promise<GraphFragment>;
  positions(): Positions;
  exporters: GraphExporters;
  /** An encoded body shared by every client until the graph changes; refused beyond the size limit. */
  encoded(key: string, make: () => Promise<string>): Promise<Buffer>;
}

export const GRAPH_ROUTES = new Set(['graph', 'neighbourhood', 'export']);

/** Answers one of GRAPH_ROUTES (GET only; the caller checks the method). */
export async function handleGraphRoute(
  route: string,
  params: URLSearchParams,
  res: ServerResponse,
  ctx: GraphRouteContext,
): Promise<void> {
  switch (route) {
    case 'graph': {
      const body = await ctx.encoded('graph', async () =>
        JSON.stringify(graphView(await ctx.index(), ctx.positions())),
      );
      return sendChunked(res, 'application/json; charset=utf-8', body);
    }
    case 'neighbourhood': {
      const id = params.get('id');
      if (!id) throw new HttpError(400, 'BAD_REQUEST', 'The "id" parameter is required.');
      const depth = params.get('depth') ?? '1';
      if (depth !== '1' && depth !== '2') throw new HttpError(400, 'BAD_REQUEST', 'depth must be 1 or 2.');
      const limit = boundedInt(params.get('limit'), NEIGHBOURHOOD_LIMIT, 1, 500);
      const found = neighbourhood(
        await ctx.index(),
        id,
        { depth: depth === '2' ? 2 : 1, limit, articles: params.get('articles') === '1' },
        ctx.positions(),
      );
      if (!found) throw new HttpError(404, 'NOT_FOUND', 'No node has this id.');
      return sendJson(res, 200, found);
    }
    case 'export': {
      const format = params.get('format') ?? '';
      if (!Object.hasOwn(EXPORT_TYPES, format))
        throw new HttpError(400, 'BAD_REQUEST', 'format must be graphml, json or gexf.');
      const body = await ctx.encoded(`export:${format}`, async () => exportText(format, await ctx.snapshot(), ctx));
      return sendText(res, 200, EXPORT_TYPES[format]!, body, {
        'content-disposition': `attachment; filename="newsgraph.${format}"`,
      });
    }
    default:
      throw new HttpError(404, 'NOT_FOUND', `There is no API endpoint /api/${route.slice(0, 100)}.`);
  }
}

const EXPORT_TYPES: Record<string, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
};

function exportText(format: string, snapshot: GraphFragment, ctx: GraphRouteContext): string {
  if (format === 'graphml') return ctx.exporters.graphml(snapshot);
  if (format === 'json') return ctx.exporters.json(snapshot);
  return toGEXF(snapshot, ctx.positions());
}

function boundedInt(text: string | null, fallback: number, min: number, max: number): number {
  if (text === null || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new HttpError(400, 'BAD_REQUEST', `limit must be a whole number from ${min} to ${max}.`);
  return n;
}

/** Bytes per write: the client starts receiving while the rest is on its way. */
const CHUNK = 256 << 10;

/** A body written in chunks (chunked transfer, waiting for the socket to drain between them). */
export async function sendChunked(res: ServerResponse, contentType: string, body: Buffer): Promise<void> {
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': contentType });
  for (let at = 0; at < body.length; at += CHUNK) {
    if (!res.write(body.subarray(at, at + CHUNK))) await new Promise<void>((resolve) => res.once('drain', resolve));
  }
  res.end();
}
