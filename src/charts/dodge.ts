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
 * apart. With `bottom`, a group pushed past it moves up as a whole until its lowest label ends there. Labels
 * keep the order of their `rank` (default: their centre), so a label set off below its point (`center` lower
 * than `rank`) still reads in the order of the values.
 *
 * @param items label centres, heights and ranks (any unit, larger = lower)
 * @returns offsets to add to each centre, in the same order
 */
export function dodgeSized(
  items: readonly { center: number; height: number; rank?: number }[],
  { gap, bottom }: { gap: number; bottom?: number },
): number[] {
  const order = items
    .map((it, i) => ({ ...it, i }))
    .sort((a, b) => (a.rank ?? a.center) - (b.rank ?? b.center) || a.center - b.center);
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

/**
 * Rough rendered height of a label that wraps at `maxWidth` pixels: `lineHeight` a line, lines found by wrapping
 * words greedily at about `charWidth` pixels a character (defaults fit 12 px semibold sans-serif, erring wide).
 * Charts size labels with this before dodging them, so a two-line label gets room for two lines.
 */
export function wrappedHeight(
  text: string,
  maxWidth: number,
  { lineHeight = 15, charWidth = 7.2 }: { lineHeight?: number; charWidth?: number } = {},
): number {
  let lines = 1;
  let width = 0;
  for (const word of text.split(' ')) {
    const w = word.length * charWidth;
    if (width > 0 && width + charWidth + w > maxWidth) {
      lines++;
      width = w;
    } else width += (width > 0 ? charWidth : 0) + w;
  }
  return lines * lineHeight;
}
