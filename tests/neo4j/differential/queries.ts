/**
 * Read queries both stores must answer alike on the news graph: competency questions a reader
 * asks (who attends which summit, who rejected whose demands, who said what when), then the
 * Cypher features they lean on. `ordered` marks queries whose final ORDER BY is a total order,
 * so row order is compared too; the others compare as multisets.
 */
import type { CypherValue } from '../../../src/cypher/values.js';

export interface DiffQuery {
  name: string;
  cypher: string;
  params?: Record<string, CypherValue>;
  ordered?: boolean;
}

const competency: DiffQuery[] = [
  {
    name: 'who attends the G-20 summit',
    cypher: `MATCH (x)-[:ATTENDS]->(e:Event)
             WHERE toLower(e.name) CONTAINS 'g-20' OR toLower(e.name) CONTAINS 'g20'
             RETURN x.name AS attendee, e.name AS event`,
  },
  {
    name: 'attendees of every event, counted',
    cypher: `MATCH (x)-[:ATTENDS]->(e:Event) RETURN e.name AS event, count(DISTINCT x) AS attendees ORDER BY attendees DESC, event`,
    ordered: true,
  },
  {
    name: 'who rejected whom',
    cypher: `MATCH (a)-[r:REJECTED]->(b) RETURN a.name AS who, labels(a)[0] AS kind, coalesce(b.name, b.title) AS whom`,
  },
  {
    name: 'who rejected the demands of someone who demanded something of them',
    cypher: `MATCH (d)-[:DEMANDED]->(t) MATCH (t)-[:REJECTED]->(d) RETURN DISTINCT t.name AS rejecter, d.name AS demander`,
  },
  {
    name: 'who rejected something that was demanded by someone else',
    cypher: `MATCH (r)-[:REJECTED]->(x)<-[:DEMANDED]-(d) WHERE r <> d RETURN DISTINCT r.name AS rejecter, d.name AS demander, x.name AS about`,
  },
  {
    name: 'who stated what on which date, by date',
    cypher: `MATCH (p)-[s:STATED]->() WHERE s.date IS NOT NULL
             RETURN s.date AS date, p.name AS who, s.content AS what ORDER BY date, who, what`,
    ordered: true,
  },
  {
    name: 'statements without a date',
    cypher: `MATCH (p)-[s:STATED]->() WHERE s.date IS NULL RETURN p.name AS who, count(*) AS statements`,
  },
  {
    name: "each person's roles",
    cypher: `MATCH (p:Person) RETURN p.name AS person, p.roles AS roles ORDER BY person, p.id`,
    ordered: true,
  },
  {
    name: 'role relations with their organisations',
    cypher: `MATCH (p:Person) OPTIONAL MATCH (p)-[h:HAS_ROLE]->(o) RETURN p.name AS person, h.role AS role, o.name AS at`,
  },
  {
    name: 'shortest path lengths between people',
    cypher: `MATCH (a:Person), (b:Person) WHERE a.id < b.id
             WITH a, b ORDER BY a.id, b.id LIMIT 40
             MATCH p = shortestPath((a)-[*..4]-(b))
             RETURN a.name AS from, b.name AS to, length(p) AS hops`,
  },
  {
    name: 'entities per type',
    cypher: `MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count ORDER BY label`,
    ordered: true,
  },
  {
    name: 'relations whose evidence contains a word',
    cypher: `MATCH (a)-[r]->(b) WHERE r.evidence CONTAINS $word
             RETURN a.name AS source, type(r) AS relation, coalesce(b.name, b.title) AS target`,
    params: { word: 'summit' },
  },
  {
    name: 'relations whose evidence matches case-insensitively',
    cypher: `MATCH (a)-[r]->() WHERE toLower(r.evidence) CONTAINS toLower($word) RETURN type(r) AS relation, count(*) AS n`,
    params: { word: 'SANCTIONS' },
  },
  {
    name: 'relations per type',
    cypher: `MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type`,
    ordered: true,
  },
  {
    name: 'most mentioned entities',
    cypher: `MATCH (:Article)-[:MENTIONS]->(e)
             RETURN e.name AS entity, e.id AS id, count(*) AS articles ORDER BY articles DESC, id LIMIT 12`,
    ordered: true,
  },
  {
    name: 'people mentioned together in an article',
    cypher: `MATCH (a:Person)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(b:Person) WHERE a.id < b.id
             RETURN a.id AS one, b.id AS other, count(art) AS together
             ORDER BY together DESC, one, other LIMIT 15`,
    ordered: true,
  },
  {
    name: 'articles that mention a place by name',
    cypher: `MATCH (art:Article)-[:MENTIONS]->(p:Place {name: $place}) RETURN art.title AS title`,
    params: { place: 'Russia' },
  },
  {
    name: 'what each article reports, by relation type',
    cypher: `MATCH ()-[r]->() WHERE r.article IS NOT NULL AND type(r) <> 'MENTIONS'
             RETURN r.article AS article, type(r) AS relation, count(*) AS n ORDER BY article, relation`,
    ordered: true,
  },
  {
    name: 'events and where they were held',
    cypher: `MATCH (e:Event) OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place) RETURN e.name AS event, p.name AS place`,
  },
  {
    name: 'demands with their content',
    cypher: `MATCH (a)-[d:DEMANDED]->(b) RETURN a.name AS who, coalesce(b.name, b.title) AS of, d.content AS demand`,
  },
];

