import { createPropertyGraph } from '../src/graph/property-graph.js';
import { executeCypher } from '../src/cypher/index.js';
const g = createPropertyGraph();
let t = performance.now();
for (const n of [100, 2000, 20000]) {
  try { t = performance.now(); const r = executeCypher(g, 'RETURN ' + '('.repeat(n) + '1' + ')'.repeat(n) + ' AS x'); console.log(n, r.rows, performance.now() - t); } catch (e: any) { console.log(n, e.code, e.message, performance.now() - t); }
}
for (let i = 0; i < 20000; i++) g.addNode('c' + i, { labels: ['C'], properties: { i: BigInt(i) } });
for (let i = 0; i + 1 < 20000; i++) g.addEdgeWithKey('e' + i, 'c' + i, 'c' + (i + 1), { type: 'NEXT', properties: {} });
t = performance.now();
const r = executeCypher(g, "MATCH (a:C {i: 0})-[*]->(b) RETURN count(b), max(b.i)");
console.log(r.rows, performance.now() - t);
t = performance.now();
const r2 = executeCypher(g, "MATCH p = shortestPath((a:C {i: 0})-[*]->(b:C {i: 19999})) RETURN length(p)");
console.log(r2.rows, performance.now() - t);
