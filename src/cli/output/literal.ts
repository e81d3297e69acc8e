/**
 * Cypher values as text, the way cypher-shell shows them: strings quoted, floats always with a
 * decimal point or exponent (1.0), nodes as (:Label {props}), relationships as [:TYPE {props}].
 */
import type { CypherValue, NodeValue, RelationshipValue } from '../../cypher/values.js';
import { isNodeValue, isPathValue, isRelationshipValue } from '../../cypher/values.js';

export function formatFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  const text = String(n);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

export function quoteString(s: string): string {
  return JSON.stringify(s);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const key = (k: string) => (IDENTIFIER.test(k) ? k : `\`${k.replace(/`/g, '``')}\``);

export function formatLiteral(value: CypherValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return formatFloat(value);
  if (typeof value === 'string') return quoteString(value);
  if (Array.isArray(value)) return `[${value.map(formatLiteral).join(', ')}]`;
  if (value instanceof Map) return formatMap(value);
  if (isNodeValue(value)) return formatNode(value);
  if (isRelationshipValue(value)) return formatRelationship(value);
  if (isPathValue(value)) {
    let text = formatNode(value.nodes[0]!);
    value.relationships.forEach((rel, i) => {
      const forward = rel.startId === value.nodes[i]!.id;
      text += forward ? `-${formatRelationship(rel)}->` : `<-${formatRelationship(rel)}-`;
      text += formatNode(value.nodes[i + 1]!);
    });
    return text;
  }
  return value.toString();
}

function formatMap(map: ReadonlyMap<string, CypherValue>): string {
  if (map.size === 0) return '{}';
  return `{${[...map].map(([k, v]) => `${key(k)}: ${formatLiteral(v)}`).join(', ')}}`;
}

function formatNode(node: NodeValue): string {
  const labels = node.labels.map((l) => `:${key(l)}`).join('');
  const props = node.properties.size > 0 ? `${labels ? ' ' : ''}${formatMap(node.properties)}` : '';
  return `(${labels}${props})`;
}

function formatRelationship(rel: RelationshipValue): string {
  const props = rel.properties.size > 0 ? ` ${formatMap(rel.properties)}` : '';
  return `[:${key(rel.type)}${props}]`;
}
