/**
 * Spreads label positions apart so no two are closer than `gap`, moving each as little as possible. Used for
 * direct labels at line ends, where several series often finish close together.
 *
 * @param positions vertical positions (any unit, larger = lower)
 * @returns offsets to add to each position, in the same order
 */
export function dodge(positions: readonly number[], gap: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const placed: number[] = [];
  for (const [j, item] of order.entries()) {
    const prev = placed[j - 1];
    placed.push(prev === undefined ? item.p : Math.max(item.p, prev + gap));
  }
  const offsets = new Array<number>(positions.length);
  order.forEach((o, j) => (offsets[o.i] = placed[j]! - o.p));
  return offsets;
}
