/**
 * Laying out a whole graph in a worker thread (so a progress bar keeps drawing) and turning the
 * result into the positions file the server and the exports read.
 */
import { Worker } from 'node:worker_threads';
import type { Positions } from '../export/view/types.js';
import type { GraphFragment } from '../graph/schema.js';
import { workerEntry } from '../runtime/worker-entry.js';
import { articlesNaming } from '../export/view/analysis.js';
import { buildIndex } from '../export/view/model.js';
import { DEFAULT_LAYOUT } from './compute.js';
import type { LayoutInput, LayoutOptions } from './compute.js';

export { DEFAULT_LAYOUT } from './compute.js';

/** The fragment as plain arrays, nodes in id order (so the layout does not depend on the order
 * the store hands them over). */
export function layoutInput(fragment: GraphFragment): LayoutInput {
  const nodes = [...fragment.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const position = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = fragment.edges
    .filter((e) => position.has(e.source) && position.has(e.target))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ends = new Uint32Array(2 * edges.length);
  const isMention = new Uint8Array(edges.length);
  edges.forEach((e, i) => {
    ends[2 * i] = position.get(e.source)!;
    ends[2 * i + 1] = position.get(e.target)!;
    isMention[i] = e.type === 'MENTIONS' ? 1 : 0;
  });
  const articles = articlesNaming(buildIndex(fragment));
  return {
    ids: nodes.map((n) => n.id),
    isArticle: Uint8Array.from(nodes, (n) => (n.labels.includes('Article') ? 1 : 0)),
    importance: Uint32Array.from(nodes, (n) => articles.get(n.id)?.size ?? 0),
    ends,
    isMention,
  };
}

export function toPositions(ids: readonly string[], xy: Float64Array): Positions {
  const out: Positions = {};
  ids.forEach((id, i) => {
    out[id] = [Math.round(xy[2 * i]! * 100) / 100, Math.round(xy[2 * i + 1]! * 100) / 100];
  });
  return out;
}

/** Lay the graph out in a worker thread; `options.progress` hears how far it is. */
export function layoutGraph(fragment: GraphFragment, options: Partial<LayoutOptions> = {}): Promise<Positions> {
  const input = layoutInput(fragment);
  const { progress, ...plain } = { ...DEFAULT_LAYOUT, ...options };
  const start = workerEntry(import.meta.url, 'worker');
  return new Promise<Positions>((resolve, reject) => {
    const worker = new Worker(start.entry, { ...start.options, workerData: { input, options: plain } });
    type Reply =
      | { kind: 'progress'; done: number; total: number }
      | { kind: 'done'; positions: Float64Array }
      | { kind: 'error'; message: string };
    worker.on('message', (reply: Reply) => {
      if (reply.kind === 'progress') progress?.(reply.done, reply.total);
      else if (reply.kind === 'done') {
        resolve(toPositions(input.ids, reply.positions));
        void worker.terminate();
      } else {
        reject(new Error(`the layout failed: ${reply.message}`));
        void worker.terminate();
      }
    });
    worker.on('error', (error) => reject(error instanceof Error ? error : new Error(String(error))));
  });
}
