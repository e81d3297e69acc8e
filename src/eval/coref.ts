/**
 * Coreference scores: MUC (Vilain et al. 1995), B³ (Bagga & Baldwin 1998) and CEAFe (Luo 2005,
 * entity-based with φ4 similarity and an optimal one-to-one alignment), and their mean, the
 * CoNLL-2012 F1. A chain is a list of mention keys (any string that identifies a mention, e.g.
 * "sentence:first-last"); a mention in no chain of the other side counts as missing there.
 */

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorefScores {
  muc: PRF;
  bcubed: PRF;
  ceafe: PRF;
  /** Mean F1 of MUC, B³ and CEAFe. */
  conll: number;
}

export type Chain = readonly string[];

function prf(pNum: number, pDen: number, rNum: number, rDen: number): PRF {
  const precision = pDen === 0 ? 0 : pNum / pDen;
  const recall = rDen === 0 ? 0 : rNum / rDen;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function chainOf(chains: readonly Chain[]): Map<string, number> {
  const at = new Map<string, number>();
  chains.forEach((c, i) => c.forEach((m) => at.set(m, i)));
  return at;
}

/** MUC recall side: for each key chain, |K| − |partitions of K by the response| over |K| − 1. */
function mucSide(keys: readonly Chain[], response: readonly Chain[]): [number, number] {
  const at = chainOf(response);
  let num = 0;
  let den = 0;
  for (const k of keys) {
    if (k.length < 2) continue;
    const parts = new Set<string>();
    for (const m of k) {
      const r = at.get(m);
      parts.add(r === undefined ? `single:${m}` : `chain:${r}`);
    }
    num += k.length - parts.size;
    den += k.length - 1;
  }
  return [num, den];
}

export function muc(gold: readonly Chain[], predicted: readonly Chain[]): PRF {
  const [rNum, rDen] = mucSide(gold, predicted);
  const [pNum, pDen] = mucSide(predicted, gold);
  return prf(pNum, pDen, rNum, rDen);
}

/** B³ side: the mean over mentions of |own chain ∩ other chain| / |own chain|. */
function bcubedSide(keys: readonly Chain[], response: readonly Chain[]): [number, number] {
  const at = chainOf(response);
  let num = 0;
  let den = 0;
  for (const k of keys) {
    for (const m of k) {
      const r = at.get(m);
      const overlap = r === undefined ? 1 : k.filter((x) => at.get(x) === r).length;
      num += (r === undefined ? 1 : overlap) / k.length;
      den += 1;
    }
  }
  return [num, den];
}

export function bcubed(gold: readonly Chain[], predicted: readonly Chain[]): PRF {
  const [rNum, rDen] = bcubedSide(gold, predicted);
  const [pNum, pDen] = bcubedSide(predicted, gold);
  return prf(pNum, pDen, rNum, rDen);
}

/** CEAFe: the best one-to-one alignment of chains under φ4 = 2|K∩R| / (|K| + |R|). */
export function ceafe(gold: readonly Chain[], predicted: readonly Chain[]): PRF {
  const sim = gold.map((k) => {
    const ks = new Set(k);
    return predicted.map((r) => {
      const common = r.filter((m) => ks.has(m)).length;
      return common === 0 ? 0 : (2 * common) / (k.length + r.length);
    });
  });
  const best = maxAssignment(sim);
  return prf(best, predicted.length, best, gold.length);
}

/** The largest sum of a one-to-one assignment of rows to columns (Hungarian method, O(n³)). */
export function maxAssignment(weights: number[][]): number {
  const rows = weights.length;
  const cols = rows ? weights[0]!.length : 0;
  const n = Math.max(rows, cols);
  if (n === 0) return 0;
  // Minimise cost = max − weight on a square matrix padded with zeros.
  let max = 0;
  for (const row of weights) for (const w of row) max = Math.max(max, w);
  const cost = (i: number, j: number): number => max - (i < rows && j < cols ? weights[i]![j]! : 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) {
    const i = p[j]! - 1;
    if (i < rows && j - 1 < cols) total += weights[i]![j - 1]!;
  }
  return total;
}

export function scoreCoreference(gold: readonly Chain[], predicted: readonly Chain[]): CorefScores {
  const m = muc(gold, predicted);
  const b = bcubed(gold, predicted);
  const c = ceafe(gold, predicted);
  return { muc: m, bcubed: b, ceafe: c, conll: (m.f1 + b.f1 + c.f1) / 3 };
}
