/**
 * A few SVG building blocks for chart images, as strings: elements with escaped attributes and numbers rounded
 * to hundredths of a pixel (smaller files, stable snapshots), text lines in the image font, and the marks the
 * live charts draw (lines, dots by confidence, reference markers, notes), in plain pixel geometry: resvg ignores
 * `vector-effect: non-scaling-stroke`, so nothing here is drawn in a stretched coordinate space.
 */
import { line as d3line } from 'd3-shape';
import type { Confidence } from '../../data/types';
import { SHAPES, type Shape } from '../shapes';
import { resolveColour, themed } from './theme';
import { textWidth, wrap, wrapBalanced, type Weight } from './text';

export type Attrs = Record<string, string | number | undefined | null | false>;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Chart images: not a finite number (${n})`);
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(String(v))}"`)
    .join('');
}

/** One element; `children` are already-built markup. */
export function el(tag: string, a: Attrs, children?: string | readonly string[]): string {
  const inner = children === undefined ? '' : typeof children === 'string' ? children : children.join('');
  return inner === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;
}

export function group(children: readonly string[], a: Attrs = {}): string {
  return children.length === 0 ? '' : el('g', a, ['\n', children.join('\n'), '\n']);
}

// ---- Text ----

/** A run of text within a line: its own weight and colour. */
export interface Run {
  text: string;
  weight?: Weight;
  fill?: string;
}

export interface TextStyle {
  size: number;
  weight?: Weight;
  fill?: string;
  /** Line height as a multiple of size; default 1.3. */
  leading?: number;
  /** Where x is: the start, middle or end of each line; default 'start'. */
  anchor?: 'start' | 'middle' | 'end';
  /** A page-coloured outline behind the letters, so text stays legible over lines (the live labels' text-shadow). */
  halo?: boolean;
}

/** Baseline of the first line of a text block whose top is at `top` (DejaVu Sans: ascender 0.93 em). */
export function firstBaseline(top: number, style: Pick<TextStyle, 'size' | 'leading'>): number {
  const leading = style.leading ?? 1.3;
  return top + (style.size * (leading - 1)) / 2 + style.size * 0.93;
}

export function lineHeight(style: Pick<TextStyle, 'size' | 'leading'>): number {
  return style.size * (style.leading ?? 1.3);
}

export function runsWidth(runs: readonly Run[], size: number, weight: Weight = 'normal'): number {
  return runs.reduce((w, r) => w + textWidth(r.text, size, r.weight ?? weight), 0);
}

/**
 * Lines of text, top-aligned at `top`, each line a list of runs. Lines are positioned by their measured width,
 * not by text-anchor, so mixed runs centre correctly in every renderer.
 */
export function textLines(
  x: number,
  top: number,
  lines: readonly (string | readonly Run[])[],
  style: TextStyle,
): string {
  const fill = resolveColour(style.fill ?? themed('fg'));
  const weight = style.weight ?? 'normal';
  const halo: Attrs = style.halo
    ? { stroke: themed('bg'), 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }
    : {};
  const out: string[] = [];
  lines.forEach((line, i) => {
    const runs: readonly Run[] = typeof line === 'string' ? [{ text: line }] : line;
    if (runs.every((r) => r.text === '')) return;
    const width = runsWidth(runs, style.size, weight);
    const start = style.anchor === 'middle' ? x - width / 2 : style.anchor === 'end' ? x - width : x;
    const y = firstBaseline(top, style) + i * lineHeight(style);
    const single = runs.length === 1 ? runs[0]! : undefined;
    if (single) {
      out.push(
        el(
          'text',
          {
            x: start,
            y,
            'font-size': style.size,
            'font-weight': (single.weight ?? weight) === 'bold' ? 'bold' : undefined,
            fill: single.fill ? resolveColour(single.fill) : fill,
            ...halo,
          },
          escapeXml(single.text),
        ),
      );
      return;
    }
    const spans = runs.map((r) =>
      el(
        'tspan',
        {
          'font-weight': (r.weight ?? weight) === 'bold' ? 'bold' : 'normal',
          fill: r.fill ? resolveColour(r.fill) : undefined,
        },
        escapeXml(r.text),
      ),
    );
    out.push(
      el(
        'text',
        { x: start, y, 'font-size': style.size, 'font-weight': weight === 'bold' ? 'bold' : undefined, fill, ...halo },
        spans,
      ),
    );
  });
  return out.join('\n');
}

/** Wraps `text` to `width` and draws it; returns the markup and the block's height. */
export function paragraph(
  x: number,
  top: number,
  text: string,
  width: number,
  style: TextStyle,
  maxLines = Infinity,
): { svg: string; height: number; lines: string[] } {
  const lines = wrap(text, width, style.size, style.weight ?? 'normal', maxLines);
  return { svg: textLines(x, top, lines, style), height: lines.length * lineHeight(style), lines };
}

/** A knock-out behind text: the page colour, slightly see-through, as the live charts' label backgrounds. */
export function knockout(box: Box, opacity = 0.88): string {
  return el('rect', {
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    fill: themed('bg'),
    'fill-opacity': opacity,
  });
}

// ---- Marks ----

