/**
 * GraphML export, readable by NetworkX (read_graphml), Gephi, yEd and Cytoscape.
 *
 * - One <key> per node/edge attribute with attr.type string, long, double or boolean, chosen from
 *   the values present (integers → long, floats or a mix of ints and floats → double, mixed
 *   kinds → string).
 * - Nodes carry `labels` (":Person", joined with ":" as Neo4j's APOC export writes them) and
 *   `label` (the name or title, for Gephi); edges carry `type` and `label` (the type).
 * - Lists are written as JSON text in a string attribute (GraphML has no list type).
 * - Output is deterministic: nodes and edges sorted by id, attributes by name.
 */
import type { GraphFragment, PropertyValue } from '../graph/schema.js';
import { escapeXmlAttribute, escapeXmlText } from './xml.js';

type AttrType = 'string' | 'long' | 'double' | 'boolean';

interface KeySpec {
  id: string;
  name: string;
  type: AttrType;
}

/** Attribute names the exporter writes itself; a property of the same name is written as "property.<name>". */
const NODE_SYNTHETIC = ['labels', 'label'];
const EDGE_SYNTHETIC = ['type', 'label'];

export function toGraphML(fragment: GraphFragment): string {
  const nodes = [...fragment.nodes].sort((a, b) => compareIds(a.id, b.id));
  const edges = [...fragment.edges].sort((a, b) => compareIds(a.id, b.id));
  const nodeRows = nodes.map((n) =>
    withSynthetic(n.properties, NODE_SYNTHETIC, {
      labels: n.labels.map((l) => `:${l}`).join(''),
      label: displayName(n.properties, n.id),
    }),
  );
  const edgeRows = edges.map((e) => withSynthetic(e.properties, EDGE_SYNTHETIC, { type: e.type, label: e.type }));
  const nodeKeys = keySpecs('n', nodeRows, NODE_SYNTHETIC);
  const edgeKeys = keySpecs('e', edgeRows, EDGE_SYNTHETIC);

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [domain, keys] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const key of keys.values()) {
      out.push(
        `  <key id="${key.id}" for="${domain}" attr.name="${escapeXmlAttribute(key.name)}" attr.type="${key.type}"/>`,
      );
    }
  }
  out.push('  <graph id="G" edgedefault="directed">');
  nodes.forEach((node, i) => {
    out.push(`    <node id="${escapeXmlAttribute(node.id)}">${dataElements(nodeRows[i]!, nodeKeys)}</node>`);
  });
  edges.forEach((edge, i) => {
    const ends = `source="${escapeXmlAttribute(edge.source)}" target="${escapeXmlAttribute(edge.target)}"`;
    out.push(`    <edge id="${escapeXmlAttribute(edge.id)}" ${ends}>${dataElements(edgeRows[i]!, edgeKeys)}</edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function displayName(properties: Record<string, PropertyValue>, id: string): string {
  for (const key of ['name', 'title']) {
    const value = properties[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return id;
}

function withSynthetic(
  properties: Record<string, PropertyValue>,
  synthetic: readonly string[],
  values: Record<string, string>,
): Map<string, PropertyValue> {
  const row = new Map<string, PropertyValue>(Object.entries(values));
  for (const [key, value] of Object.entries(properties))
    row.set(synthetic.includes(key) ? `property.${key}` : key, value);
  return row;
}

function keySpecs(prefix: string, rows: Map<string, PropertyValue>[], first: readonly string[]): Map<string, KeySpec> {
  const types = new Map<string, AttrType>();
  for (const row of rows) {
    for (const [name, value] of row) types.set(name, widen(types.get(name), attrTypeOf(value)));
  }
  const names = [...first, ...[...types.keys()].filter((n) => !first.includes(n)).sort(compareIds)];
  const keys = new Map<string, KeySpec>();
  names.forEach((name, i) => keys.set(name, { id: `${prefix}${i}`, name, type: types.get(name) ?? 'string' }));
  return keys;
}

function attrTypeOf(value: PropertyValue): AttrType {
  if (typeof value === 'bigint') return 'long';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function widen(current: AttrType | undefined, next: AttrType): AttrType {
  if (current === undefined || current === next) return next;
  if ((current === 'long' && next === 'double') || (current === 'double' && next === 'long')) return 'double';
  return 'string';
}

function dataElements(row: Map<string, PropertyValue>, keys: Map<string, KeySpec>): string {
  let out = '';
  for (const key of keys.values()) {
    const value = row.get(key.name);
    if (value === undefined) continue;
    out += `<data key="${key.id}">${escapeXmlText(formatValue(value, key.type))}</data>`;
  }
  return out;
}

function formatValue(value: PropertyValue, type: AttrType): string {
  if (Array.isArray(value)) return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
  if (typeof value === 'number' && type !== 'string') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
  }
  return String(value);
}

/** Code-unit order: stable across locales, unlike localeCompare. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
