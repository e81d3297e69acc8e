/**
 * Running the CLI in-process with captured streams, and small on-disk fixtures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import { fragmentFromExtraction } from '../../src/graph/build.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { hostileArticle, kremlinArticle, lavrovArticle } from '../store/fixtures.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  argv: string[],
  options: { cwd: string; stdin?: string; env?: NodeJS.ProcessEnv },
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const code = await runCli(argv, {
    stdout,
    stderr,
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    cwd: options.cwd,
    env: { PATH: process.env.PATH, ...options.env },
  });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `newsgraph-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** graph.json built from the fixture extractions (no NLP involved), saved at `file`. */
export async function writeFixtureGraph(file: string): Promise<MemoryStore> {
  const store = await MemoryStore.open(file);
  for (const x of [lavrovArticle(), kremlinArticle(), hostileArticle()]) await store.merge(fragmentFromExtraction(x));
  await store.save();
  return store;
}

/** A stack trace line, which a user must never see. */
export const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

/** Two short articles of our own, in the corpus' .txt layout (headline, then body). */
export const ARTICLE_ONE = `Lavrov says Russia ready to talk-Example Wire
Russian Foreign Minister Sergei Lavrov said on Monday that Russia is ready for negotiations with the United States.
U.S. President Joe Biden will attend the G-20 summit in Bali, the White House said.
`;

export const ARTICLE_TWO = `Putin rejects NATO offer-Example Wire
Vladimir Putin rejected the NATO proposal on Tuesday, the Kremlin said.
Putin demanded that NATO stop its expansion in Eastern Europe.
`;
