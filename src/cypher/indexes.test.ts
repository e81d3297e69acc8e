import { describe, expect, it } from 'vitest';
import { createPropertyGraph, type PropertyGraph } from '../graph/property-graph.js';
import { executeCypher } from './index.js';
import { run } from './test-helpers.js';

function people(n: number): PropertyGraph {
  const g = createPropertyGraph();
  for (let i = 0; i < n; i++) {
    g.addNode(`person:${i}`, {
      labels: ['Person'],
      properties: { id: `person:${i}`, name: `P${i}`, aliases: [`alias${i}`, `nick${i}`] },
    });
  }
  g.addNode('place:0', { labels: ['Place'], properties: { name: 'P1' } });
  return g;
}

function plans(g: PropertyGraph, query: string, params: Record<string, unknown> = {}): string[] {
  const profile = { plans: [] as string[] };
  executeCypher(g, query, { params: params as never, profile });
  return profile.plans;
}

describe('indexes and start plans', () => {
  it('looks nodes up by (label, property) from inline maps and WHERE equalities', () => {
    const g = people(1000);
    expect(plans(g, 'MATCH (n:Person {name: $name}) RETURN n', { name: 'P5' })).toEqual(['index eq Person.name']);
    expect(plans(g, "MATCH (n:Person) WHERE n.name = 'P5' RETURN n")).toEqual(['index eq Person.name']);
    expect(plans(g, "MATCH (n:Person) WHERE n.id IN ['person:1', 'person:2'] RETURN n")).toEqual([
      'index any Person.id',
    ]);
    expect(plans(g, "MATCH (n {id: 'person:7'}) RETURN n")).toEqual(['index eq *.id']);
    expect(run(g, "MATCH (n:Person {name: 'P1'}) RETURN n.id")).toEqual([['person:1']]);
    expect(run(g, "MATCH (n:Person) WHERE n.id IN ['person:1', 'person:2'] RETURN n.name ORDER BY n.name")).toEqual([
      ['P1'],
      ['P2'],
    ]);
  });

  it('finds list members (aliases) through the index', () => {
    const g = people(100);
    expect(plans(g, "MATCH (n:Person) WHERE 'nick42' IN n.aliases RETURN n")).toEqual(['index member Person.aliases']);
    expect(run(g, "MATCH (n:Person) WHERE 'nick42' IN n.aliases RETURN n.name")).toEqual([['P42']]);
  });

  it('starts from a bound node or the smallest label, and expands from there', () => {
    const g = people(50);
    for (let i = 0; i < 10; i++) g.addDirectedEdge(`person:${i}`, `person:${i + 1}`, { type: 'KNOWS', properties: {} });
    expect(plans(g, 'MATCH (a:Place)-->(b:Person) RETURN b')).toEqual(['label scan :Place']);
    expect(plans(g, "MATCH (a:Person {name: 'P1'}) MATCH (a)-->(b) RETURN b")).toEqual([
      'index eq Person.name',
      'start at bound (a)',
    ]);
    expect(plans(g, 'MATCH (a)-->(b) RETURN b')).toEqual(['all relationships scan']);
    expect(plans(g, 'MATCH (a) RETURN a')).toEqual(['all nodes scan']);
  });

  it('starts at the relationships of a type when that is cheaper than any node scan', () => {
    const g = people(200);
    run(
      g,
      "MATCH (a:Person {name: 'P1'}), (b:Person {name: 'P2'}) CREATE (a)-[:KNOWS]->(b), (b)-[:KNOWS]->(a), (a)-[:LIKES]->(b)",
    );
    expect(plans(g, 'MATCH (a)-[:KNOWS]->(b) RETURN a, b')).toEqual(['relationship type scan :KNOWS']);
    expect(plans(g, "MATCH (a:Person {name: 'P1'})-[:KNOWS]->(b) RETURN b")).toEqual(['index eq Person.name']);
    expect(run(g, 'MATCH (a)-[:KNOWS]->(b) RETURN a.name, b.name ORDER BY a.name')).toEqual([
      ['P1', 'P2'],
      ['P2', 'P1'],
    ]);
    expect(run(g, 'MATCH (a)-[:KNOWS]-(b) RETURN count(*)')).toEqual([[4n]]);
    expect(run(g, 'MATCH (x)<-[:LIKES]-(a)-[:KNOWS]->(b) RETURN x.name, a.name, b.name')).toEqual([['P2', 'P1', 'P2']]);
    run(g, 'MATCH ()-[r:KNOWS]->() WITH r LIMIT 1 DELETE r');
    expect(run(g, 'MATCH ()-[r:KNOWS]->() RETURN count(r)')).toEqual([[1n]]);
    g.addEdgeWithKey('k2', 'person:5', 'person:6', { type: 'KNOWS', properties: {} });
    expect(run(g, 'MATCH ()-[r:KNOWS]->() RETURN count(r)')).toEqual([[2n]]);
    g.replaceEdgeAttributes('k2', { type: 'LIKES', properties: {} });
    expect(run(g, 'MATCH ()-[r:KNOWS]->() RETURN count(r)')).toEqual([[1n]]);
    g.dropNode('person:1');
    expect(run(g, 'MATCH ()-[r:KNOWS|LIKES]->() RETURN count(r)')).toEqual([[1n]]);
  });

  it('keeps indexes in step with writes from Cypher and from graphology', () => {
    const g = people(10);
    expect(run(g, "MATCH (n:Person {name: 'Zed'}) RETURN count(n)")).toEqual([[0n]]);
    run(g, "CREATE (:Person {name: 'Zed'})");
    expect(run(g, "MATCH (n:Person {name: 'Zed'}) RETURN count(n)")).toEqual([[1n]]);
    run(g, "MATCH (n:Person {name: 'Zed'}) SET n.name = 'Zoe'");
    expect(run(g, "MATCH (n:Person {name: 'Zed'}) RETURN count(n)")).toEqual([[0n]]);
    expect(run(g, "MATCH (n:Person {name: 'Zoe'}) RETURN count(n)")).toEqual([[1n]]);
    run(g, "MATCH (n:Person {name: 'Zoe'}) REMOVE n:Person");
    expect(run(g, "MATCH (n:Person {name: 'Zoe'}) RETURN count(n)")).toEqual([[0n]]);
    g.mergeNodeAttributes('person:3', {
      properties: { ...g.getNodeAttribute('person:3', 'properties'), name: 'Three' },
    });
    expect(run(g, "MATCH (n:Person {name: 'Three'}) RETURN n.id")).toEqual([['person:3']]);
    g.dropNode('person:4');
    expect(run(g, "MATCH (n:Person {name: 'P4'}) RETURN n")).toEqual([]);
    g.addNode('person:new', { labels: ['Person'], properties: { name: 'P4' } });
    expect(run(g, "MATCH (n:Person {name: 'P4'}) RETURN n.name")).toEqual([['P4']]);
    g.clear();
    expect(run(g, 'MATCH (n:Person) RETURN count(n)')).toEqual([[0n]]);
  });

  it('matches 1 and 1.0 alike through the index, as equality does', () => {
    const g = createPropertyGraph();
    g.addNode('a', { labels: ['N'], properties: { v: 1n } });
    g.addNode('b', { labels: ['N'], properties: { v: 1.5 } });
    expect(run(g, 'MATCH (n:N {v: 1.0}) RETURN elementId(n)')).toEqual([['a']]);
    expect(run(g, 'MATCH (n:N) WHERE n.v = 1.5 RETURN elementId(n)')).toEqual([['b']]);
  });
});