const matching: DiffQuery[] = [
  {
    name: 'OPTIONAL MATCH keeps people with no event',
    cypher: `MATCH (p:Person) OPTIONAL MATCH (p)-[:ATTENDS]->(e:Event) RETURN p.name AS person, e.name AS event`,
  },
  {
    name: 'OPTIONAL MATCH with a WHERE on the optional part',
    cypher: `MATCH (o:Organization) OPTIONAL MATCH (o)-[s:STATED]->(x) WHERE s.date >= '2010' RETURN o.name AS org, count(s) AS recent`,
  },
  {
    name: 'negative pattern predicate',
    cypher: `MATCH (p:Person) WHERE NOT (p)-[:STATED]->() RETURN count(p) AS silent`,
  },
  {
    name: 'EXISTS subquery',
    cypher: `MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:DEMANDED]->() } RETURN p.name AS demander`,
  },
  {
    name: 'variable-length undirected ATTENDS paths between people',
    cypher: `MATCH (a:Person)-[:ATTENDS*2]-(b:Person) WHERE a.id < b.id RETURN DISTINCT a.name AS one, b.name AS other`,
  },
  {
    name: 'variable-length with bounds over any type',
    cypher: `MATCH (a:Person {name: $name})-[*1..2]-(x) RETURN count(DISTINCT x) AS reach`,
    params: { name: 'Vladimir Putin' },
  },
  {
    name: 'variable-length relationship list',
    cypher: `MATCH (a:Article)-[rs:MENTIONS*1..1]->(e:Event) RETURN a.id AS article, size(rs) AS hops, e.name AS event`,
  },
  {
    name: 'directed two-hop from articles',
    cypher: `MATCH (art:Article)-[:MENTIONS]->(p:Person)-[:ATTENDS]->(e:Event)
             RETURN art.id AS article, count(DISTINCT e) AS events ORDER BY article`,
    ordered: true,
  },
  {
    name: 'returning paths',
    cypher: `MATCH p = (a:Person)-[:ATTENDS]->(e:Event) RETURN p`,
  },
  {
    name: 'nodes and relationships of paths',
    cypher: `MATCH p = (a:Person)-[:REJECTED]->(b) RETURN [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS types, length(p) AS len`,
  },
  {
    name: 'returning whole nodes',
    cypher: `MATCH (e:Event) RETURN e`,
  },
  {
    name: 'returning whole relationships',
    cypher: `MATCH ()-[r:REJECTED]->() RETURN r`,
  },
  {
    name: 'label predicates in WHERE',
    cypher: `MATCH (n) WHERE n:Person OR n:Organization RETURN labels(n) AS labels, count(*) AS n`,
  },
  {
    name: 'property equality in the pattern, parameterised',
    cypher: `MATCH (n {type: $type}) RETURN n.name AS name`,
    params: { type: 'Event' },
  },
  {
    name: 'IN list predicate',
    cypher: `MATCH (n:Place) WHERE n.name IN $names RETURN n.name AS name`,
    params: { names: ['Russia', 'Ukraine', 'Bali', 'Nowhere'] },
  },
  {
    name: 'self-join on shared event',
    cypher: `MATCH (a)-[:ATTENDS]->(e)<-[:ATTENDS]-(b) WHERE a.id < b.id RETURN a.name AS one, b.name AS other, e.name AS event`,
  },
  {
    name: 'triangle-free check: relation both ways',
    cypher: `MATCH (a)-[r1]->(b)-[r2]->(a) RETURN a.name AS a, type(r1) AS t1, b.name AS b, type(r2) AS t2`,
  },
];

