/**
 * `newsgraph export`: the graph as GraphML, plain JSON or a self-contained HTML viewer.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { toGEXF } from '../../export/gexf.js';
import { toNeo4jCsv } from '../../export/neo4j-csv.js';
import { toGraphML } from '../../export/graphml.js';
import { toJSON } from '../../export/json.js';
import type { GraphFragment } from '../../graph/schema.js';
import { loadPositions, positionsPathFor } from '../../server/positions.js';
import { MemoryStore } from '../../store/memory/index.js';
import { writeFileAtomic } from '../../store/memory/persist.js';
import { neo4jOption, parseCommandArgs, UsageError } from '../args.js';
import type { CliContext, Command } from '../command.js';
import { openGraph } from '../graph-file.js';

const FORMATS = ['graphml', 'json', 'html', 'gexf', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: newsgraph export [--graph FILE] --format graphml|json|html|gexf|csv [--out FILE|DIR] [--neo4j [URI]]

Write the whole graph in another format, to FILE or stdout (csv: into the folder DIR).

Options:
  --graph FILE     graph.json to export (default: graph/graph.json; a folder means its graph.json)
  --format F       graphml (NetworkX, Gephi, yEd; lists as JSON text), json (plain
                   {"nodes","edges"}), html (a self-contained page with the graph view),
                   gexf (Gephi: positions, colours, sizes, communities, dates for its timeline),
                   or csv (nodes.csv, relationships.csv and import.sh for neo4j-admin import)
  --out FILE       write here (atomically) instead of stdout; for csv, the folder to write into
  --neo4j [URI]    export the graph held in Neo4j instead
  -h, --help       show this help`;

interface Values {
  graph?: string;
  format?: string;
  out?: string;
  neo4j?: string;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the graph as GraphML, JSON or a standalone HTML page',
  usage,
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs<Values>(args, {
      graph: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      neo4j: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (values.format === undefined) throw new UsageError('--format graphml|json|html is required');
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError(`unknown format "${values.format}"; use graphml, json, html, gexf or csv`);
    }
    const neo4j = neo4jOption(values.neo4j);
    if (neo4j !== undefined && values.graph !== undefined)
      throw new UsageError('--graph and --neo4j exclude each other');
    if (values.format === 'csv' && values.out === undefined)
      throw new UsageError('--format csv writes several files: give the folder with --out DIR');
    const store = await openGraph(values.graph, neo4j, ctx);
    let text: string;
    try {
      // Positions: the layout `newsgraph build` (or `serve`) saved beside the graph, if any.
      const positionsFile = store instanceof MemoryStore && store.path ? positionsPathFor(store.path) : undefined;
      const snapshot = await store.snapshot();
      if (values.format === 'csv') {
        const dir = resolve(ctx.cwd, values.out!);
        await mkdir(dir, { recursive: true });
        for (const file of toNeo4jCsv(snapshot)) await writeFileAtomic(join(dir, file.name), file.content);
        ctx.stderr.write(`newsgraph export: wrote nodes.csv, relationships.csv and import.sh to ${dir}\n`);
        return 0;
      }
      text = await render(values.format as Format, snapshot, positionsFile);
    } finally {
      await store.close();
    }
    if (values.out === undefined) {
      ctx.stdout.write(text);
    } else {
      const file = resolve(ctx.cwd, values.out);
      await writeFileAtomic(file, text);
      ctx.stderr.write(`newsgraph export: wrote ${file}\n`);
    }
    return 0;
  },
};

async function render(format: Format, snapshot: GraphFragment, positionsFile: string | undefined): Promise<string> {
  switch (format) {
    case 'graphml':
      return toGraphML(snapshot);
    case 'json':
      return toJSON(snapshot);
    case 'csv':
      throw new UsageError('--format csv writes a folder');
    case 'gexf':
      return toGEXF(snapshot, positionsFile ? await loadPositions(positionsFile) : {});
    case 'html': {
      const { exportHtml } = await import('../../export/html.js');
      return exportHtml(snapshot, positionsFile ? { positions: await loadPositions(positionsFile) } : {});
    }
  }
}

export default exportCommand;
