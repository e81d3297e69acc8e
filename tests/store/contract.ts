/**
 * The behaviour every GraphStore must show, as a test factory (graphology's specs() idea):
 * the memory store runs it in src/store/memory/memory-store.test.ts, the Neo4j store in its own
 * test. `makeStore` must return an empty store each time.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { fragmentFromExtraction } from '../../src/graph/build.js';
import type { GraphFragment, PropertyValue } from '../../src/graph/schema.js';
import type { GraphStore } from '../../src/store/types.js';
import { kremlinArticle, lavrovArticle } from './fixtures.js';

/** A content hash of a snapshot that ignores order but not value kinds (1 vs 1.0). */
export function snapshotHash(fragment: GraphFragment): string {
  const value = (v: PropertyValue): unknown =>
    Array.isArray(v) ? v.map(value) : typeof v === 'bigint' ? `${v}n` : typeof v === 'number' ? `${v}f` : v;
  const props = (p: Record<string, PropertyValue>) =>
    Object.keys(p)
      .sort()
      .map((k) => [k, value(p[k]!)]);
  const nodes = fragment.nodes.map((n) => JSON.stringify([n.id, [...n.labels].sort(), props(n.properties)])).sort();
  const edges = fragment.edges
    .map((e) => JSON.stringify([e.id, e.type, e.source, e.target, props(e.properties)]))
    .sort();
  return createHash('sha256')
    .update(JSON.stringify([nodes, edges]))
    .digest('hex');
}

export function describeGraphStore(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore | undefined;
    const open = async () => (store = await makeStore());
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('merges idempotently: the same article twice changes nothing', async () => {
      const s = await open();
      const fragment = fragmentFromExtraction(lavrovArticle());
      const first = await s.merge(fragment);
      expect(first.nodesCreated).toBe(fragment.nodes.length);
      expect(first.edgesCreated).toBe(fragment.edges.length);
      const before = { stats: await s.stats(), hash: snapshotHash(await s.snapshot()) };
      const second = await s.merge(fragmentFromExtraction(lavrovArticle()));
      expect(second).toEqual({ nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 });
      expect(await s.stats()).toEqual(before.stats);
      expect(snapshotHash(await s.snapshot())).toBe(before.hash);
    });

    it('merges entities across articles without duplicates', async () => {
      const s = await open();
      await s.merge(fragmentFromExtraction(lavrovArticle()));
      await s.merge(fragmentFromExtraction(kremlinArticle()));
      const { nodes, edges } = await s.snapshot();
      const byId = new Map(nodes.map((n) => [n.id, n]));
      expect(byId.has('person:putin')).toBe(false);
      expect(byId.has('place:us')).toBe(false);
      expect(byId.get('place:united-states')?.properties.aliases).toEqual(['U.S.', 'US']);
      expect(byId.get('person:vladimir-putin')?.properties.name).toBe('Vladimir Putin');
      expect(byId.has('person:lyudmila-putin')).toBe(true);
      const stated = edges.filter((e) => e.type === 'STATED' && e.source === 'person:vladimir-putin');
      expect(stated.map((e) => e.target)).toEqual(['place:united-states']);
      const persons = nodes
        .filter((n) => n.labels.includes('Person'))
        .map((n) => n.properties.name)
        .sort();
      expect(persons).toEqual(['Joe Biden', 'Lyudmila Putin', 'Sergei Lavrov', 'Vladimir Putin']);
      const mentionsOfPutin = edges.filter((e) => e.type === 'MENTIONS' && e.target === 'person:vladimir-putin');
      expect(mentionsOfPutin.map((e) => e.source).sort()).toEqual(['article:kyiv-lavrov', 'article:wire-kremlin']);
    });

    it("replaces an article's relations when it is built again from a new extraction", async () => {
      const s = await open();
      await s.merge(fragmentFromExtraction(lavrovArticle()));
      const revised = lavrovArticle();
      revised.relations = revised.relations.filter((r) => r.type !== 'DEMANDED');
      const stats = await s.merge(fragmentFromExtraction(revised));
      expect(stats.edgesUpdated).toBe(1);
      expect((await s.stats()).edgesByType.DEMANDED ?? 0).toBe(0);
    });

    it('snapshots every node and edge with its value kinds', async () => {
      const s = await open();
      const fragment = fragmentFromExtraction(lavrovArticle());
      await s.merge(fragment);
      const snap = await s.snapshot();
      expect(snapshotHash(snap)).toBe(snapshotHash(fragment));
      const stated = snap.edges.find((e) => e.type === 'STATED')!;
      expect(typeof stated.properties.start).toBe('bigint');
      expect(typeof stated.properties.confidence).toBe('number');
    });

    it('counts nodes by label and edges by type', async () => {
      const s = await open();
      await s.merge(fragmentFromExtraction(lavrovArticle()));
      const stats = await s.stats();
      expect(stats.nodes).toBe(9);
      expect(stats.nodesByLabel).toEqual({ Article: 1, Person: 3, Place: 3, Organization: 1, Event: 1 });
      expect(stats.edgesByType).toEqual({ MENTIONS: 8, STATED: 1, DEMANDED: 1, ATTENDS: 2, HELD_IN: 1, HAS_ROLE: 1 });
      expect(stats.edges).toBe(14);
    });

    it('runs queries with parameters, never splicing them into the text', async () => {
      const s = await open();
      await s.merge(fragmentFromExtraction(lavrovArticle()));
      const cypher =
        'MATCH (p:Person {name: $name})-[r:STATED]->(a:Article) RETURN p.name AS name, r.start AS start, a.id AS article';
      const result = await s.query(cypher, { params: { name: 'Sergei Lavrov' } });
      expect(result.columns).toEqual(['name', 'start', 'article']);
      expect(result.rows).toEqual([['Sergei Lavrov', 0n, 'article:kyiv-lavrov']]);
      const hostile = await s.query(cypher, { params: { name: "x' OR 1=1 //" } });
      expect(hostile.rows).toEqual([]);
    });

    it('refuses updating queries unless asked to write', async () => {
      const s = await open();
      await s.merge(fragmentFromExtraction(lavrovArticle()));
      await expect(s.query("CREATE (:Person {name: 'Intruder'})")).rejects.toMatchObject({ code: 'WRITE_REFUSED' });
      expect((await s.stats()).nodes).toBe(9);
      await s.query("CREATE (:Person {id: 'person:x', name: 'Allowed'})", { readOnly: false });
      expect((await s.stats()).nodesByLabel.Person).toBe(4);
    });
  });
}
