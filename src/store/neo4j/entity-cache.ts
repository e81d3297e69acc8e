/**
 * The stored entities as a MergeIndex, kept between merges so that building article after
 * article does not re-read every entity each time. Before each use the entity counts per label
 * are read from Neo4j's count store (one cheap query); when they differ from what this cache
 * expects (another process or a Cypher write added or deleted entities) it is rebuilt. The store
 * drops it after its own Cypher writes and after any failed merge. Not seen: another process
 * renaming an entity in place between two merges of this one.
 */
import { ENTITY_TYPES } from '../../graph/schema.js';
import { MergeIndex, entityType } from '../../graph/merge.js';
import type { PlannedNode } from '../../graph/merge.js';
import type { Row, Run } from './merge-plan.js';
import { graphNodeFrom } from './values.js';

const COUNT_QUERY =
  ENTITY_TYPES.map((t) => `CALL { MATCH (n:${t}) RETURN count(n) AS ${t} }`).join(' ') +
  ` RETURN ${ENTITY_TYPES.join(', ')}`;

export class EntityCache {
  private index: MergeIndex | undefined;
  private counts = new Map<string, number>();

  invalidate(): void {
    this.index = undefined;
  }

  /** The cached index when Neo4j still holds as many entities as it expects, else a fresh one. */
  async get(run: Run): Promise<MergeIndex> {
    const [row] = await run(COUNT_QUERY);
    const live = new Map(ENTITY_TYPES.map((t) => [t as string, Number(row?.[t] ?? 0)]));
    if (this.index && ENTITY_TYPES.every((t) => live.get(t) === this.counts.get(t))) return this.index;
    const index = new MergeIndex();
    for (const type of ENTITY_TYPES) {
      const rows = await run(`MATCH (n:${type}) RETURN labels(n) AS labels, properties(n) AS props`);
      for (const r of rows) index.add(graphNodeFrom(r.labels as string[], r.props as Row));
    }
    this.index = index;
    this.counts = live;
    return index;
  }

  /** A committed merge's entity nodes, as written. */
  apply(planned: readonly PlannedNode[]): void {
    if (!this.index) return;
    for (const { node, previous } of planned) {
      if (entityType(node) === undefined) continue;
      if (!previous) {
        for (const label of node.labels) {
          if (this.counts.has(label)) this.counts.set(label, this.counts.get(label)! + 1);
        }
      }
      this.index.add(node);
    }
  }
}
