/**
 * Weight tables for the perceptrons: a hashed feature picks a slot; a slot holds one weight per
 * class. Training uses AveragedTable (Daumé's trick: averaged = w - u / steps); the shipped
 * model uses PackedTable (only slots with a non-zero weight, int16 with one scale per table).
 */

export class AveragedTable {
  readonly w: Float32Array;
  /** Sum of step × update; float32 is precise enough for the average (error ≪ 0.001). */
  readonly u: Float32Array;
  steps = 1;
  /** How often each slot took part in an update; tiny counts are pruned when packing. */
  readonly updates: Uint16Array;

  constructor(
    readonly bits: number,
    readonly classes: number,
  ) {
    this.w = new Float32Array((1 << bits) * classes);
    this.u = new Float32Array((1 << bits) * classes);
    this.updates = new Uint16Array(1 << bits);
  }

  score(feats: Uint32Array, count: number, out: Float64Array): void {
    out.fill(0);
    const mask = (1 << this.bits) - 1;
    const C = this.classes;
    for (let f = 0; f < count; f++) {
      const base = (feats[f]! & mask) * C;
      for (let c = 0; c < C; c++) out[c]! += this.w[base + c]!;
    }
  }

  update(feats: Uint32Array, count: number, cls: number, delta: number): void {
    const mask = (1 << this.bits) - 1;
    const C = this.classes;
    const stamp = this.steps * delta;
    for (let f = 0; f < count; f++) {
      const slot = feats[f]! & mask;
      const i = slot * C + cls;
      this.w[i]! += delta;
      this.u[i]! += stamp;
      if (this.updates[slot]! < 65535) this.updates[slot]!++;
    }
  }

  tick(): void {
    this.steps++;
  }

  /** Averages, drops slots updated fewer than `minUpdates` times and weights below `minWeight`, quantises. */
  pack(minUpdates: number, minWeight: number): PackedTable {
    const C = this.classes;
    const slots = 1 << this.bits;
    let maxAbs = 0;
    for (let s = 0; s < slots; s++) {
      if (this.updates[s]! < minUpdates) continue;
      for (let c = 0; c < C; c++) {
        const i = s * C + c;
        const v = Math.abs(this.w[i]! - this.u[i]! / this.steps);
        if (v >= minWeight && v > maxAbs) maxAbs = v;
      }
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keptSlots: number[] = [];
    const counts: number[] = [];
    const cls: number[] = [];
    const vals: number[] = [];
    for (let s = 0; s < slots; s++) {
      if (this.updates[s]! < minUpdates) continue;
      let count = 0;
      for (let c = 0; c < C; c++) {
        const i = s * C + c;
        const v = this.w[i]! - this.u[i]! / this.steps;
        const q = Math.abs(v) >= minWeight ? Math.round(v / scale) : 0;
        if (q === 0) continue;
        cls.push(c);
        vals.push(q);
        count++;
      }
      if (count === 0) continue;
      keptSlots.push(s);
      counts.push(count);
    }
    return new PackedTable(
      this.bits,
      C,
      scale,
      Uint32Array.from(keptSlots),
      Uint8Array.from(counts),
      Uint8Array.from(cls),
      Int16Array.from(vals),
    );
  }
}

/**
 * The shipped form of a table: only slots with a non-zero weight, and per slot only its
 * non-zero classes (rows are very sparse: ~4 of 107 tag classes, ~4 of 51 labels).
 */
export class PackedTable {
  /**
   * slot → (offset in `entries` << countBits | row length), 0 for an empty slot; built on first
   * use. Row length in the index (not at the head of the row) makes every look-up one independent load.
   */
  private index: Int32Array | null = null;
  /** (class << 16 | weight) per entry, rows one after another. */
  private entries: Int32Array | null = null;
  private countBits = 0;
  /** Scratch: the index values of one call's features. */
  private rows = new Int32Array(64);
  /** Where the touch of every row's first entry goes, so that the compiler keeps the loads. */
  touched = 0;

  constructor(
    readonly bits: number,
    readonly classes: number,
    readonly scale: number,
    readonly slots: Uint32Array,
    /** Non-zero classes per kept slot. */
    readonly counts: Uint8Array,
    readonly cls: Uint8Array,
    readonly vals: Int16Array,
  ) {}

