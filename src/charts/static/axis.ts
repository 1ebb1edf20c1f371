/**
 * Axes for chart images, as the live layers draw them: dashed horizontal gridlines with a solid baseline, value
 * labels either just above each line at the plot's left edge or right-aligned in a left margin (AxisY, `inside`
 * or `left`), and faint vertical year lines with labels under the plot (AxisX).
 */
import { el, textLines } from './svg';
import { themed } from './theme';
import { textWidth } from './text';

export interface Plot {
  /** Pixel edges of the plot area. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const LABEL = 13;

export function gridY(
  plot: Plot,
  ticks: readonly { value: number; label: string }[],
  y: (v: number) => number,
  place: 'inside' | 'left',
  unit = '',
): string {
  const out: string[] = [];
  ticks.forEach((tick, i) => {
    const at = y(tick.value);
    if (at < plot.top - 0.5 || at > plot.bottom + 0.5) return;
    const base = tick.value === 0;
    out.push(
      el('line', {
        x1: plot.left,
        x2: plot.right,
        y1: at,
        y2: at,
        stroke: base ? themed('fg-muted') : themed('rule'),
        'stroke-width': 1,
        'stroke-dasharray': base ? undefined : '3 3',
      }),
    );
    const text = i === ticks.length - 1 && unit ? `${tick.label} ${unit}` : tick.label;
    out.push(
      place === 'inside'
        ? textLines(plot.left, at - LABEL * 1.3 - 1, [text], { size: LABEL, fill: themed('fg-muted') })
        : textLines(plot.left - 7, at - (LABEL * 1.3) / 2, [text], {
            size: LABEL,
            fill: themed('fg-muted'),
            anchor: 'end',
          }),
    );
  });
  return out.join('\n');
}

export function axisX(
  plot: Plot,
  ticks: readonly { value: number; label: string }[],
  x: (v: number) => number,
): string {
  const out: string[] = [];
  for (const tick of ticks) {
    const at = x(tick.value);
    if (at < plot.left - 0.5 || at > plot.right + 0.5) continue;
    out.push(
      el('line', {
        x1: at,
        x2: at,
        y1: plot.top,
        y2: plot.bottom,
        stroke: themed('rule'),
        'stroke-width': 1,
        'stroke-opacity': 0.5,
      }),
    );
    // Centred under the tick, but never hanging left of the plot (where a left axis puts its "0").
    const half = textWidth(tick.label, LABEL) / 2;
    out.push(
      textLines(Math.max(at, plot.left + half), plot.bottom + 4, [tick.label], {
        size: LABEL,
        fill: themed('fg-muted'),
        anchor: 'middle',
      }),
    );
  }
  return out.join('\n');
}