const aggregation: DiffQuery[] = [
  {
    name: 'count, min and max of statement dates',
    cypher: `MATCH ()-[s:STATED]->() RETURN count(s) AS n, count(s.date) AS dated, min(s.date) AS first, max(s.date) AS last`,
  },
  {
    name: 'average confidence per relation type',
    cypher: `MATCH ()-[r]->() WHERE r.confidence IS NOT NULL RETURN type(r) AS type, avg(r.confidence) AS confidence ORDER BY type`,
    ordered: true,
  },
  {
    name: 'sum of mention counts per article',
    cypher: `MATCH (a:Article)-[m:MENTIONS]->() RETURN a.id AS article, sum(m.count) AS mentions ORDER BY article`,
    ordered: true,
  },
  {
    name: 'collect after ORDER BY keeps the order',
    cypher: `MATCH (x)-[:ATTENDS]->(e:Event) WITH e, x ORDER BY x.name, x.id
             WITH e, collect(x.name) AS names RETURN e.id AS event, names ORDER BY event`,
    ordered: true,
  },
  {
    name: 'count DISTINCT vs count',
    cypher: `MATCH (a:Article)-[:MENTIONS]->(e) RETURN count(e) AS mentions, count(DISTINCT e) AS entities`,
  },
  {
    name: 'aggregates filtered with WITH … WHERE',
    cypher: `MATCH (e)<-[:MENTIONS]-(a:Article) WITH e, count(a) AS articles WHERE articles >= 3 RETURN e.name AS entity, articles`,
  },
  {
    name: 'percentileDisc and stDev of evidence lengths',
    cypher: `MATCH ()-[r:STATED]->() WITH size(r.evidence) AS len
             RETURN percentileDisc(len, 0.5) AS median, min(len) AS shortest, max(len) AS longest, round(stDev(len)) AS spread`,
  },
  {
    name: 'percentileCont of evidence lengths',
    cypher: `MATCH ()-[r:DEMANDED]->() RETURN percentileCont(toFloat(r.end - r.start), 0.25) AS q1`,
  },
  {
    name: 'aggregation on empty input',
    cypher: `MATCH (n:Person {name: 'Nobody At All'}) RETURN count(n) AS n, sum(n.x) AS s, avg(n.x) AS a, collect(n) AS c, max(n.x) AS m`,
  },
  {
    name: 'grouping keys with null',
    cypher: `MATCH (a)-[s:STATED]->() RETURN s.date IS NULL AS undated, count(*) AS n`,
  },
  {
    name: 'DISTINCT rows',
    cypher: `MATCH (a)-[r]->(b:Event) RETURN DISTINCT type(r) AS type, labels(a)[0] AS from`,
  },
  {
    name: 'count of relation types per person, top ten',
    cypher: `MATCH (p:Person)-[r]->() WITH p, count(DISTINCT type(r)) AS kinds, count(r) AS total
             RETURN p.name AS person, kinds, total ORDER BY total DESC, kinds DESC, p.id LIMIT 10`,
    ordered: true,
  },
];

