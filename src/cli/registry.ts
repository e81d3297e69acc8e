/**
 * The sub-commands. Each loads on first use, so `newsgraph query` does not pay for the NLP
 * models and `newsgraph --help` loads nothing.
 */
import type { Command } from './command.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** A module's Command: its default export, or the first export shaped like one. */
export function commandFrom(module: Record<string, unknown>, name: string): Command {
  const candidates = [module.default, ...Object.values(module)];
  const found = candidates.find(
    (c): c is Command =>
      typeof c === 'object' && c !== null && typeof (c as Command).run === 'function' && (c as Command).name === name,
  );
  if (!found) throw new Error(`src/cli/commands/${name}.ts exports no Command named "${name}"`);
  return found;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'extract',
    summary: 'extract entities and relations from articles into annotation JSON files',
    load: async () => commandFrom(await import('./commands/extract.js'), 'extract'),
  },
  {
    name: 'build',
    summary: 'build or extend the knowledge graph (graph.json + graph.graphml, or Neo4j)',
    load: async () => commandFrom(await import('./commands/build.js'), 'build'),
  },
  {
    name: 'layout',
    summary: 'compute and store node positions (ForceAtlas2) for the web view and exports',
    load: async () => commandFrom(await import('./commands/layout.js'), 'layout'),
  },
  {
    name: 'query',
    summary: 'run a Cypher query, or an interactive Cypher prompt',
    load: async () => commandFrom(await import('./commands/query.js'), 'query'),
  },
  {
    name: 'export',
    summary: 'export the graph as GraphML, JSON or a standalone HTML page',
    load: async () => commandFrom(await import('./commands/export.js'), 'export'),
  },
  {
    name: 'serve',
    summary: 'serve the graph browser and the query API over HTTP',
    load: async () => commandFrom(await import('./commands/serve.js'), 'serve'),
  },
  {
    name: 'eval',
    summary: 'score extraction against gold annotations',
    load: async () => commandFrom(await import('./commands/eval.js'), 'eval'),
  },
];
