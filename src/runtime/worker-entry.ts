/**
 * How to start a worker thread whose module sits beside the caller. Compiled (dist/*.js): the
 * worker file itself. Under tsx (*.ts: tests, scripts) the worker needs tsx's loader too;
 * `execArgv: ['--import', 'tsx']` is not honoured by worker threads on Node 20, so a two-line
 * bootstrap registers tsx's ESM hooks and then imports the worker.
 */
import { fileURLToPath } from 'node:url';

export interface WorkerEntry {
  /** A file path, or bootstrap code when `options.eval` is set. */
  entry: string;
  options: { eval?: boolean };
}

/** `callerUrl` is the caller's import.meta.url; `name` the worker's file name without extension. */
export function workerEntry(callerUrl: string, name: string): WorkerEntry {
  if (!callerUrl.endsWith('.ts')) return { entry: fileURLToPath(new URL(`./${name}.js`, callerUrl)), options: {} };
  const worker = new URL(`./${name}.ts`, callerUrl).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`;
  return { entry: code, options: { eval: true } };
}