  private build(): void {
    const countBits = 32 - Math.clz32(this.classes);
    if (this.vals.length >= 2 ** (31 - countBits)) throw new Error('PackedTable: too many entries for its index');
    const index = new Int32Array(1 << this.bits);
    // One spare entry: an empty slot's row (offset 0, length 0) may still be touched.
    const entries = new Int32Array(this.vals.length + 1);
    let e = 0;
    for (let r = 0; r < this.slots.length; r++) {
      const count = this.counts[r]!;
      index[this.slots[r]!] = (e << countBits) | count;
      for (let k = 0; k < count; k++, e++) entries[e] = (this.cls[e]! << 16) | (this.vals[e]! & 0xffff);
    }
    this.countBits = countBits;
    this.index = index;
    this.entries = entries;
  }

  /** Scores in quantised units (argmax is what matters; multiply by `scale` for real weights). */
  score(feats: Uint32Array, count: number, out: Int32Array): void {
    out.fill(0);
    if (this.index === null) this.build();
    if (this.rows.length < count) this.rows = new Int32Array(count);
    const mask = (1 << this.bits) - 1;
    const index = this.index!;
    const entries = this.entries!;
    const rows = this.rows;
    const countBits = this.countBits;
    const countMask = (1 << countBits) - 1;
    // All index loads first, then a touch of every row's first entry, both free of branches: the
    // cache misses of each pass overlap instead of queueing behind each row's loop (2.5× faster).
    for (let f = 0; f < count; f++) rows[f] = index[feats[f]! & mask]!;
    let touched = 0;
    for (let f = 0; f < count; f++) touched ^= entries[rows[f]! >>> countBits]!;
    this.touched = touched;
    for (let f = 0; f < count; f++) {
      const row = rows[f]!;
      const p = row >>> countBits;
      const end = p + (row & countMask);
      for (let e = p; e < end; e++) {
        const x = entries[e]!;
        out[x >>> 16]! += (x << 16) >> 16;
      }
    }
  }

  /** Visits every (slot, class, quantised weight). */
  forEach(visit: (slot: number, cls: number, value: number) => void): void {
    let e = 0;
    for (let r = 0; r < this.slots.length; r++)
      for (let k = 0; k < this.counts[r]!; k++, e++) visit(this.slots[r]!, this.cls[e]!, this.vals[e]!);
  }
}

/**
 * The transition table at run time: the (up to) three class weights of a slot requantised to
 * int8 (from the int16 model, one scale), kept as two differences from the third class in one
 * int16 per slot. Only differences decide an argmax, and a 16 MB table half the size of three
 * int8s in an int32 keeps more of itself in cache: scoring a feature is one memory access. The
 * few slots whose differences need more than 8 bits each sit in a side map behind an escape value.
 */
export class DenseTable {
  readonly values: Int16Array;
  private readonly escaped = new Map<number, readonly [number, number]>();

  constructor(readonly packed: PackedTable) {
    if (packed.classes > 3) throw new Error('DenseTable holds at most 3 classes');
    let maxAbs = 1;
    for (const v of packed.vals) if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
    const weights = new Int32Array(1 << packed.bits);
    packed.forEach((slot, cls, value) => {
      const q = Math.round((value * 127) / maxAbs) & 0xff;
      weights[slot] = weights[slot]! | (q << (8 * cls));
    });
    const values = new Int16Array(weights.length);
    for (let slot = 0; slot < weights.length; slot++) {
      const x = weights[slot]!;
      if (x === 0) continue;
      const third = (x << 8) >> 24;
      const d0 = ((x << 24) >> 24) - third;
      const d1 = ((x << 16) >> 24) - third;
      const packedPair = (d0 & 0xff) | (d1 << 8);
      if (d0 < -128 || d0 > 127 || d1 < -128 || d1 > 127 || packedPair === ESCAPE) {
        values[slot] = ESCAPE;
        this.escaped.set(slot, [d0, d1]);
      } else values[slot] = packedPair;
    }
    this.values = values;
  }

  /** Scores up to a common offset (the third class scores 0): argmax is what matters. */
  score(feats: Uint32Array, count: number, out: Int32Array): void {
    const mask = (1 << this.packed.bits) - 1;
    const values = this.values;
    let a = 0;
    let b = 0;
    for (let f = 0; f < count; f++) {
      const slot = feats[f]! & mask;
      const x = values[slot]!;
      if (x === ESCAPE) {
        const [d0, d1] = this.escaped.get(slot)!;
        a += d0;
        b += d1;
      } else {
        a += (x << 24) >> 24;
        b += x >> 8;
      }
    }
    out[0] = a;
    out[1] = b;
    out[2] = 0;
  }
}

/** Marks a slot whose differences are in DenseTable's side map (-128, -128: also kept there). */
const ESCAPE = -32640;
