/**
 * The GraphML export read back by NetworkX, the reader most scripts use: counts, attribute
 * values and attribute types must survive, hostile strings included. Skips (one line) when
 * python3-networkx is missing, unless NEWSGRAPH_REQUIRE_NETWORKX=1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toGraphML } from '../../src/export/graphml.js';
import { stripForbiddenXmlChars } from '../../src/export/xml.js';
import { fragmentFromExtraction } from '../../src/graph/build.js';
import { MergeIndex, planMerge } from '../../src/graph/merge.js';
import type { GraphEdge, GraphFragment, GraphNode } from '../../src/graph/schema.js';
import { HOSTILE, hostileArticle, kremlinArticle, lavrovArticle } from '../store/fixtures.js';

// Debian's python3-networkx lives beside /usr/bin/python3; a pyenv or venv python on PATH may lack it.
const PYTHON = ['/usr/bin/python3', 'python3'].find(
  (py) => spawnSync(py, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0,
);
const hasNetworkx = PYTHON !== undefined;
const required = process.env.NEWSGRAPH_REQUIRE_NETWORKX === '1';
if (!hasNetworkx && !required) console.warn('skipping NetworkX round-trip: python3-networkx is not installed');

const READ_BACK = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1], force_multigraph=True)
print(json.dumps({
  "directed": g.is_directed(),
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [[u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True)],
}))
`;

/** Build a real graph the way the stores do: article by article through the merge planner. */
function buildGraph(): GraphFragment {
  const index = new MergeIndex();
  const edges = new Map<string, GraphEdge>();
  for (const x of [lavrovArticle(), kremlinArticle(), hostileArticle()]) {
    const plan = planMerge(fragmentFromExtraction(x), index);
    for (const p of plan.nodes) index.add(p.node);
    for (const e of plan.edges) edges.set(e.id, e);
  }
  const nodes: GraphNode[] = [];
  for (const e of edges.values())
    for (const id of [e.source, e.target]) if (!nodes.some((n) => n.id === id)) nodes.push(index.getNode(id)!);
  return { nodes, edges: [...edges.values()] };
}

describe.runIf(hasNetworkx || required)('GraphML read by NetworkX', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-nx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps nodes, edges, attribute values and types, hostile strings included', () => {
    const fragment = buildGraph();
    const file = join(dir, 'graph.graphml');
    writeFileSync(file, toGraphML(fragment));
    const run = spawnSync(PYTHON ?? 'python3', ['-c', READ_BACK, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const back = JSON.parse(run.stdout) as {
      directed: boolean;
      nodes: Record<string, Record<string, unknown>>;
      edges: [string, string, string, Record<string, unknown>][];
    };

    expect(back.directed).toBe(true);
    expect(Object.keys(back.nodes)).toHaveLength(fragment.nodes.length);
    expect(back.edges).toHaveLength(fragment.edges.length);

    const putin = back.nodes['person:vladimir-putin']!;
    expect(putin).toMatchObject({ labels: ':Person', label: 'Vladimir Putin', name: 'Vladimir Putin', type: 'Person' });
    expect(JSON.parse(putin.aliases as string)).toEqual(['Putin']);

    const hostileOrg = back.nodes['organization:a-b-holdings-ltd']!;
    expect(hostileOrg.name).toBe(stripForbiddenXmlChars(HOSTILE.name));
    expect(hostileOrg.name).toContain('🚀');
    const hostileDoc = back.nodes['article:hostile-<&>']!;
    expect(hostileDoc.title).toBe(stripForbiddenXmlChars(HOSTILE.title));
    expect(hostileDoc.url).toBe('https://example.org/a?b=1&c=<2>');

    for (const edge of fragment.edges) {
      const found = back.edges.find(([, , key]) => key === edge.id);
      expect(found, edge.id).toBeDefined();
      const [source, target, , data] = found!;
      expect([source, target]).toEqual([edge.source, edge.target]);
      expect(data.type).toBe(edge.type);
      if (edge.properties.start !== undefined) expect(data.start).toBe(Number(edge.properties.start));
      if (edge.properties.confidence !== undefined) expect(data.confidence).toBe(edge.properties.confidence);
      if (typeof edge.properties.evidence === 'string')
        expect(data.evidence).toBe(stripForbiddenXmlChars(edge.properties.evidence));
    }
  });
});
