/**
 * 32-bit hashing for feature templates: strings are hashed once per token (FNV-1a), feature
 * keys are mixed from a template id and a few integer atoms (FeatureTemplates), never from
 * concatenated strings. The shipped model's slots depend on these exact bits.
 */

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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

/**
 * Feature templates as data: template k (id ids[k]) mixes the atoms at the given positions of an
 * atom vector, in order, giving the key the model was trained with (hash.test.ts pins it). One tight loop over int32 values hashes
 * them all: the ~90 featN calls of a hand-written extractor exceed V8's inlining budget, and each
 * call not inlined boxes its uint32 arguments and result (half of all values lie outside small-integer range).
 */
export class FeatureTemplates {
  private readonly seeds: Int32Array;
  /** Atom positions of template k: positions[starts[k] .. starts[k + 1]). */
  private readonly starts: Int32Array;
  private readonly positions: Int32Array;

  constructor(ids: readonly number[], atoms: readonly (readonly number[])[]) {
    if (ids.length !== atoms.length) throw new Error('FeatureTemplates: one atom list per template id');
    this.seeds = Int32Array.from(ids, (t) => Math.imul(t + 1, 0x9e3779b1));
    this.starts = new Int32Array(atoms.length + 1);
    atoms.forEach((a, k) => (this.starts[k + 1] = this.starts[k]! + a.length));
    this.positions = Int32Array.from(atoms.flat());
  }

  get size(): number {
    return this.seeds.length;
  }

  /** Writes every template's feature for `atoms` into out[0..size); returns size. */
  hash(atoms: Int32Array, out: Uint32Array): number {
    const { seeds, starts, positions } = this;
    const count = seeds.length;
    for (let k = 0; k < count; k++) {
      let h = seeds[k]!;
      const end = starts[k + 1]!;
      for (let j = starts[k]!; j < end; j++) {
        h = Math.imul(h ^ atoms[positions[j]!]!, 0x5bd1e995);
        h ^= h >>> 15;
      }
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      out[k] = h ^ (h >>> 16);
    }
    return count;
  }
}

/** Templates written as space-separated atom names ("s0w s0p"), atom names → positions in the atom vector. */
export function templatesOf(
  ids: readonly number[],
  specs: readonly string[],
  atomNames: readonly string[],
): FeatureTemplates {
  const position = new Map(atomNames.map((name, i) => [name, i]));
  const atoms = specs.map((spec) =>
    spec.split(' ').map((name) => {
      const p = position.get(name);
      if (p === undefined) throw new Error(`feature template "${spec}": unknown atom ${name}`);
      return p;
    }),
  );
  return new FeatureTemplates(ids, atoms);
}
