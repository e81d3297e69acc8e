import { describe, expect, it } from 'vitest';
import { createPropertyGraph } from '../../graph/property-graph.js';
import { executeCypher, isUpdatingQuery } from '../index.js';
import { errorOf, graphWith, run } from '../test-helpers.js';

describe('updating clauses', () => {
  it('creates nodes and relationships and counts what changed', () => {
    const g = createPropertyGraph();
    const r = executeCypher(
      g,
      "CREATE (a:Person:Human {name: 'Ann'})-[:KNOWS {since: 2001}]->(b:Person {name: 'Bob'}) RETURN a.name, b.name",
    );
    expect(r.rows).toEqual([['Ann', 'Bob']]);
    expect(r.stats).toEqual({ nodesCreated: 2, relationshipsCreated: 1, labelsAdded: 3, propertiesSet: 3 });
    expect(g.order).toBe(2);
    expect(g.size).toBe(1);
    const [edge] = g.edges();
    expect(g.getEdgeAttributes(edge!)).toEqual({ type: 'KNOWS', properties: { since: 2001n } });
  });

  it('MERGE matches or creates, running ON MATCH / ON CREATE', () => {
    const g = createPropertyGraph();
    const q =
      "MERGE (c:City {name: 'Paris'}) ON CREATE SET c.created = true ON MATCH SET c.seen = true RETURN c.created, c.seen";
    expect(run(g, q)).toEqual([[true, null]]);
    expect(run(g, q)).toEqual([[true, true]]);
    expect(g.order).toBe(1);
    // MERGE sees what it created for an earlier row.
    expect(executeCypher(g, "UNWIND ['x', 'x', 'y'] AS n MERGE (:Tag {name: n})").stats).toMatchObject({
      nodesCreated: 2,
    });
  });

  it('SET and REMOVE properties and labels; null removes a property', () => {
    const g = graphWith("CREATE (:P {name: 'a', x: 1, y: 2})");
    run(g, "MATCH (n:P) SET n.x = 10, n.y = null, n:Q, n += {z: 'z'}");
    expect(run(g, 'MATCH (n:Q) RETURN n.x, n.y, n.z, labels(n)')).toEqual([[10n, null, 'z', ['P', 'Q']]]);
    run(g, 'MATCH (n:P) SET n = {only: true} REMOVE n:Q');
    expect(run(g, 'MATCH (n:P) RETURN properties(n), labels(n)')).toEqual([[new Map([['only', true]]), ['P']]]);
    expect(errorOf(() => run(g, 'MATCH (n:P) SET n.bad = {a: 1}'))).toMatchObject({
      code: 'TypeError',
      detail: 'InvalidPropertyType',
    });
  });

  it('refuses to DELETE a connected node without DETACH, and DETACH DELETE removes its relationships', () => {
    const g = graphWith("CREATE (:A {name: 'a'})-[:R]->(:B {name: 'b'})");
    expect(errorOf(() => run(g, 'MATCH (a:A) DELETE a'))).toMatchObject({
      code: 'ConstraintVerificationFailed',
      phase: 'runtime',
    });
    expect(g.order).toBe(2);
    expect(executeCypher(g, 'MATCH (a:A) DETACH DELETE a').stats).toEqual({ nodesDeleted: 1, relationshipsDeleted: 1 });
    expect(g.order).toBe(1);
    expect(g.size).toBe(0);
    // Deleting a relationship and its nodes in one clause is fine.
    const h = graphWith('CREATE (:A)-[:R]->(:B)');
    run(h, 'MATCH (a)-[r]->(b) DELETE r, a, b');
    expect(h.order).toBe(0);
  });

  it('rolls back every change when the query fails half-way', () => {
    const g = graphWith('CREATE (:N {v: 1}), (:N {v: 0})');
    const before = JSON.stringify(g.export(), (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
    expect(errorOf(() => run(g, 'MATCH (n:N) CREATE (:Copy {v: n.v}) SET n.v = 10 / n.v'))).toMatchObject({
      code: 'ArithmeticError',
    });
    expect(JSON.stringify(g.export(), (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))).toBe(before);
  });

  it('refuses writes in read-only mode before running anything', () => {
    const g = graphWith('CREATE (:A)');
    for (const q of [
      'CREATE (:B)',
      'MATCH (a) SET a.x = 1',
      'MATCH (a) DETACH DELETE a',
      'MERGE (:C)',
      'MATCH (a) REMOVE a:A',
    ]) {
      const err = errorOf(() => executeCypher(g, q, { readOnly: true }));
      expect(err).toMatchObject({ code: 'ReadOnly', phase: 'compile' });
      expect(err.message).toMatch(/read-only/);
    }
    expect(g.order).toBe(1);
    expect(executeCypher(g, 'MATCH (a) RETURN count(a)', { readOnly: true }).rows).toEqual([[1n]]);
  });

  it('tells updating queries from reading ones', () => {
    expect(isUpdatingQuery('MATCH (n) RETURN n')).toBe(false);
    expect(isUpdatingQuery('MATCH (n) WITH n SET n.x = 1')).toBe(true);
    expect(isUpdatingQuery("RETURN 'CREATE (n)' AS text")).toBe(false);
  });
});
