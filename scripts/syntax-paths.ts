/** Where the shared treebanks are: NEWSGRAPH_TREEBANK, or ../shared/treebank beside the project (or beside its worktree folder). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function findShared(...parts: string[]): string {
  const fromEnv = parts[0] === 'treebank' ? process.env['NEWSGRAPH_TREEBANK'] : undefined;
  if (fromEnv) return resolve(fromEnv);
  const candidates = [join(projectRoot, '..', 'shared', ...parts), join(projectRoot, '..', '..', 'shared', ...parts)];
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    process.stderr.write(`Cannot find ${join('..', 'shared', ...parts)}: put the shared folder beside the project.\n`);
    process.exit(2);
  }
  return found;
}
