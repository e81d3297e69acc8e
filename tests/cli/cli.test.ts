import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/registry.js';
import { cli, STACK_LINE, tempDir } from './helpers.js';

describe('newsgraph CLI dispatch', () => {
  const { dir, cleanup } = tempDir('cli');
  afterAll(cleanup);

  it('prints the command list for --help and exits 0', async () => {
    const run = await cli(['--help'], { cwd: dir });
    expect(run.code).toBe(0);
    for (const name of ['extract', 'build', 'query', 'export', 'serve', 'eval'])
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it.each(COMMANDS.map((c) => c.name))('%s --help shows its usage', async (name) => {
    const run = await cli([name, '--help'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: newsgraph ${name}`));
  });

  it('rejects an unknown command with a suggestion and the usage on stderr, exit 2', async () => {
    const run = await cli(['biuld', 'x'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown command "biuld"; did you mean "build"?');
    expect(run.stderr).toContain('Usage: newsgraph <command>');
  });

  it('rejects an unknown flag with the command usage, exit 2, no stack', async () => {
    const run = await cli(['query', 'RETURN 1', '--frobnicate'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/newsgraph query: Unknown option '--frobnicate'/);
    expect(run.stderr).toContain('Usage: newsgraph query');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('wants a command: bare `newsgraph` prints usage on stderr, exit 2', async () => {
    const run = await cli([], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Commands:');
  });

  it('checks flag values: a bad --date and a missing --out are usage errors', async () => {
    expect((await cli(['extract', dir, '--out', dir, '--date', '2022-02-30'], { cwd: dir })).stderr).toContain(
      '--date needs YYYY-MM-DD',
    );
    const missing = await cli(['extract', dir], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out DIR is required');
  });

  it('runs as a real process through `tsx src/cli/main.ts`, exit code included', () => {
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const run = spawnSync(tsx, ['src/cli/main.ts', 'nonsense'], { encoding: 'utf8', cwd: process.cwd() });
    expect(run.stderr).toContain('unknown command "nonsense"');
    expect(run.status).toBe(2);
  });
});
