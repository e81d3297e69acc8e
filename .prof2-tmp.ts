import { createPropertyGraph } from './src/graph/property-graph.js';
import { RELATION_TYPES } from './src/graph/schema.js';
const g = createPropertyGraph();
const N = 30000, R = 300000;
for (let i = 0; i < N; i++) g.addNode(`n${i}`, { labels: ['Person'], properties: { name: `P${i}` } });
let s = 1;
const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = 0; i < R; i++) g.addDirectedEdgeWithKey(`e${i}`, `n${Math.floor(rand() * N)}`, `n${Math.floor(rand() * N)}`, { type: RELATION_TYPES[i % RELATION_TYPES.length]!, properties: { confidence: Math.round(rand() * 100) / 100 } });
function time(name: string, f: () => number) { for (let k = 0; k < 3; k++) { const t = performance.now(); const n = f(); console.log(name, (performance.now() - t).toFixed(1), n); } }
time('forEachOutEdge per node', () => { let n = 0; g.forEachNode((k) => g.forEachOutEdge(k, () => void n++)); return n; });
time('nodes() + forEachOutEdge hops', () => { let n = 0; for (const k of g.nodes()) { const hops: unknown[] = []; g.forEachOutEdge(k, (e, a, so, t) => void hops.push({ e, a, so, t })); n += hops.length; } return n; });
time('forEachEdge', () => { let n = 0; g.forEachEdge(() => void n++); return n; });
time('edgeEntries', () => { let n = 0; for (const _ of g.edgeEntries()) n++; return n; });
time('set add/delete', () => { const u = new Set<string>(); let n = 0; g.forEachEdge((e) => { u.add(e); u.delete(e); n++; }); return n; });
time('map copy', () => { const row = new Map<string, unknown>([['r', 1]]); let n = 0; g.forEachEdge(() => { n += new Map(row).size; }); return n; });
