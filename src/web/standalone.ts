/**
 * Entry point of the self-contained HTML export: the graph is embedded in the page
 * (<script type="application/json" id="newsgraph-data">) and the project's Cypher engine runs
 * in the page over it, read-only.
 */
import { executeCypher } from '../cypher/index.js';
import { CypherError } from '../cypher/errors.js';
import { decodeEmbedded } from '../export/view/embed.js';
import { jsonToCypher, toQueryAnswer } from '../export/view/query-answer.js';
import type { QueryAnswer } from '../export/view/types.js';
import { toGraphML } from '../export/graphml.js';
import { toJSON } from '../export/json.js';
import { toGEXF } from '../export/gexf.js';
import { graphFromFragment } from '../graph/convert.js';
import { createPropertyGraph } from '../graph/property-graph.js';
import type { CypherValue } from '../cypher/values.js';
import { startApp } from './app.js';
import { EmbeddedSource } from './data/embedded-source.js';
import { SourceError } from './data/source.js';
import { el } from './ui/dom.js';
import './styles.css';

const QUERY_TIMEOUT_MS = 5000;
const MAX_ROWS = 5000;

function start(): void {
  const root = document.getElementById('app');
  const carrier = document.getElementById('newsgraph-data');
  if (!root) return;
  let source: EmbeddedSource;
  try {
    const data = decodeEmbedded(carrier?.textContent ?? '');
    // The Cypher engine's graph is built on the first query, not before the page can draw.
    let graph: ReturnType<typeof graphFromFragment> | null = null;
    const runQuery = (query: string, params: Record<string, unknown>): QueryAnswer => {
      const converted: Record<string, CypherValue> = {};
      for (const [key, value] of Object.entries(params)) converted[key] = jsonToCypher(value);
      try {
        graph ??= graphFromFragment(data.fragment, createPropertyGraph());
        const result = executeCypher(graph, query, {
          params: converted,
          readOnly: true,
          timeoutMs: QUERY_TIMEOUT_MS,
          maxRows: MAX_ROWS + 1,
        });
        return toQueryAnswer(result, MAX_ROWS);
      } catch (error) {
        if (error instanceof CypherError) throw new SourceError(error.code, error.message, error.position ?? null);
        throw error;
      }
    };
    source = new EmbeddedSource(data, { runQuery, exporters: { graphml: toGraphML, json: toJSON, gexf: toGEXF } });
  } catch (error) {
    root.replaceChildren(
      el('div', { class: 'fatal' }, [
        el('h1', { text: 'newsgraph' }),
        el('p', { text: error instanceof Error ? error.message : String(error) }),
      ]),
    );
    return;
  }
  void startApp(root, source);
}

start();
