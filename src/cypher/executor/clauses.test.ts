import { describe, expect, it } from 'vitest';
import { executeCypher } from '../index.js';
import { graphWith, run } from '../test-helpers.js';
import type { NodeValue, PathValue } from '../values.js';

const SOCIAL = `CREATE (ann:Person {name: 'Ann', age: 30}), (bob:Person {name: 'Bob', age: 40}),
  (cy:Person {name: 'Cy', age: 25}), (acme:Organization {name: 'Acme'}),
  (ann)-[:KNOWS {since: 2001}]->(bob), (bob)-[:KNOWS]->(cy), (ann)-[:WORKS_AT]->(acme), (cy)-[:WORKS_AT]->(acme)`;

describe('reading clauses', () => {
  const g = graphWith(SOCIAL);

  it('matches directed, undirected and typed relationships', () => {
    expect(run(g, "MATCH (a {name: 'Ann'})-[:KNOWS]->(b) RETURN b.name")).toEqual([['Bob']]);
    expect(run(g, "MATCH (a {name: 'Bob'})-[:KNOWS]-(b) RETURN b.name ORDER BY b.name")).toEqual([['Ann'], ['Cy']]);
    expect(run(g, "MATCH (a {name: 'Bob'})<-[:KNOWS]-(b) RETURN b.name")).toEqual([['Ann']]);
    expect(run(g, 'MATCH (:Person)-[r:KNOWS|WORKS_AT]->(:Organization) RETURN count(r)')).toEqual([[2n]]);
  });

  it('expands variable-length relationships with bounds and keeps relationships unique', () => {
    expect(run(g, "MATCH (a {name: 'Ann'})-[:KNOWS*]->(b) RETURN b.name ORDER BY b.name")).toEqual([['Bob'], ['Cy']]);
    expect(run(g, "MATCH (a {name: 'Ann'})-[:KNOWS*2]->(b) RETURN b.name")).toEqual([['Cy']]);
    expect(run(g, "MATCH (a {name: 'Ann'})-[:KNOWS*0..1]->(b) RETURN b.name ORDER BY b.name")).toEqual([
      ['Ann'],
      ['Bob'],
    ]);
    // Without uniqueness an undirected 2-hop walk could come straight back over the same edge.
    expect(run(g, "MATCH (a {name: 'Bob'})-[:KNOWS*2]-(b) RETURN b")).toEqual([]);
  });

  it('binds named paths in path order even when matched right to left', () => {
    const [[p]] = run(g, "MATCH p = (a)-[:KNOWS*2]->(c {name: 'Cy'}) RETURN p") as [[PathValue]];
    expect(p.nodes.map((n) => n.properties.get('name'))).toEqual(['Ann', 'Bob', 'Cy']);
    expect(p.relationships.map((r) => r.type)).toEqual(['KNOWS', 'KNOWS']);
  });

  it('finds shortest paths', () => {
    const rows = run(
      g,
      "MATCH (a {name: 'Ann'}), (c {name: 'Cy'}) MATCH p = shortestPath((a)-[*]-(c)) RETURN length(p)",
    );
    expect(rows).toEqual([[2n]]);
    expect(
      run(g, "MATCH (a {name: 'Ann'}), (c {name: 'Cy'}) MATCH p = allShortestPaths((a)-[*]-(c)) RETURN count(p)"),
    ).toEqual([[2n]]);
  });

  it('fills OPTIONAL MATCH misses with nulls', () => {
    expect(run(g, 'MATCH (p:Person) OPTIONAL MATCH (p)-[:KNOWS]->(f) RETURN p.name, f.name ORDER BY p.name')).toEqual([
      ['Ann', 'Bob'],
      ['Bob', 'Cy'],
      ['Cy', null],
    ]);
  });

  it('aggregates with grouping keys, DISTINCT and an empty input', () => {
    expect(run(g, 'MATCH (p:Person)-[:WORKS_AT]->(o) RETURN o.name, collect(p.name) AS staff ORDER BY o.name')).toEqual(
      [['Acme', ['Ann', 'Cy']]],
    );
    expect(run(g, 'MATCH (p:Person) RETURN avg(p.age), min(p.age), max(p.age), sum(p.age)')).toEqual([
      [95 / 3, 25n, 40n, 95n],
    ]);
    expect(run(g, 'UNWIND [1, 1, 2] AS x RETURN count(DISTINCT x), count(*)')).toEqual([[2n, 3n]]);
    expect(run(g, 'MATCH (n:Nobody) RETURN count(n), collect(n)')).toEqual([[0n, []]]);
    expect(run(g, 'UNWIND [1, 2, 3, 4] AS x RETURN percentileDisc(x, 0.5), percentileCont(x, 0.5)')).toEqual([
      [2n, 2.5],
    ]);
  });

  it('orders, skips and limits, with nulls last ascending', () => {
    expect(run(g, 'UNWIND [3, null, 1, 2] AS x RETURN x ORDER BY x')).toEqual([[1n], [2n], [3n], [null]]);
    expect(run(g, 'UNWIND [3, null, 1, 2] AS x RETURN x ORDER BY x DESC SKIP 1 LIMIT 2')).toEqual([[3n], [2n]]);
    expect(run(g, "UNWIND [1, 'a', true, [1], null, 1.5] AS x RETURN x ORDER BY x")).toEqual([
      [[1n]],
      ['a'],
      [true],
      [1n],
      [1.5],
      [null],
    ]);
    expect(run(g, 'MATCH (p:Person) RETURN p.name ORDER BY p.age DESC LIMIT $n', { params: { n: 1n } })).toEqual([
      ['Bob'],
    ]);
  });

  it('chains WITH, WHERE and UNWIND, and combines with UNION', () => {
    expect(run(g, 'MATCH (p:Person) WITH p.age AS age WHERE age > 26 RETURN sum(age)')).toEqual([[70n]]);
    expect(run(g, 'UNWIND [[1, 2], [3]] AS l UNWIND l AS x RETURN collect(x)')).toEqual([[[1n, 2n, 3n]]]);
    expect(run(g, 'RETURN 1 AS x UNION RETURN 1 AS x')).toEqual([[1n]]);
    expect(run(g, 'RETURN 1 AS x UNION ALL RETURN 1 AS x')).toEqual([[1n], [1n]]);
  });

  it('answers pattern predicates, pattern comprehensions and EXISTS subqueries', () => {
    expect(run(g, 'MATCH (p:Person) WHERE (p)-[:KNOWS]->() RETURN p.name ORDER BY p.name')).toEqual([['Ann'], ['Bob']]);
    expect(run(g, "MATCH (p {name: 'Ann'}) RETURN [(p)-->(x) | x.name] AS out")[0]![0]).toHaveLength(2);
    expect(
      run(g, "MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:WORKS_AT]->(o) WHERE o.name = 'Acme' } RETURN count(p)"),
    ).toEqual([[2n]]);
    expect(run(g, 'MATCH (p:Person) RETURN p.name, exists((p)-[:KNOWS]->()) ORDER BY p.name')).toEqual([
      ['Ann', true],
      ['Bob', true],
      ['Cy', false],
    ]);
  });

  it('counts subquery rows with COUNT { } and matches label alternatives (A|B)', () => {
    expect(run(g, 'MATCH (p:Person) RETURN p.name, COUNT { (p)-->() } AS out ORDER BY p.name')).toEqual([
      ['Ann', 2n],
      ['Bob', 1n],
      ['Cy', 1n],
    ]);
    expect(run(g, 'MATCH (p:Person) WHERE COUNT { MATCH (p)-[:KNOWS]-(f) RETURN f } = 2 RETURN p.name')).toEqual([
      ['Bob'],
    ]);
    expect(run(g, 'MATCH (x:Organization|Person) RETURN count(x)')).toEqual([[4n]]);
    expect(run(g, "MATCH (x:Organization|Nothing {name: 'Acme'}) RETURN x.name")).toEqual([['Acme']]);
  });

  it('projects maps and returns snapshot values with column names from the query text', () => {
    const result = executeCypher(g, "MATCH (p {name: 'Ann'}) RETURN p {.name, .age, k: 1}, p");
    expect(result.columns).toEqual(['p {.name, .age, k: 1}', 'p']);
    expect([...(result.rows[0]![0] as Map<string, unknown>)]).toEqual([
      ['name', 'Ann'],
      ['age', 30n],
      ['k', 1n],
    ]);
    const node = result.rows[0]![1] as NodeValue;
    expect(node).toMatchObject({ kind: 'node', labels: ['Person'] });
    expect(node.properties.get('name')).toBe('Ann');
  });

  it('gives each node a stable integer id and its key as elementId', () => {
    const [[id1, key]] = run(g, "MATCH (p {name: 'Ann'}) RETURN id(p), elementId(p)");
    const [[id2]] = run(g, "MATCH (p {name: 'Ann'}) RETURN id(p)");
    expect(typeof id1).toBe('bigint');
    expect(id2).toBe(id1);
    expect(g.hasNode(key as string)).toBe(true);
  });
});
