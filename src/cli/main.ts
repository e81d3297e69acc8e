/**
 * `newsgraph <command>`: dispatch to src/cli/commands/*, turn errors into messages and exit
 * codes (0 ok, 1 failed, 2 usage). A user never sees a stack trace unless NEWSGRAPH_DEBUG=1.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CliError, UsageError } from './args.js';
import type { CliContext, Command } from './command.js';
import { COMMANDS } from './registry.js';

/** Errors whose message is written for a user; anything else is a bug and says so. */
const USER_ERRORS = new Set([
  'UsageError',
  'CliError',
  'StoreError',
  'InputError',
  'CypherError',
  'CodecError',
  'HtmlExportError',
  'GoldError',
]);

export function globalUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: newsgraph <command> [options]',
    '',
    'Turn news articles into a knowledge graph you can query with Cypher, browse and export.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `newsgraph <command> --help` for a command's options.",
    'Typical use: newsgraph build seeds && newsgraph serve --graph graph/graph.json',
  ].join('\n');
}

export async function runCli(argv: string[], overrides: Partial<CliContext> = {}): Promise<number> {
  const ctx: CliContext = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    ...overrides,
  };
  const [name, ...args] = argv;
  if (name === undefined) {
    ctx.stderr.write(globalUsage() + '\n');
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout.write(globalUsage() + '\n');
    return 0;
  }
  if (name === '--version' || name === '-v') {
    ctx.stdout.write(`newsgraph ${version()}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const hint = name.startsWith('-') ? `unknown option "${name}"` : `unknown command "${name}"${suggest(name)}`;
    ctx.stderr.write(`newsgraph: ${hint}\n\n${globalUsage()}\n`);
    return 2;
  }
  let command: Command | undefined;
  try {
    command = await entry.load();
    if (wantsHelp(args)) {
      ctx.stdout.write(command.usage + '\n');
      return 0;
    }
    return await command.run(args, ctx);
  } catch (error) {
    return reportError(error, name, command, ctx);
  }
}

function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

function reportError(error: unknown, name: string, command: Command | undefined, ctx: CliContext): number {
  const e = error instanceof Error ? error : new Error(String(error));
  if (e instanceof UsageError) {
    ctx.stderr.write(`newsgraph ${name}: ${e.message}\n\n${command?.usage ?? globalUsage()}\n`);
    return 2;
  }
  if (USER_ERRORS.has(e.name)) {
    ctx.stderr.write(`newsgraph ${name}: ${e.message}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
  const debug = ctx.env.NEWSGRAPH_DEBUG === '1';
  ctx.stderr.write(
    `newsgraph ${name}: internal error: ${e.message}\n` +
      (debug ? `${e.stack ?? ''}\n` : 'This is a bug in newsgraph; run again with NEWSGRAPH_DEBUG=1 for details.\n'),
  );
  return 1;
}

function suggest(name: string): string {
  const close = COMMANDS.map((c) => c.name).filter((c) => editDistance(c, name) <= 2);
  return close.length > 0 ? `; did you mean "${close[0]}"?` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

// `npx tsx src/cli/main.ts …` runs the CLI directly.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
