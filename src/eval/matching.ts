/**
 * Maximum bipartite matching by augmenting paths (Kuhn), deterministic: left nodes with the
 * fewest usable candidates go first, candidates are tried in the order given.
 */
export function maximumMatching(
  left: number,
  candidates: readonly (readonly number[])[],
  usable: (right: number) => boolean,
): { leftToRight: number[]; rightToLeft: Map<number, number> } {
  const leftToRight = new Array<number>(left).fill(-1);
  const rightToLeft = new Map<number, number>();
  const usableCount = (l: number): number => candidates[l]!.filter(usable).length;

  function augment(l: number, visited: Set<number>): boolean {
    for (const r of candidates[l]!) {
      if (!usable(r) || visited.has(r)) continue;
      visited.add(r);
      const holder = rightToLeft.get(r);
      if (holder === undefined || augment(holder, visited)) {
        rightToLeft.set(r, l);
        leftToRight[l] = r;
        return true;
      }
    }
    return false;
  }

  const order = Array.from({ length: left }, (_, i) => i).sort((a, b) => usableCount(a) - usableCount(b) || a - b);
  for (const l of order) if (leftToRight[l] === -1) augment(l, new Set());
  return { leftToRight, rightToLeft };
}
