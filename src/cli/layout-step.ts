/**
 * The layout step `newsgraph build` and `newsgraph layout` share: ForceAtlas2 over the whole
 * graph in a worker thread, with a progress bar on a terminal, saved as graph.positions.json
 * beside graph.json (where `serve` and the exports read positions).
 */
import { layoutGraph } from '../layout/index.js';
import type { LayoutOptions } from '../layout/compute.js';
import type { GraphFragment } from '../graph/schema.js';
import { positionsPathFor, savePositions } from '../server/positions.js';
import type { CliContext } from './command.js';
import { createProgress } from './progress.js';

export async function layoutAndSave(
  fragment: GraphFragment,
  graphFile: string,
  ctx: CliContext,
  options: Partial<Omit<LayoutOptions, 'progress'>> = {},
): Promise<string> {
  let progress: ReturnType<typeof createProgress> | undefined;
  const positions = await layoutGraph(fragment, {
    ...options,
    progress: (done, total) => {
      progress ??= createProgress(ctx, 'layout', total);
      progress.tick(done, 'ForceAtlas2 iterations');
    },
  });
  progress?.done();
  const file = positionsPathFor(graphFile);
  await savePositions(file, positions);
  return file;
}
