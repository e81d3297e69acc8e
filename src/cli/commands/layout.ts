/**
 * `newsgraph layout`: (re)compute the node positions of a graph with ForceAtlas2 and store them
 * beside it (graph.positions.json). `newsgraph build` runs this step itself.
 */
import { relative, resolve } from 'node:path';
import { MemoryStore, resolveGraphPath } from '../../store/memory/index.js';
import { parseCommandArgs, parsePositiveInt, UsageError } from '../args.js';
import type { CliContext, Command } from '../command.js';
import { DEFAULT_GRAPH_PATH, openGraph } from '../graph-file.js';
import { layoutAndSave } from '../layout-step.js';
import { DEFAULT_LAYOUT } from '../../layout/index.js';

const usage = `Usage: newsgraph layout [--graph FILE] [--iterations N] [--seed N]

Compute node positions with ForceAtlas2 (Barnes–Hut, in a worker thread) and save them beside
the graph as graph.positions.json, where \`serve\` and the exports read them. The same graph and
seed give the same positions. \`newsgraph build\` runs this step after every build.

Options:
  --graph FILE       graph.json to lay out (default: ${DEFAULT_GRAPH_PATH})
  --iterations N     ForceAtlas2 iterations (default: ${DEFAULT_LAYOUT.iterations})
  --seed N           seed of the start positions (default: ${DEFAULT_LAYOUT.seed})
  -h, --help         show this help`;

interface Values {
  graph?: string;
  iterations?: string;
  seed?: string;
}

export const layoutCommand: Command = {
  name: 'layout',
  summary: 'compute and store node positions (ForceAtlas2) for the web view and exports',
  usage,
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs<Values>(args, {
      graph: { type: 'string' },
      iterations: { type: 'string' },
      seed: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const iterations = parsePositiveInt(values.iterations, '--iterations');
    const seed = parsePositiveInt(values.seed, '--seed');
    const graphFile = await resolveGraphPath(resolve(ctx.cwd, values.graph ?? DEFAULT_GRAPH_PATH));
    const store = await openGraph(values.graph, undefined, ctx);
    const started = Date.now();
    try {
      if (!(store instanceof MemoryStore)) throw new UsageError('layout works on a graph file');
      const file = await layoutAndSave(await store.snapshot(), graphFile, ctx, {
        ...(iterations !== undefined ? { iterations } : {}),
        ...(seed !== undefined ? { seed } : {}),
      });
      const stats = await store.stats();
      ctx.stdout.write(
        `Laid out ${stats.nodes} nodes in ${((Date.now() - started) / 1000).toFixed(1)} s: ${relative(ctx.cwd, file) || file}\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};

export default layoutCommand;
