/**
 * Side effects as the TCK defines them: set differences between the graph state just before the
 * query under test and just after it. Nodes and relationships are sets of ids, labels the set of
 * distinct label names in the graph, properties a set of (element, key, value) triples, so a
 * changed value counts as one removed and one added property.
 */
import type { PropertyGraph } from '../../../src/graph/property-graph.js';
import type { CypherValue } from '../../../src/cypher/values.js';

export const SIDE_EFFECT_KEYS = [
  '+nodes',
  '-nodes',
  '+relationships',
  '-relationships',
  '+labels',
  '-labels',
  '+properties',
  '-properties',
] as const;
export type SideEffectKey = (typeof SIDE_EFFECT_KEYS)[number];
export type SideEffects = Record<SideEffectKey, number>;

export interface GraphState {
  readonly nodes: ReadonlySet<string>;
  readonly relationships: ReadonlySet<string>;
  readonly labels: ReadonlySet<string>;
  readonly properties: ReadonlySet<string>;
}

export function captureState(graph: PropertyGraph): GraphState {
  const nodes = new Set<string>();
  const relationships = new Set<string>();
  const labels = new Set<string>();
  const properties = new Set<string>();
  graph.forEachNode((id, attrs) => {
    nodes.add(id);
    for (const label of attrs.labels) labels.add(label);
    for (const [key, value] of Object.entries(attrs.properties))
      properties.add(`n${id}\u0000${key}\u0000${canonical(value)}`);
  });
  graph.forEachEdge((id, attrs) => {
    relationships.add(id);
    for (const [key, value] of Object.entries(attrs.properties))
      properties.add(`r${id}\u0000${key}\u0000${canonical(value)}`);
  });
  return { nodes, relationships, labels, properties };
}

function countMissing(from: ReadonlySet<string>, inSet: ReadonlySet<string>): number {
  let n = 0;
  for (const x of from) if (!inSet.has(x)) n++;
  return n;
}

export function diffStates(before: GraphState, after: GraphState): SideEffects {
  return {
    '+nodes': countMissing(after.nodes, before.nodes),
    '-nodes': countMissing(before.nodes, after.nodes),
    '+relationships': countMissing(after.relationships, before.relationships),
    '-relationships': countMissing(before.relationships, after.relationships),
    '+labels': countMissing(after.labels, before.labels),
    '-labels': countMissing(before.labels, after.labels),
    '+properties': countMissing(after.properties, before.properties),
    '-properties': countMissing(before.properties, after.properties),
  };
}

export function noSideEffects(): SideEffects {
  return Object.fromEntries(SIDE_EFFECT_KEYS.map((k) => [k, 0])) as SideEffects;
}

/** Parses `| +nodes | 1 |` rows; counters not listed are 0. */
export function parseSideEffectsTable(table: readonly (readonly string[])[]): SideEffects {
  const effects = noSideEffects();
  for (const row of table) {
    const key = row[0]?.trim() as SideEffectKey;
    if (!SIDE_EFFECT_KEYS.includes(key)) throw new Error(`Unknown side effect '${row[0] ?? ''}'`);
    effects[key] = Number(row[1]);
  }
  return effects;
}

/** Null when equal, otherwise e.g. "+nodes 2 (expected 1), -labels 1 (expected 0)". */
export function compareSideEffects(expected: SideEffects, actual: SideEffects): string | null {
  const diffs = SIDE_EFFECT_KEYS.filter((k) => expected[k] !== actual[k]).map(
    (k) => `${k} ${actual[k]} (expected ${expected[k]})`,
  );
  return diffs.length === 0 ? null : `side effects: ${diffs.join(', ')}`;
}

/** A type-tagged rendering so that 1 and 1.0, or '1' and 1, are different property values. */
export function canonical(v: CypherValue): string {
  if (v === null) return 'null';
  if (typeof v === 'bigint') return `i${v}`;
  if (typeof v === 'number') return `f${Object.is(v, -0) ? '-0' : String(v)}`;
  if (typeof v === 'string') return `s${JSON.stringify(v)}`;
  if (typeof v === 'boolean') return `b${v}`;
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v instanceof Map) return `{${[...v].map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  if ('id' in v) return `${v.kind}#${v.id}`;
  if (v.kind === 'path') return `path`;
  return `${v.kind}(${v.toString()})`;
}