export function linePath(
  points: readonly [number, number][],
  style: { color: string; width?: number; dash?: string | undefined; opacity?: number },
): string {
  if (points.length < 2) return '';
  const d = d3line<readonly [number, number]>()
    .x((p) => p[0])
    .y((p) => p[1])(points)!;
  return el('path', {
    d: d.replace(/-?\d+\.\d+/g, (n) => num(Number(n))),
    fill: 'none',
    stroke: resolveColour(style.color),
    'stroke-width': style.width ?? 2.5,
    'stroke-dasharray': style.dash,
    'stroke-linejoin': 'round',
    'stroke-linecap': 'round',
    opacity: style.opacity !== undefined && style.opacity < 1 ? style.opacity : undefined,
  });
}

/**
 * The points of a line that fall in [from, to] (data units of x), with one neighbour on each side so the line
 * still runs to the plot's edge under a clip path. Nothing far off the canvas is written to the file.
 */
export function inWindow<P>(points: readonly P[], x: (p: P) => number, from: number, to: number): P[] {
  const first = points.findIndex((p) => x(p) >= from);
  const last = points.findLastIndex((p) => x(p) <= to);
  if (first < 0 || last < 0) return [];
  return points.slice(Math.max(0, first - 1), Math.min(points.length, last + 2));
}

/**
 * A data point in its series' shape (src/charts/shapes.ts), by confidence as in the live charts: `high` filled,
 * `medium` a ring, `low` a thin ring.
 */
export function dot(x: number, y: number, confidence: Confidence, color: string, shape: Shape = 'circle'): string {
  const stroke = resolveColour(color);
  return el('path', {
    d: SHAPES[shape],
    transform: `translate(${num(x)},${num(y)})`,
    fill: confidence === 'high' ? stroke : themed('bg'),
    stroke,
    'stroke-width': confidence === 'high' ? 1 : confidence === 'medium' ? 2 : 1.25,
    'stroke-linejoin': 'round',
  });
}

/** The width `labelMark` takes, its space after included. */
export function labelMarkWidth(size: number, dashed: boolean): number {
  return (dashed ? size * 1.4 + 3 : 0) + size + 4;
}

/**
 * What starts a direct label, as in the live charts: a sample of the line's dash (for a dashed line) and the
 * series' shape, filled, `size` pixels wide, from `x` and centred on `y`. Returns the markup and the width it
 * takes, its space after included.
 */
export function labelMark(
  x: number,
  y: number,
  shape: Shape,
  color: string,
  opts: { size: number; dash?: string | undefined },
): { svg: string; width: number } {
  const stroke = resolveColour(color);
  const scale = opts.size / 10;
  const dashLength = opts.dash ? opts.size * 1.4 : 0;
  const dash = opts.dash
    ? el('path', {
        d: `M${num(x)},${num(y)}h${num(dashLength)}`,
        stroke,
        'stroke-width': 2,
        'stroke-dasharray': opts.dash,
      })
    : '';
  const mark = el('path', {
    d: SHAPES[shape],
    transform: `translate(${num(x + dashLength + opts.size / 2 + (opts.dash ? 3 : 0))},${num(y)}) scale(${num(scale)})`,
    fill: stroke,
    stroke,
    'stroke-linejoin': 'round',
  });
  return { svg: dash + mark, width: labelMarkWidth(opts.size, opts.dash !== undefined) };
}

/** The dashed accent line at a date (and the shaded band after it), as the live Marker layer. */
export function marker(x: number, top: number, bottom: number, bandTo?: number): string {
  const band =
    bandTo !== undefined && bandTo > x
      ? el('rect', { x, y: top, width: bandTo - x, height: bottom - top, fill: themed('accent'), 'fill-opacity': 0.09 })
      : '';
  return (
    band +
    el('line', {
      x1: x,
      x2: x,
      y1: top,
      y2: bottom,
      stroke: themed('accent'),
      'stroke-width': 1.5,
      'stroke-dasharray': '4 3',
    })
  );
}

/**
 * A note in plain words beside a marker: wrapped text on a knock-out, with an accent rule on the side facing the
 * anchor, as the live Note layer. `side` says which way the text runs from x.
 */
export function note(
  x: number,
  top: number,
  text: string,
  opts: { side: 'left' | 'right'; maxWidth: number; size?: number },
): { svg: string; box: Box } {
  const size = opts.size ?? 13;
  const pad = 6;
  const lines = wrapBalanced(text, opts.maxWidth - 2 * pad, size);
  const w = Math.max(...lines.map((l) => textWidth(l, size))) + 2 * pad;
  const h = lines.length * size * 1.3 + 4;
  const left = opts.side === 'right' ? x + 6 : x - 6 - w;
  const box = { x: left, y: top, width: w, height: h };
  const ruleX = opts.side === 'right' ? left + 1 : left + w - 1;
  const svg = [
    knockout(box),
    el('line', { x1: ruleX, x2: ruleX, y1: top, y2: top + h, stroke: themed('accent'), 'stroke-width': 2 }),
    textLines(opts.side === 'right' ? left + pad : left + w - pad, top + 2, lines, {
      size,
      anchor: opts.side === 'right' ? 'start' : 'end',
    }),
  ].join('');
  return { svg, box };
}

/**
 * The "at least" mark of every chart: an open upward chevron 12 px over a point the source gave as a floor
 * ("at least", "more than"), as the live charts draw it.
 */
export function caret(x: number, y: number, color: string): string {
  const tip = y - 12;
  return el('path', {
    d: `M${num(x - 5)},${num(tip + 5)}L${num(x)},${num(tip)}L${num(x + 5)},${num(tip + 5)}`,
    fill: 'none',
    stroke: resolveColour(color),
    'stroke-width': 2,
    'stroke-linecap': 'square',
  });
}
