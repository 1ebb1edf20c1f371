/**
 * Text for chart images: widths from DejaVu Sans's own metrics (fontMetrics.ts), greedy word wrapping, and a
 * check that every character has a glyph in the font, since resvg would silently leave out one that has none.
 */
import { BOLD, REGULAR } from './fontMetrics';

export type Weight = 'normal' | 'bold';

function table(ranges: readonly (readonly [number, readonly number[]])[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const [first, widths] of ranges) widths.forEach((w, i) => w >= 0 && map.set(first + i, w));
  return map;
}

const WIDTHS: Record<Weight, Map<number, number>> = { normal: table(REGULAR), bold: table(BOLD) };

/** Characters of `text` the image font cannot draw (empty when all can be). */
export function missingGlyphs(text: string): string[] {
  return [
    ...new Set(
      [...text].filter((ch) => !WIDTHS.normal.has(ch.codePointAt(0)!) || !WIDTHS.bold.has(ch.codePointAt(0)!)),
    ),
  ];
}

/** Width of `text` in pixels at `size` px; throws on a character the font has no glyph for. */
export function textWidth(text: string, size: number, weight: Weight = 'normal'): number {
  let total = 0;
  for (const ch of text) {
    const w = WIDTHS[weight].get(ch.codePointAt(0)!);
    if (w === undefined) {
      throw new Error(
        `Chart images: the font has no glyph for "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in "${text}"; ` +
          'add its range to scripts/font-metrics.ts if DejaVu Sans has it, or avoid the character',
      );
    }
    total += w;
  }
  return (total / 1000) * size;
}

/**
 * Splits `text` into lines no wider than `maxWidth` px, breaking at spaces (a single word wider than that gets a
 * line of its own). `maxLines` cuts the text off with an ellipsis; use it only where the full text is elsewhere.
 * `indent` narrows the first line (for a bold label drawn before it).
 */
export function wrap(
  text: string,
  maxWidth: number,
  size: number,
  weight: Weight = 'normal',
  maxLines = Infinity,
  indent = 0,
): string[] {
  const lines: string[] = [];
  let line = '';
  // A unit stays with its number ("3.4 m²"); no-break spaces in the text are kept.
  const words = text
    .replace(/ (?=m²)/g, '\u00a0')
    .split(/[ \t\n]+/)
    .filter(Boolean);
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    const room = lines.length === 0 ? maxWidth - indent : maxWidth;
    if (line !== '' && textWidth(candidate, size, weight) > room) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.includes(' ') && textWidth(`${last}…`, size, weight) > maxWidth)
    last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.replace(/[,;:.]$/, '')}…`;
  return kept;
}

/** The widest of several lines, in pixels. */
export function widest(lines: readonly string[], size: number, weight: Weight = 'normal'): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size, weight)));
}

/**
 * Wraps like `wrap`, then narrows the width as far as the line count allows, so the lines come out about even
 * (CSS `text-wrap: balance`) and a note does not end on an orphaned word or half a date.
 */
export function wrapBalanced(text: string, maxWidth: number, size: number, weight: Weight = 'normal'): string[] {
  const lines = wrap(text, maxWidth, size, weight);
  if (lines.length < 2) return lines;
  let lo = widest(lines, size, weight) / lines.length;
  let hi = maxWidth;
  while (hi - lo > 2) {
    const mid = (lo + hi) / 2;
    if (wrap(text, mid, size, weight).length > lines.length) lo = mid;
    else hi = mid;
  }
  return wrap(text, hi, size, weight);
}

/**
 * `text` in at most `lines` lines, as even as they come: for labels whose line count the chart's model decided
 * (`wrappedLines`, which the live chart's label spreading counts), so the image draws the lines it spreads for.
 */
export function wrapInLines(text: string, lines: number, size: number, weight: Weight = 'normal'): string[] {
  const whole = textWidth(text, size, weight);
  if (lines <= 1) return wrap(text, Infinity, size, weight);
  let lo = whole / lines;
  let hi = whole + 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrap(text, mid, size, weight).length > lines) lo = mid;
    else hi = mid;
  }
  return wrap(text, hi, size, weight);
}
