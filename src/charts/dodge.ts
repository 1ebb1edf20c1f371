/**
 * Spreads labels of different heights apart: centres are kept at least half of each neighbour's height plus `gap`
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

/** A label for `dodgeCss`: where its centre would be, how many lines it has, and its place in the order. */
export interface CssLabel {
  /** The centre before spreading, as a CSS length (a percentage of the plot's height, plus any offset). */
  center: string;
  /** Its height, in lines of the `line` length. */
  lines: number;
  /** Labels keep the order of their rank (larger = lower), as in `dodgeSized`. */
  rank: number;
}

/**
 * The spreading of `dodgeSized`, written as CSS for the browser's layout to finish. Heights are counted in lines
 * of a CSS length sized in rem (`line`), centres are CSS lengths on the plot (percentages of its height), so the
 * labels stay apart at any text size the reader chooses and any plot height, on the server's HTML and without
 * JavaScript. The first label's centre is kept half its height below the plot's top (a label at the top of the
 * scale would otherwise stand above the plot, on the title or the axis's unit line); each next label's centre is
 * the larger of its own and the one above it plus their half-heights and `gap` pixels; then the group moves up by
 * as much as its lowest label runs past the plot's bottom, but never higher than `above` over the plot's top (room
 * the chart keeps free there, e.g. the padding beside the axis's unit line): a group taller than the plot then
 * runs on below it rather than onto the title.
 *
 * @param above room over the plot's top the labels may take, as a CSS length; default none
 * @param prefix names the custom properties, so two sets of labels can share an element
 * @returns `vars`, custom properties to set on the labels' container (they chain from one label to the next),
 *   and `tops`, each label's centre in the items' order, for its `top` (the label itself centred on it)
 */
export function dodgeCss(
  items: readonly CssLabel[],
  { gap, line, prefix, above = '0px' }: { gap: number; line: string; prefix: string; above?: string },
): { vars: string; tops: string[] } {
  const order = items.map((it, i) => ({ ...it, i })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const at = (j: number) => `var(--${prefix}${j})`;
  const decls = order.map(
    (it, j) =>
      `--${prefix}${j}:` +
      // The floor comes first in max(): the HTML validator's CSS checker rejects a percentage followed by a calc()
      // that starts with var(), although browsers accept either order.
      (j
        ? `max(calc(${at(j - 1)} + ${line}*${(order[j - 1]!.lines + it.lines) / 2} + ${gap}px),${it.center})`
        : `max(calc(${line}*${it.lines / 2}),${it.center})`),
  );
  const overBottom = `max(0px,${order.map((it, j) => `calc(${at(j)} + ${line}*${it.lines / 2} - 100%)`)})`;
  const first = order[0];
  const upTo = first ? `calc(${at(0)} - ${line}*${first.lines / 2} + ${above})` : '0px';
  decls.push(`--${prefix}o:min(${overBottom},${upTo})`);
  const tops: string[] = [];
  order.forEach((it, j) => (tops[it.i] = `calc(${at(j)} - var(--${prefix}o))`));
  return { vars: decls.join(';'), tops };
}

/**
 * What the browser's layout makes of `dodgeCss`, worked out in pixels: the static images (src/charts/static/)
 * spread a chart's labels with it, from the same centres, lines and order as the live chart, so an image places
 * its labels as the page would at that plot height and line height. tests/e2e/label-spread.test.ts checks the two
 * against each other in Chromium.
 *
 * @param items centres in pixels from the plot's top, lines, ranks (larger = lower)
 * @param height the plot's height; `line` one line of a label; `gap` and `above` as in `dodgeCss`, in pixels
 * @returns each label's centre, in the items' order
 */
export function spreadLabels(
  items: readonly { center: number; lines: number; rank: number }[],
  { gap, line, height, above = 0 }: { gap: number; line: number; height: number; above?: number },
): number[] {
  const order = items.map((it, i) => ({ ...it, i })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const placed: number[] = [];
  order.forEach((it, j) => {
    const prev = order[j - 1];
    placed.push(
      prev === undefined
        ? Math.max((line * it.lines) / 2, it.center)
        : Math.max(placed[j - 1]! + (line * (prev.lines + it.lines)) / 2 + gap, it.center),
    );
  });
  const overBottom = Math.max(0, ...order.map((it, j) => placed[j]! + (line * it.lines) / 2 - height));
  const first = order[0];
  const upTo = first ? placed[0]! - (line * first.lines) / 2 + above : 0;
  const shift = Math.min(overBottom, upTo);
  const centres = new Array<number>(items.length);
  order.forEach((it, j) => (centres[it.i] = placed[j]! - shift));
  return centres;
}

/**
 * How many lines a label wraps to at `maxWidthEm` ems, words wrapped greedily at about 0.6 em a character (which
 * fits semibold sans-serif, erring wide). Charts count a label's lines before spreading labels apart, so a
 * two-line label gets room for two lines.
 */
export function wrappedLines(text: string, maxWidthEm: number): number {
  let lines = 1;
  let width = 0;
  for (const word of text.split(' ')) {
    const w = word.length * 0.6;
    if (width > 0 && width + 0.6 + w > maxWidthEm) {
      lines++;
      width = w;
    } else width += (width > 0 ? 0.6 : 0) + w;
  }
  return lines;
}
