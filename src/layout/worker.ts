/** Worker side of the layout: one LayoutInput in, progress messages, then the positions out. */
import { parentPort, workerData } from 'node:worker_threads';
import { computeLayout } from './compute.js';
import type { LayoutInput, LayoutOptions } from './compute.js';

const { input, options } = workerData as { input: LayoutInput; options: Omit<LayoutOptions, 'progress'> };
try {
  const positions = computeLayout(input, {
    ...options,
    progress: (done, total) => parentPort?.postMessage({ kind: 'progress', done, total }),
  });
  parentPort?.postMessage({ kind: 'done', positions }, [positions.buffer as ArrayBuffer]);
} catch (error) {
  parentPort?.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
}
