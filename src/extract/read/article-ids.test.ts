import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../types.js';
import { canonicalOrder, distinctArticleIds } from './article-ids.js';

const input = (id: string, origin: string): ArticleInput => ({ id, origin, text: 'Text.' });

describe('distinctArticleIds', () => {
  it('keeps unique ids, and tells equal ones apart the same way whatever their order', () => {
    const a = input('note', '/data/b/note.txt');
    const b = input('note', '/data/a/note.txt');
    const c = input('other', '/data/a/other.txt');
    const forward = distinctArticleIds([a, b, c]);
    const backward = distinctArticleIds([c, b, a]);
    const idOf = (list: ArticleInput[], origin: string) => list.find((x) => x.origin === origin)!.id;
    expect(idOf(forward, '/data/a/note.txt')).toBe('note'); // the smallest path keeps the plain id
    expect(idOf(forward, '/data/b/note.txt')).toMatch(/^note~[0-9a-f]{8}$/);
    expect(idOf(forward, '/data/a/other.txt')).toBe('other');
    for (const o of ['/data/a/note.txt', '/data/b/note.txt']) expect(idOf(backward, o)).toBe(idOf(forward, o));
  });

  it('orders articles by id, then origin', () => {
    const list = [input('b', '/x'), input('a', '/z'), input('a', '/y')];
    expect(canonicalOrder(list).map((x) => `${x.id}${x.origin}`)).toEqual(['a/y', 'a/z', 'b/x']);
  });
});
