/**
 * The shape of a CLI sub-command. `src/cli/main.ts` dispatches to these; each command lives in
 * `src/cli/commands/<name>.ts` and returns its exit code instead of calling process.exit.
 */
export interface CliContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  /** One line for `newsgraph --help`. */
  summary: string;
  /** Full `--help` text. */
  usage: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}