const expressions: DiffQuery[] = [
  {
    name: 'UNWIND aliases',
    cypher: `MATCH (n) WHERE n.aliases IS NOT NULL UNWIND n.aliases AS alias RETURN n.name AS name, alias`,
  },
  {
    name: 'UNWIND a literal list with nulls and nesting',
    cypher: `UNWIND [1, 2.5, null, 'x', [3, 4], []] AS v RETURN v, v IS NULL AS missing`,
  },
  {
    name: 'UNWIND range and arithmetic',
    cypher: `UNWIND range(0, 20, 3) AS i RETURN i, i * i AS sq, i / 2 AS half, i % 5 AS mod, i ^ 2 AS pow, -i AS neg`,
    ordered: false,
  },
  {
    name: 'list functions on aliases',
    cypher: `MATCH (n:Place) RETURN n.name AS name, size(n.aliases) AS n, head(n.aliases) AS first, last(n.aliases) AS lastAlias, n.aliases[0..2] AS firstTwo`,
  },
  {
    name: 'list comprehension and reduce',
    cypher: `MATCH (n:Organization) RETURN n.name AS name,
               [a IN n.aliases WHERE size(a) <= 4 | toLower(a)] AS short,
               reduce(total = 0, a IN n.aliases | total + size(a)) AS letters`,
  },
  {
    name: 'pattern comprehension size',
    cypher: `MATCH (p:Person) RETURN p.name AS person, size([(p)-[:STATED]->(x) | x]) AS statements, size([(p)<-[:MENTIONS]-(a) | a]) AS articles`,
  },
  {
    name: 'string functions',
    cypher: `MATCH (p:Person) RETURN p.name AS name, toUpper(p.name) AS upper, toLower(p.name) AS lower,
               substring(p.name, 1, 3) AS sub, left(p.name, 2) AS l, right(p.name, 2) AS r, reverse(p.name) AS rev,
               size(split(p.name, ' ')) AS words, replace(p.name, 'a', '_') AS replaced`,
  },
  {
    name: 'trim and padding functions',
    cypher: `UNWIND ['  a ', 'b  ', '  c'] AS s RETURN s, trim(s) AS t, ltrim(s) AS l, rtrim(s) AS r, size(s) AS n`,
  },
  {
    name: 'STARTS WITH, ENDS WITH, CONTAINS',
    cypher: `MATCH (n) WHERE n.name STARTS WITH 'U' OR n.name ENDS WITH 'ia' OR n.name CONTAINS 'summit' RETURN n.name AS name`,
  },
  {
    name: 'regular expression match',
    cypher: `MATCH (n:Organization) WHERE n.name =~ '[A-Z]{2,5}' RETURN n.name AS acronym`,
  },
  {
    name: 'CASE with a searched form',
    cypher: `MATCH (n) RETURN CASE WHEN n:Person THEN 'who' WHEN n:Place THEN 'where' WHEN n:Event THEN 'what' ELSE 'other' END AS kind, count(*) AS n`,
  },
  {
    name: 'CASE with a simple form and null',
    cypher: `MATCH ()-[r]->() RETURN CASE type(r) WHEN 'STATED' THEN 1 WHEN 'DEMANDED' THEN 2 ELSE null END AS code, count(*) AS n`,
  },
  {
    name: 'map projection',
    cypher: `MATCH (p:Event) RETURN p {.name, .type, aliasCount: size(p.aliases)} AS event`,
  },
  {
    name: 'map literal access',
    cypher: `WITH {a: 1, b: {c: [1, 2, 3]}} AS m RETURN m.a AS a, m.b.c[1] AS c, m['b'] AS b, keys(m) AS k`,
  },
  {
    name: 'coalesce and null propagation',
    cypher: `MATCH (a:Article) RETURN a.id AS id, coalesce(a.url, a.source, 'unknown') AS origin, a.nothing + 1 AS propagated`,
  },
  {
    name: 'type conversion functions',
    cypher: `UNWIND ['1', '2.5', 'x', '-3'] AS s RETURN s, toInteger(s) AS i, toFloat(s) AS f, toString(toInteger(s)) AS back`,
  },
  {
    name: 'boolean logic with null (three-valued)',
    cypher: `UNWIND [true, false, null] AS a UNWIND [true, false, null] AS b RETURN a, b, a AND b AS andv, a OR b AS orv, a XOR b AS xorv, NOT a AS nota`,
  },
  {
    name: 'comparison across numeric types',
    cypher: `UNWIND [1, 1.0, 2, 0.5] AS x RETURN x, x = 1 AS one, x < 1.5 AS small, x + 1 AS next`,
  },
  {
    name: 'integer overflow-safe large values',
    cypher: `RETURN 9007199254740993 AS big, 9007199254740993 + 1 AS bigger, $p * 2 AS doubled`,
    params: { p: 4611686018427387903n },
  },
  {
    name: 'math functions',
    cypher: `UNWIND [-2.5, 0, 1.5, 16] AS x RETURN x, abs(x) AS a, sign(x) AS s, ceil(x) AS c, floor(x) AS f, round(x) AS r`,
  },
  {
    name: 'sqrt, log and trigonometry',
    cypher: `UNWIND [1.0, 4.0, 10.0] AS x RETURN x, sqrt(x) AS root, log10(x) AS l, exp(0) AS e0, sin(0) AS s0, pi() > 3.14 AS pi`,
  },
  {
    name: 'dates parsed from relation properties',
    cypher: `MATCH ()-[s:STATED]->() WHERE s.date =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}'
             WITH date(s.date) AS d RETURN d.year AS year, d.month AS month, count(*) AS n ORDER BY year, month`,
    ordered: true,
  },
  {
    name: 'temporal values and durations',
    cypher: `WITH date('2022-10-30') AS d RETURN d, d + duration('P1M') AS later, duration.between(d, date('2023-01-01')) AS gap,
               localdatetime('2022-10-30T12:00') AS ldt, d.dayOfWeek AS dow`,
  },
  {
    name: 'keys of nodes as a set',
    cypher: `MATCH (n:Person) UNWIND keys(n) AS key RETURN DISTINCT key`,
  },
  {
    name: 'properties() of nodes',
    cypher: `MATCH (n:Event) RETURN properties(n) AS props`,
  },
  {
    name: 'keys of relationships as a set',
    cypher: `MATCH ()-[r:STATED]->() UNWIND keys(r) AS key RETURN DISTINCT key`,
  },
  {
    name: 'labels and type functions',
    cypher: `MATCH (a)-[r]->(b) RETURN DISTINCT labels(a) AS from, type(r) AS via, labels(b) AS to`,
  },
];

