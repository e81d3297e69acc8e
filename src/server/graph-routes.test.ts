import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeGraph } from '../../tests/fixtures/large-graph.js';
import { toGraphML } from '../export/graphml.js';
import { toJSON } from '../export/json.js';
import { OVERVIEW_NODES } from '../export/view/graph-view.js';
import type { GraphView, Neighbourhood } from '../export/view/types.js';
import { graphFromFragment } from '../graph/convert.js';
import { createPropertyGraph } from '../graph/property-graph.js';
import { MemoryStore } from '../store/memory/index.js';
import { DEFAULT_QUERY_LIMITS } from './query.js';
import type { RunningServer } from './server.js';
import { startServer } from './server.js';

describe('graph endpoints on a large graph', () => {
  let server: RunningServer;
  const get = (path: string): Promise<Response> => fetch(server.url + path);

  beforeAll(async () => {
    const store = new MemoryStore(graphFromFragment(largeGraph(), createPropertyGraph()));
    server = await startServer({
      store,
      staticDir: null,
      limits: DEFAULT_QUERY_LIMITS,
      exporters: { graphml: toGraphML, json: toJSON },
      positions: {},
      positionsFile: null,
      host: '127.0.0.1',
      port: 0,
      warm: true,
    });
  });
  afterAll(() => server?.close());

  it('streams only the overview from /api/graph', async () => {
    const res = await get('api/graph');
    expect(res.status).toBe(200);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const view = (await res.json()) as GraphView;
    expect(view.mode).toBe('overview');
    expect(view.nodes.length).toBe(OVERVIEW_NODES);
    expect(view.total.nodes).toBeGreaterThan(view.nodes.length);
    expect(view.nodes.some((n) => n.type === 'Article')).toBe(false);
    expect(view.timeline?.series.length).toBeGreaterThan(0);
  });

  it('answers a neighbourhood, and refuses bad parameters', async () => {
    const res = await get('api/neighbourhood?id=person%3Acy&depth=2&limit=10');
    expect(res.status).toBe(200);
    const nb = (await res.json()) as Neighbourhood;
    expect(nb.center).toBe('person:cy');
    expect(nb.nodes.length).toBeLessThanOrEqual(11);
    expect((await get('api/neighbourhood?id=person%3Acy&depth=3')).status).toBe(400);
    expect((await get('api/neighbourhood?id=person%3Acy&limit=0')).status).toBe(400);
    expect((await get('api/neighbourhood')).status).toBe(400);
    expect((await get('api/neighbourhood?id=nobody')).status).toBe(404);
  });

  it('exports GEXF and refuses an unknown format', async () => {
    const res = await get('api/export?format=gexf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('newsgraph.gexf');
    expect(await res.text()).toContain('<graph mode="dynamic"');
    expect((await get('api/export?format=xls')).status).toBe(400);
    expect((await get('api/export?format=constructor')).status).toBe(400);
  });
});
