import { executeCypher } from './src/cypher/index.js';
import { createPropertyGraph } from './src/graph/property-graph.js';
import { RELATION_TYPES } from './src/graph/schema.js';
const g = createPropertyGraph();
const N = 30000, R = 300000;
for (let i = 0; i < N; i++) g.addNode(`n${i}`, { labels: ['Person'], properties: { name: `P${i}` } });
let s = 1;
const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = 0; i < R; i++) g.addDirectedEdgeWithKey(`e${i}`, `n${Math.floor(rand() * N)}`, `n${Math.floor(rand() * N)}`, { type: RELATION_TYPES[i % RELATION_TYPES.length]!, properties: { confidence: Math.round(rand() * 100) / 100 } });
const qs = [process.argv[2] ?? 'MATCH ()-[r]->() RETURN count(*)'];
for (const q of qs) {
  const ts: number[] = [];
  for (let k = 0; k < 15; k++) {
    const c = process.cpuUsage();
    executeCypher(g, q, { readOnly: true, maxRows: 1e7, timeoutMs: 6e5 });
    const u = process.cpuUsage(c);
    ts.push((u.user + u.system) / 1000);
  }
  ts.sort((a, b) => a - b);
  console.log(q, 'median cpu ms', ts[7]!.toFixed(1));
}