const clauses: DiffQuery[] = [
  {
    name: 'ORDER BY with SKIP and LIMIT',
    cypher: `MATCH (n:Place) RETURN n.name AS name, n.id AS id ORDER BY name DESC, id SKIP 3 LIMIT 7`,
    ordered: true,
  },
  {
    name: 'ORDER BY on an expression not returned',
    cypher: `MATCH (n:Organization) RETURN n.id AS id ORDER BY size(n.name), n.id LIMIT 10`,
    ordered: true,
  },
  {
    name: 'ORDER BY with nulls',
    cypher: `MATCH ()-[s:STATED]->() RETURN s.date AS date ORDER BY date`,
    ordered: true,
  },
  {
    name: 'UNION removes duplicates',
    cypher: `MATCH (p:Person) RETURN p.type AS kind UNION MATCH (o:Organization) RETURN o.type AS kind UNION MATCH (q:Person) RETURN q.type AS kind`,
  },
  {
    name: 'UNION ALL keeps duplicates',
    cypher: `MATCH (p:Person) RETURN p.type AS kind UNION ALL MATCH (e:Event) RETURN e.type AS kind`,
  },
  {
    name: 'WITH chaining and shadowing',
    cypher: `MATCH (a:Article) WITH a.id AS id, a WITH id, size(a.text) AS len WHERE len > 500 RETURN id, len ORDER BY len DESC, id`,
    ordered: true,
  },
  {
    name: 'WITH DISTINCT then aggregate',
    cypher: `MATCH (a)-[r]->(b) WITH DISTINCT a, type(r) AS t RETURN t, count(a) AS sources ORDER BY t`,
    ordered: true,
  },
  {
    name: 'multiple MATCH clauses (cartesian with filter)',
    cypher: `MATCH (e:Event) MATCH (p:Place) WHERE e.name CONTAINS p.name RETURN e.name AS event, p.name AS place`,
  },
  {
    name: 'RETURN * with aliases',
    cypher: `MATCH (e:Event)-[:HELD_IN]->(p:Place) WITH e.name AS event, p.name AS place RETURN *`,
  },
  {
    name: 'LIMIT with parameter',
    cypher: `MATCH (n:Person) RETURN n.id AS id ORDER BY id LIMIT $n`,
    params: { n: 5n },
    ordered: true,
  },
  {
    name: 'COUNT subquery',
    cypher: `MATCH (p:Person) RETURN p.id AS id, COUNT { (p)<-[:MENTIONS]-() } AS articles ORDER BY articles DESC, id LIMIT 10`,
    ordered: true,
  },
  {
    name: 'CALL subquery with aggregation',
    cypher: `MATCH (e:Event) CALL { WITH e MATCH (x)-[:ATTENDS]->(e) RETURN count(x) AS n } RETURN e.id AS event, n ORDER BY event`,
    ordered: true,
  },
  {
    name: 'quantified list predicates',
    cypher: `MATCH (n) WHERE n.aliases IS NOT NULL
             RETURN n.id AS id, all(a IN n.aliases WHERE size(a) > 1) AS allLong, any(a IN n.aliases WHERE a CONTAINS '.') AS dotted,
                    none(a IN n.aliases WHERE a = n.name) AS distinct, single(a IN n.aliases WHERE size(a) = 2) AS oneShort`,
  },
];

export const DIFF_QUERIES: readonly DiffQuery[] = [
  ...competency,
  ...matching,
  ...aggregation,
  ...expressions,
  ...clauses,
];
