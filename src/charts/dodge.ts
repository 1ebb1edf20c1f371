/**
 * Spreads label positions apart so no two are closer than `gap`, moving each as little as possible. Used for
 * direct labels at line ends, where several series often finish close together.
 *
 * @param positions vertical positions (any unit, larger = lower)
 * @returns offsets to add to each position, in the same order
 */
export function dodge(positions: readonly number[], gap: number): number[] {
  return dodgeSized(
    positions.map((center) => ({ center, height: 0 })),
    { gap },
  );
}

/**
 * The same for labels of different heights: centres are kept at least half of each neighbour's height plus `gap`
 * apart. With `bottom`, a group pushed past it moves up as a whole until its lowest label ends there.
 *
 * @param items label centres and heights (any unit, larger = lower)
 * @returns offsets to add to each centre, in the same order
 */
export function dodgeSized(
  items: readonly { center: number; height: number }[],
  { gap, bottom }: { gap: number; bottom?: number },
): number[] {
  const order = items.map((it, i) => ({ ...it, i })).sort((a, b) => a.center - b.center);
  const placed: number[] = [];
  order.forEach((it, j) => {
    const prev = order[j - 1];
    const prevAt = placed[j - 1];
    placed.push(
      prev === undefined || prevAt === undefined
        ? it.center
        : Math.max(it.center, prevAt + (prev.height + it.height) / 2 + gap),
    );
  });
  const overflow = bottom === undefined ? 0 : Math.max(0, ...order.map((it, j) => placed[j]! + it.height / 2 - bottom));
  const offsets = new Array<number>(items.length);
  order.forEach((it, j) => (offsets[it.i] = placed[j]! - overflow - it.center));
  return offsets;
}
