/**
 * Stable ids for graph nodes and edges. The same article built twice yields the same ids, so
 * merging is idempotent; nothing here depends on the order articles arrive in.
 */
import type { EntityType } from './schema.js';

/** Lower-case ASCII slug: accents folded, anything else collapsed to "-". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'x' + stableHash(text) : slug;
}

/** Entity id when extraction did not supply a key: "person:sergei-lavrov". */
export function entityId(type: EntityType | string, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

/** The Article node's id; the raw article id stays recognisable ("article:seed-1"). */
export function articleNodeId(articleId: string): string {
  return `article:${articleId}`;
}

/** Edge id: a hash of what makes a relation distinct, so re-building reproduces it. */
export function edgeId(type: string, source: string, target: string, article: string, start: number | bigint): string {
  return `${type.toLowerCase()}:${stableHash([type, source, target, article, String(start)].join('\u0000'))}`;
}

/**
 * 64-bit FNV-1a-style hash as 16 hex digits, computed as two independent 32-bit lanes
 * (Math.imul keeps it fast; no node:crypto so the graph core stays platform-free).
 */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 13;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 16;
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
