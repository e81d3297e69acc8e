import { executeCypher } from '../src/cypher/index.js';
import { createPropertyGraph } from '../src/graph/property-graph.js';
const g = createPropertyGraph();
let t = performance.now();
const N = 20000, M = 200000;
for (let i = 0; i < N; i++) g.addNode('n' + i, { labels: ['Person'], properties: { name: 'P' + i } });
for (let i = 0; i < M; i++) g.addDirectedEdgeWithKey('e' + i, 'n' + (i % N), 'n' + ((i * 7919) % N), { type: 'T' + (i % 8), properties: { c: 0.5 } });
console.log('build', performance.now() - t, process.cpuUsage().user / 1000);
for (let k = 0; k < 4; k++) {
  const c0 = process.cpuUsage().user;
  t = performance.now();
  const r = executeCypher(g, 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c, avg(r.c) AS a', { maxRows: 1e7 });
  console.log('agg wall', Math.round(performance.now() - t), 'cpu', Math.round((process.cpuUsage().user - c0) / 1000), r.rows.length);
}
