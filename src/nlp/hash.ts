/**
 * 32-bit hashing for feature templates: strings are hashed once per token (FNV-1a), feature
 * keys are mixed from a template id and a few integer atoms, never from concatenated strings.
 */

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return h ^ (h >>> 15);
}

function finish(h: number): number {
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function feat1(t: number, a: number): number {
  return finish(mix(Math.imul(t + 1, 0x9e3779b1), a));
}

export function feat2(t: number, a: number, b: number): number {
  return finish(mix(mix(Math.imul(t + 1, 0x9e3779b1), a), b));
}

export function feat3(t: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(Math.imul(t + 1, 0x9e3779b1), a), b), c));
}

export function feat4(t: number, a: number, b: number, c: number, d: number): number {
  return finish(mix(mix(mix(mix(Math.imul(t + 1, 0x9e3779b1), a), b), c), d));
}

/** A deterministic PRNG (mulberry32) for shuffling training data reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}
