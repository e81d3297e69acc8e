/**
 * Article ids unique within one run. The reader gives each file an id from its path (see
 * inputs.ts); two inputs can still share one (equal file names under two folders named on the
 * command line, or two records with the same "id"). Of those, the input with the smallest origin
 * keeps the id and every other one gets `ID~HASH`, HASH from its own origin: the same inputs get
 * the same ids whatever order they are named in, and on every run. Pure.
 */
import { stableHash } from '../../graph/ids.js';
import type { ArticleInput } from '../types.js';

export function distinctArticleIds(articles: readonly ArticleInput[]): ArticleInput[] {
  const byId = new Map<string, ArticleInput[]>();
  for (const a of articles) {
    const group = byId.get(a.id);
    if (group) group.push(a);
    else byId.set(a.id, [a]);
  }
  const renamed = new Map<ArticleInput, string>();
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    const ordered = [...group].sort((a, b) => compare(originOf(a), originOf(b)));
    for (const a of ordered.slice(1)) renamed.set(a, `${id}~${stableHash(originOf(a)).slice(0, 8)}`);
  }
  return articles.map((a) => (renamed.has(a) ? { ...a, id: renamed.get(a)! } : a));
}

/** Articles in one canonical order (by id, then origin), so a build does not depend on argument order. */
export function canonicalOrder(articles: readonly ArticleInput[]): ArticleInput[] {
  return [...articles].sort((a, b) => compare(a.id, b.id) || compare(originOf(a), originOf(b)));
}

function originOf(a: ArticleInput): string {
  return a.origin ?? a.id;
}

/** Code-unit order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
