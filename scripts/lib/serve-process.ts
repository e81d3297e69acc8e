/** A `newsgraph serve` child process on 127.0.0.1 for the probe and soak scripts, and its memory from /proc. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ServeProcess {
  url: string;
  pid: number;
  alive(): boolean;
  /** SIGKILL: a server stuck in a query (as before the isolation) never handles SIGTERM. */
  stop(): Promise<void>;
}

/** Start `node CLI serve --port 0 ARGS…` and resolve once it prints its URL. */
export async function startServe(cli: string, args: string[]): Promise<ServeProcess> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  child.stderr.on('data', () => {});
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`serve exited with ${code} before listening`)));
  });
  return {
    url,
    pid: child.pid!,
    alive: () => !exited,
    stop: async () => {
      if (exited) return;
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** Resident memory (VmRSS) or its peak (VmHWM) of a process, in MB; NaN once it is gone. */
export function processMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Math.round(Number(m?.[1] ?? NaN) / 1024);
  } catch {
    return NaN;
  }
}
