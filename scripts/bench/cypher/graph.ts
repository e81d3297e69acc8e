/** The generated graph of `npm run bench:cypher`: deterministic, so every run and every peer sees the same one. */
import { createPropertyGraph, type PropertyGraph } from '../../../src/graph/property-graph.js';
import { RELATION_TYPES } from '../../../src/graph/schema.js';
// A small deterministic PRNG (mulberry32), so every run builds the same graph.
import { seededRandom as prng } from '../../../src/nlp/hash.js';

export const LABELS = ['Person', 'Organization', 'Place', 'Event'] as const;

export const nodeKey = (n: number): string => `${LABELS[n % LABELS.length]!.toLowerCase()}:${n}`;

/** Node i: label LABELS[i % 4], properties id, name, aliases, type. */
export function nodeProperties(i: number): { id: string; name: string; aliases: string[]; type: string } {
  const label = LABELS[i % LABELS.length]!;
  return { id: nodeKey(i), name: `${label} ${i}`, aliases: [`${label[0]}${i}`], type: label };
}

/** Relationship i: `e${i}`, uniformly random ends (self-loops and parallel edges included), type i % 8. */
export function* relationships(
  nodes: number,
  rels: number,
): Generator<{ key: string; source: number; target: number; type: string; confidence: number }> {
  const rand = prng(42);
  for (let i = 0; i < rels; i++) {
    const source = Math.floor(rand() * nodes);
    const target = Math.floor(rand() * nodes);
    const type = RELATION_TYPES[i % RELATION_TYPES.length]!;
    yield { key: `e${i}`, source, target, type, confidence: Math.round(rand() * 100) / 100 };
  }
}

export function buildGraph(nodes: number, rels: number): PropertyGraph {
  const g = createPropertyGraph();
  for (let i = 0; i < nodes; i++) {
    g.addNode(nodeKey(i), { labels: [LABELS[i % LABELS.length]!], properties: nodeProperties(i) });
  }
  for (const r of relationships(nodes, rels)) {
    g.addDirectedEdgeWithKey(r.key, nodeKey(r.source), nodeKey(r.target), {
      type: r.type,
      properties: { confidence: r.confidence },
    });
  }
  return g;
}

/** The name of the i-th person asked about (spread over all persons). */
export function personName(i: number, nodes: number): string {
  return `Person ${((i * 7919) % Math.floor(nodes / 4)) * 4}`;
}
