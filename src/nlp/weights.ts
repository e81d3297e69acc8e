/**
 * Weight tables for the perceptrons: a hashed feature picks a slot; a slot holds one weight per
 * class. Training uses AveragedTable (Daumé's trick: averaged = w - u / steps); the shipped
 * model uses PackedTable (only slots with a non-zero weight, int16 with one scale per table).
 */

export class AveragedTable {
  readonly w: Float32Array;
  readonly u: Float64Array;
  steps = 1;
  /** How often each slot took part in an update; tiny counts are pruned when packing. */
  readonly updates: Uint16Array;

  constructor(
    readonly bits: number,
    readonly classes: number,
  ) {
    this.w = new Float32Array((1 << bits) * classes);
    this.u = new Float64Array((1 << bits) * classes);
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
    const avg = new Float32Array(C);
    const keptSlots: number[] = [];
    let maxAbs = 0;
    for (let s = 0; s < slots; s++) {
      if (this.updates[s]! < minUpdates) continue;
      let any = false;
      for (let c = 0; c < C; c++) {
        const i = s * C + c;
        const v = this.w[i]! - this.u[i]! / this.steps;
        if (Math.abs(v) >= minWeight) {
          any = true;
          if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
        }
      }
      if (any) keptSlots.push(s);
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const values = new Int16Array(keptSlots.length * C);
    keptSlots.forEach((s, row) => {
      for (let c = 0; c < C; c++) {
        const i = s * C + c;
        avg[c] = this.w[i]! - this.u[i]! / this.steps;
        const v = Math.abs(avg[c]!) >= minWeight ? Math.round(avg[c]! / scale) : 0;
        values[row * C + c] = v;
      }
    });
    return PackedTable.fromRows(this.bits, C, scale, Uint32Array.from(keptSlots), values);
  }
}

export class PackedTable {
  private constructor(
    readonly bits: number,
    readonly classes: number,
    readonly scale: number,
    readonly slots: Uint32Array,
    readonly values: Int16Array,
    /** slot → first value index of its row, or -1. */
    private readonly index: Int32Array,
  ) {}

  static fromRows(bits: number, classes: number, scale: number, slots: Uint32Array, values: Int16Array): PackedTable {
    const index = new Int32Array(1 << bits).fill(-1);
    for (let r = 0; r < slots.length; r++) index[slots[r]!] = r * classes;
    return new PackedTable(bits, classes, scale, slots, values, index);
  }

  /** Scores in quantised units (argmax is what matters; multiply by `scale` for real weights). */
  score(feats: Uint32Array, count: number, out: Int32Array): void {
    out.fill(0);
    const mask = (1 << this.bits) - 1;
    const C = this.classes;
    const index = this.index;
    const values = this.values;
    for (let f = 0; f < count; f++) {
      const base = index[feats[f]! & mask]!;
      if (base < 0) continue;
      for (let c = 0; c < C; c++) out[c]! += values[base + c]!;
    }
  }

  get memoryBytes(): number {
    return this.slots.byteLength + this.values.byteLength + this.index.byteLength;
  }
}
