import { executeCypher } from './src/cypher/index.js';
import { createPropertyGraph } from './src/graph/property-graph.js';
import { RELATION_TYPES } from './src/graph/schema.js';
const g = createPropertyGraph();
const N = 30000, R = 300000;
for (let i = 0; i < N; i++) g.addNode(`n${i}`, { labels: ['Person'], properties: { name: `P${i}` } });
let s = 1;
const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = 0; i < R; i++) g.addDirectedEdgeWithKey(`e${i}`, `n${Math.floor(rand() * N)}`, `n${Math.floor(rand() * N)}`, { type: RELATION_TYPES[i % RELATION_TYPES.length]!, properties: { confidence: Math.round(rand() * 100) / 100 } });
const gc = (globalThis as { gc?: () => void }).gc!;
gc();
const base = process.memoryUsage().heapUsed;
let peak = 0;
const iv = setInterval(() => {}, 1000);
for (let k = 0; k < 3; k++) {
  executeCypher(g, process.argv[2]!, { readOnly: true, maxRows: 1e7, timeoutMs: 6e5 });
  peak = Math.max(peak, process.memoryUsage().heapUsed - base);
}
gc();
console.log('peak extra MB (sampled after runs)', (peak / 1e6).toFixed(0), 'retained after gc', ((process.memoryUsage().heapUsed - base) / 1e6).toFixed(0));
clearInterval(iv);
