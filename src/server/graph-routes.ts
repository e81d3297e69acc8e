/**
 * The graph endpoints of the API: /api/graph (the whole graph when small, the overview of a large
 * one, streamed), /api/neighbourhood (a node's ego network, to expand the view in place) and
 * /api/export (GraphML, JSON, GEXF).
 */
import type { ServerResponse } from 'node:http';
import { toGEXF } from '../export/gexf.js';
import type { GraphFragment } from '../graph/schema.js';
import { graphView, NEIGHBOURHOOD_LIMIT, neighbourhood } from '../export/view/graph-view.js';
import type { GraphIndex } from '../export/view/model.js';
import type { GraphView, Positions } from '../export/view/types.js';
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
    case 'graph':
      return streamView(res, graphView(await ctx.index(), ctx.positions()));
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
      const snapshot = await ctx.snapshot();
      const file = exportFile(format, snapshot, ctx);
      return sendText(res, 200, file.type, file.body, {
        'content-disposition': `attachment; filename="newsgraph.${format}"`,
      });
    }
    default:
      throw new HttpError(404, 'NOT_FOUND', `There is no API endpoint /api/${route.slice(0, 100)}.`);
  }
}

function exportFile(format: string, snapshot: GraphFragment, ctx: GraphRouteContext): { type: string; body: string } {
  switch (format) {
    case 'graphml':
      return { type: 'application/graphml+xml; charset=utf-8', body: ctx.exporters.graphml(snapshot) };
    case 'json':
      return { type: 'application/json; charset=utf-8', body: ctx.exporters.json(snapshot) };
    case 'gexf':
      return { type: 'application/gexf+xml; charset=utf-8', body: toGEXF(snapshot, ctx.positions()) };
    default:
      throw new HttpError(400, 'BAD_REQUEST', 'format must be graphml, json or gexf.');
  }
}

function boundedInt(text: string | null, fallback: number, min: number, max: number): number {
  if (text === null || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new HttpError(400, 'BAD_REQUEST', `limit must be a whole number from ${min} to ${max}.`);
  return n;
}

/** Items per write: the client starts parsing while the rest is on its way. */
const CHUNK = 500;

/** The view as JSON, written in chunks (waiting for the socket to drain) rather than as one
 * string: an overview of thousands of nodes starts arriving at once. */
export async function streamView(res: ServerResponse, view: GraphView): Promise<void> {
  const { nodes, edges, ...rest } = view;
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  const write = async (text: string): Promise<void> => {
    if (!res.write(text)) await new Promise<void>((resolve) => res.once('drain', resolve));
  };
  const array = async (items: readonly unknown[]): Promise<void> => {
    for (let i = 0; i < items.length; i += CHUNK) {
      const part = items.slice(i, i + CHUNK).map((item) => JSON.stringify(item));
      await write((i === 0 ? '' : ',') + part.join(','));
    }
  };
  await write(JSON.stringify(rest).slice(0, -1) + ',"nodes":[');
  await array(nodes);
  await write('],"edges":[');
  await array(edges);
  res.end(']}');
}
