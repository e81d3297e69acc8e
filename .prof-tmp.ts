import { executeCypher } from './src/cypher/index.js';
import { createPropertyGraph } from './src/graph/property-graph.js';
import { RELATION_TYPES } from './src/graph/schema.js';
const g = createPropertyGraph();
const N = 30000, R = 300000;
for (let i = 0; i < N; i++) g.addNode(`n${i}`, { labels: ['Person'], properties: { name: `P${i}` } });
let s = 1;
const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = 0; i < R; i++) g.addDirectedEdgeWithKey(`e${i}`, `n${Math.floor(rand() * N)}`, `n${Math.floor(rand() * N)}`, { type: RELATION_TYPES[i % RELATION_TYPES.length]!, properties: { confidence: Math.round(rand() * 100) / 100 } });
const q = process.argv[2] ?? 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c, avg(r.confidence) AS a';
for (let k = 0; k < 4; k++) {
  const t = performance.now();
  const r = executeCypher(g, q, { readOnly: true, maxRows: 1e7, timeoutMs: 6e5 });
  console.log((performance.now() - t).toFixed(1), 'ms', r.rows.length);
}
