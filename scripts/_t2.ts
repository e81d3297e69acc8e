import { createPropertyGraph } from '../src/graph/property-graph.js';
import { executeCypher } from '../src/cypher/index.js';
const g = createPropertyGraph();
for (const s of process.argv.slice(2)) { try { const r = executeCypher(g, s); console.log(s, '=>', r.columns, r.rows.map(r=>r.map(v=>String(v)))); } catch (e: any) { console.log(s, 'ERR', e.code, e.detail, e.message); } }
