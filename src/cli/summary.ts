/**
 * The human summary `build` prints: counts by label and type, in schema order.
 */
import { NODE_LABELS, RELATION_TYPES } from '../graph/schema.js';
import type { GraphStats, MergeStats } from '../store/types.js';

function ordered(counts: Record<string, number>, order: readonly string[]): string {
  const known = order.filter((k) => counts[k]).map((k) => `${k} ${counts[k]}`);
  const other = Object.keys(counts)
    .filter((k) => !order.includes(k))
    .sort()
    .map((k) => `${k} ${counts[k]}`);
  return [...known, ...other].join(', ');
}

export function formatGraphStats(stats: GraphStats): string {
  return [
    `  nodes  ${stats.nodes}${stats.nodes ? `  (${ordered(stats.nodesByLabel, NODE_LABELS)})` : ''}`,
    `  edges  ${stats.edges}${stats.edges ? `  (${ordered(stats.edgesByType, RELATION_TYPES)})` : ''}`,
  ].join('\n');
}

export function formatMergeStats(m: MergeStats): string {
  return `  merge  ${m.nodesCreated} nodes created, ${m.nodesUpdated} updated; ${m.edgesCreated} edges created, ${m.edgesUpdated} updated or replaced`;
}

export function addMergeStats(a: MergeStats, b: MergeStats): MergeStats {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    nodesUpdated: a.nodesUpdated + b.nodesUpdated,
    edgesCreated: a.edgesCreated + b.edgesCreated,
    edgesUpdated: a.edgesUpdated + b.edgesUpdated,
  };
}
