import { createPropertyGraph } from '../src/graph/property-graph.js';
import { executeCypher, CypherError } from '../src/cypher/index.js';
const g = createPropertyGraph();
executeCypher(g, "CREATE (:Person {name: 'Sergei Lavrov', aliases: ['Lavrov']})-[:STATED {evidence: 'x'}]->(:Organization {name: 'UN'})");
for (const q of ["MATCH (n:Person RETURN n", "MATCH (n) RETURN m", "MATCH (n) RETURN foo(n)", "MATCH (n) RETURN n.name + 1 - 'x'", "RETURN 1 +", "MATCH (n)\nWHERE n.name = 'a'\nRETRUN n", "MATCH (n) RETURN n.name / 0", "MATCH (n:Person) WHERE 'Lavrov' IN n.aliases RETURN n.name"]) {
  try { console.log(JSON.stringify(executeCypher(g, q).rows)); } catch (e) { console.log((e as CypherError).format(q), '\n   ', JSON.stringify((e as CypherError).toJSON())); }
}
