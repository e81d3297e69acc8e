/**
 * The questions of `npm run bench:cypher`, each three ways: the embedded engine's Cypher, a raw
 * graphology answer written by hand (the floor of our data structure), and Kùzu's Cypher for the
 * same graph (one Entity node table with a `label` column, one relationship table per type).
 * Every answer is normalised to sorted rows of plain numbers and strings so they can be compared.
 */
import type { PropertyGraph } from '../../../src/graph/property-graph.js';
import { personName } from './graph.js';

export type Answer = (string | number | null)[][];

export interface BenchQuery {
  name: string;
  cypher: string;
  kuzu: string;
  params: (i: number, nodes: number) => Record<string, string>;
  /** The same question answered by hand over graphology; `names` maps a person's name to its node key (built once, like an index). */
  raw: (g: PropertyGraph, params: Record<string, string>, names: Map<string, string>) => Answer;
  /** Full-graph questions run fewer times. */
  heavy?: boolean;
}

const byName = (i: number, nodes: number): Record<string, string> => ({ name: personName(i, nodes) });

export const QUERIES: BenchQuery[] = [
  {
    name: 'lookup',
    cypher: 'MATCH (n:Person {name: $name}) RETURN n.id',
    kuzu: "MATCH (n:Entity) WHERE n.name = $name AND n.label = 'Person' RETURN n.id",
    params: byName,
    raw: (g, p, names) => {
      const key = names.get(p.name!);
      return key === undefined ? [] : [[g.getNodeAttributes(key).properties.id as string]];
    },
  },
  {
    name: 'onehop',
    cypher: 'MATCH (n:Person {name: $name})-[r]->(m) RETURN type(r), m.name',
    kuzu: "MATCH (n:Entity)-[r]->(m:Entity) WHERE n.name = $name AND n.label = 'Person' RETURN label(r), m.name",
    params: byName,
    raw: (g, p, names) => {
      const out: Answer = [];
      const key = names.get(p.name!);
      if (key !== undefined)
        g.forEachOutEdge(key, (_e, a, _s, t) => out.push([a.type, g.getNodeAttributes(t).properties.name as string]));
      return out;
    },
  },
  {
    name: 'twohop',
    cypher: 'MATCH (n:Person {name: $name})-->()-->(m) RETURN count(DISTINCT m) AS c',
    kuzu: "MATCH (n:Entity)-[r1]->()-[r2]->(m:Entity) WHERE n.name = $name AND n.label = 'Person' AND id(r1) <> id(r2) RETURN count(DISTINCT m) AS c",
    params: byName,
    raw: (g, p, names) => {
      const seen = new Set<string>();
      const key = names.get(p.name!);
      if (key !== undefined)
        g.forEachOutEdge(key, (e1, _a, _s, x) =>
          g.forEachOutEdge(x, (e2, _b, _t, m) => {
            if (e2 !== e1) seen.add(m);
          }),
        );
      return [[seen.size]];
    },
  },
  {
    name: 'var13',
    cypher: 'MATCH (n:Person {name: $name})-[*1..3]->(m) RETURN count(*) AS c',
    kuzu: "MATCH (n:Entity)-[* TRAIL 1..3]->(m:Entity) WHERE n.name = $name AND n.label = 'Person' RETURN count(*) AS c",
    params: byName,
    raw: (g, p, names) => {
      const key = names.get(p.name!);
      if (key === undefined) return [[0]];
      // Paths of 1–3 relationships, none used twice (Cypher's relationship uniqueness).
      const used: string[] = [];
      const walk = (at: string, depth: number): number => {
        let n = 0;
        g.forEachOutEdge(at, (e, _a, _s, t) => {
          if (used.includes(e)) return;
          n++;
          if (depth < 3) {
            used.push(e);
            n += walk(t, depth + 1);
            used.pop();
          }
        });
        return n;
      };
      return [[walk(key, 1)]];
    },
  },
  {
    name: 'typedprop',
    cypher: 'MATCH (a)-[s:STATED]->(b) RETURN count(*) AS c, avg(s.confidence) AS a',
    kuzu: 'MATCH (a)-[s:STATED]->(b) RETURN count(*) AS c, avg(s.confidence) AS a',
    params: () => ({}),
    heavy: true,
    raw: (g) => {
      let n = 0;
      let sum = 0;
      g.forEachEdge((_e, a) => {
        if (a.type !== 'STATED') return;
        n++;
        sum += a.properties.confidence as number;
      });
      return [[n, n ? sum / n : null]];
    },
  },
  {
    name: 'aggall',
    cypher: 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c, avg(r.confidence) AS a',
    kuzu: 'MATCH ()-[r]->() RETURN label(r) AS t, count(*) AS c, avg(r.confidence) AS a',
    params: () => ({}),
    heavy: true,
    raw: (g) => {
      const groups = new Map<string, { n: number; sum: number }>();
      g.forEachEdge((_e, a) => {
        let s = groups.get(a.type);
        if (!s) groups.set(a.type, (s = { n: 0, sum: 0 }));
        s.n++;
        s.sum += a.properties.confidence as number;
      });
      return [...groups].map(([t, s]) => [t, s.n, s.sum / s.n]);
    },
  },
  {
    name: 'topdeg',
    cypher: 'MATCH (n)-[r]->() RETURN n.id AS id, count(r) AS d ORDER BY d DESC, id LIMIT 10',
    kuzu: 'MATCH (n:Entity)-[r]->() RETURN n.id AS id, count(r) AS d ORDER BY d DESC, id LIMIT 10',
    params: () => ({}),
    heavy: true,
    raw: (g) => {
      const top: [string, number][] = [];
      g.forEachNode((key, a) => {
        const d = g.outDegree(key);
        if (d === 0) return;
        const id = a.properties.id as string;
        const last = top[top.length - 1];
        if (top.length === 10 && (d < last![1] || (d === last![1] && id > last![0]))) return;
        top.push([id, d]);
        top.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
        if (top.length > 10) top.pop();
      });
      return top;
    },
  },
  {
    name: 'shortest',
    cypher:
      'MATCH (a:Person {name: $a}), (b:Person {name: $b}) MATCH p = shortestPath((a)-[*..10]-(b)) RETURN length(p) AS len',
    kuzu: "MATCH p = (a:Entity)-[* SHORTEST 1..10]-(b:Entity) WHERE a.name = $a AND a.label = 'Person' AND b.name = $b AND b.label = 'Person' RETURN length(p) AS len",
    params: (i, nodes) => ({ a: personName(i, nodes), b: personName(i * 31 + 17, nodes) }),
    raw: (g, p, names) => {
      const a = names.get(p.a!);
      const b = names.get(p.b!);
      if (a === undefined || b === undefined || a === b) return [];
      return rawShortest(g, a, b, 10);
    },
  },
];

/** Bidirectional breadth-first search over both directions, expanding the smaller frontier. */
function rawShortest(g: PropertyGraph, a: string, b: string, max: number): Answer {
  let front = [a];
  let back = [b];
  const fromA = new Map([[a, 0]]);
  const fromB = new Map([[b, 0]]);
  for (let depth = 0; depth < max && front.length && back.length; depth++) {
    const forward = front.length <= back.length;
    const layer = forward ? front : back;
    const mine = forward ? fromA : fromB;
    const theirs = forward ? fromB : fromA;
    const next: string[] = [];
    let best = Infinity;
    for (const at of layer) {
      const d = mine.get(at)! + 1;
      g.forEachNeighbor(at, (other) => {
        if (mine.has(other)) return;
        mine.set(other, d);
        next.push(other);
        const meet = theirs.get(other);
        if (meet !== undefined) best = Math.min(best, d + meet);
      });
    }
    if (best !== Infinity) return [[best]];
    if (forward) front = next;
    else back = next;
  }
  return [];
}
