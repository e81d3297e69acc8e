/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal (never into logs or
 * pipes), redrawn at most ten times a second.
 */
import type { CliContext } from './command.js';

export interface Progress {
  tick(done: number, note?: string): void;
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

export function createProgress(ctx: Pick<CliContext, 'stderr'>, label: string, total: number | undefined): Progress {
  const stream = ctx.stderr;
  if (!stream.isTTY) return SILENT;
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  const draw = (done: number, note = '') => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? `${(done / seconds).toFixed(1)}/s` : '';
    let line: string;
    if (total !== undefined && total > 0) {
      const width = 24;
      const filled = Math.min(width, Math.round((done / total) * width));
      line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${rate} ${note}`;
    } else {
      line = `${label} ${done} ${rate} ${note}`;
    }
    const columns = (stream as { columns?: number }).columns ?? 80;
    stream.write(`\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length))}\x1b[K`);
    drawn = true;
  };
  return {
    tick(done, note) {
      const now = Date.now();
      if (now - lastDraw < 100 && done !== total) return;
      lastDraw = now;
      draw(done, note);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
