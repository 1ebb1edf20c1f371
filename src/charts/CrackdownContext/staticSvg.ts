/**
 * The crackdown-in-context chart as a fixed-size image (see src/charts/static/): the same model as the live chart
 * (crackdownModel), drawn in pixels. Two panels side by side on one time range (or one at full width): title,
 * plot with the state-of-exception marker and its label, the series with dots by confidence, carets over "more
 * than" figures, value tags, the Foreign Policy estimate as a dashed diamond with its attributed label, and the
 * panel's note under the plot.
 */
import { scaleLinear } from 'd3-scale';
import type { Language } from '../../data/types';
import { axisX, gridY, type Plot } from '../static/axis';
import type { StaticChart } from '../define';
import {
  caret,
  dot,
  el,
  group,
  knockout,
  lineHeight,
  inWindow,
  linePath,
  marker,
  note,
  num,
  paragraph,
  textLines,
  type Box,
  type Run,
} from '../static/svg';
import { resolveColour, themed } from '../static/theme';
import { widest, wrap, wrapBalanced } from '../static/text';
import { crackdownModel, type EstimateMark, type PanelModel, type ValueTag, type ZoomModel } from './model';
import type { CrackdownContextState } from './state';

const GAP = 48;
const TITLE = { size: 16, weight: 'bold' as const, leading: 1.3 };
const NOTE = { size: 13, leading: 1.4, fill: themed('fg-muted') };
const TAG = 14;
/** Height of the close-up under the homicide plot: its title, a small plot and its year axis. */
const ZOOM_HEIGHT = 120;

function valueTag(tag: ValueTag, x: number, y: number): string {
  const lines: Run[][] = [
    [{ text: tag.value, weight: 'bold', fill: tag.color }],
    [{ text: tag.detail, fill: themed('fg-muted') }],
  ];
  const style = { size: TAG, leading: 1.2, halo: true };
  const h = 2 * lineHeight(style);
  switch (tag.place) {
    case 'right':
      return textLines(x + 9, y - h / 2, lines, style);
    case 'right-up':
      return textLines(x + 7, y - 3 - h, lines, style);
    case 'above-left':
      return textLines(x + 4, y - 14 - h, lines, { ...style, anchor: 'end' });
  }
}

/** The estimate's hollow, dashed diamond (official points are round). */
function diamond(x: number, y: number, colour: string): string {
  const d = 6.5;
  return el('path', {
    d: `M${num(x)},${num(y - d)}L${num(x + d)},${num(y)}L${num(x)},${num(y + d)}L${num(x - d)},${num(y)}Z`,
    fill: themed('bg'),
    stroke: resolveColour(colour),
    'stroke-width': 2,
    'stroke-dasharray': '3 2',
  });
}

function estimateMark(mark: EstimateMark, plot: Plot, x: number, y: number, labelBottom: number): string {
  const width = Math.min(230, plot.right - plot.left);
  const pad = 7;
  const head: Run[] = [
    { text: mark.value, weight: 'bold', fill: mark.color },
    ...(mark.official ? [{ text: ` ${mark.official}`, fill: themed('fg-muted') }] : []),
  ];
  const body = wrapBalanced(mark.text, width - 2 * pad, 13);
  const style = { size: 13, leading: 1.3, anchor: 'middle' as const };
  const h = (body.length + 1) * lineHeight(style) + 2 * 4;
  const w = Math.max(widest(body, 13), widest([head.map((r) => r.text).join('')], 13, 'bold')) + 2 * pad;
  const left = Math.min(Math.max(plot.left, x - w / 2), plot.right - w);
  const top = labelBottom - h;
  const color = resolveColour(mark.color);
  return [
    el('line', { x1: x, x2: x, y1: labelBottom, y2: y - 9, stroke: color, 'stroke-width': 1 }),
    diamond(x, y, mark.color),
    knockout({ x: left, y: top, width: w, height: h }, 0.9),
    el('rect', {
      x: left,
      y: top,
      width: w,
      height: h,
      fill: 'none',
      stroke: color,
      'stroke-width': 1,
      'stroke-dasharray': '4 3',
    }),
    textLines(left + w / 2, top + 4, [head, ...body], style),
  ].join('\n');
}

/** The close-up of the latest years, framed, on its own scale (see ZoomModel), in `box`. */
function zoomSvg(zoom: ZoomModel, box: Box, color: string): string {
  const title = paragraph(box.x + 8, box.y + 6, zoom.title, box.width - 16, { size: 13, weight: 'bold' as const });
  const plot: Plot = {
    left: box.x + 36,
    right: box.x + box.width - 70,
    top: box.y + 6 + title.height + 10,
    bottom: box.y + box.height - 26,
  };
  const x = scaleLinear().domain(zoom.xDomain).range([plot.left, plot.right]);
  const y = scaleLinear().domain(zoom.yDomain).range([plot.bottom, plot.top]);
  const marks = [
    linePath(
      zoom.points.map(([px, py]) => [x(px), y(py)]),
      { color, dash: '5 4', width: 3 },
    ),
    ...zoom.dots.map((d) => dot(x(d.x), y(d.y), d.confidence, color)),
  ];
  if (zoom.estimate) marks.push(diamond(x(zoom.estimate.x), y(zoom.estimate.y), zoom.estimate.color));
  // One line each, above and right of its point: the value, and for the estimate who made it.
  const tags = zoom.tags.map((tag) => {
    const runs: Run[] = [{ text: tag.value, weight: 'bold', fill: tag.color }];
    if (tag.detail) runs.push({ text: ` ${tag.detail}`, fill: themed('fg-muted') });
    const style = { size: 13, leading: 1.2, halo: true };
    return textLines(x(tag.x) + 7, y(tag.y) - 3 - lineHeight(style), [runs], style);
  });
  return [
    el('rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: 4,
      fill: 'none',
      stroke: themed('rule'),
      'stroke-width': 1,
    }),
    title.svg,
    gridY(plot, zoom.yTicks, y, 'left'),
    axisX(
      plot,
      zoom.xTicks.map((v) => ({ value: v, label: String(Math.round(v)) })),
      x,
    ),
    group(marks),
    group(tags),
  ].join('\n');
}

function panelSvg(
  panel: PanelModel,
  box: Box,
  xDomain: [number, number],
  xTicks: number[],
  titleHeight: number,
  noteHeight: number,
): string {
  const plot: Plot = {
    left: box.x + 46,
    right: box.x + box.width - 14,
    top: box.y + titleHeight + 10,
    bottom: box.y + box.height - noteHeight - 12 - 24 - (panel.zoom ? ZOOM_HEIGHT + 12 : 0),
  };
  const x = scaleLinear().domain(xDomain).range([plot.left, plot.right]);
  const y = scaleLinear().domain(panel.yDomain).range([plot.bottom, plot.top]);
  const inside = (px: number) => px >= plot.left - 0.5 && px <= plot.right + 0.5;

  const title = paragraph(box.x, box.y, panel.title, box.width, TITLE);
  const clipId = `plot-${panel.key}`;
  const marks: string[] = [];
  if (panel.marker.visible) marks.push(marker(x(panel.marker.x), plot.top, plot.bottom, plot.right));
  // Only what is in the years shown (and each line's neighbours just outside, so it runs to the plot's edge).
  for (const s of panel.segments)
    marks.push(
      linePath(
        inWindow(s.points, (p) => p[0], xDomain[0], xDomain[1]).map(([px, py]) => [x(px), y(py)]),
        { color: panel.color, dash: s.dash, width: 3 },
      ),
    );
  for (const d of panel.dots) if (inside(x(d.x))) marks.push(dot(x(d.x), y(d.y), d.confidence, panel.color));

  const over: string[] = [];
  if (panel.marker.visible) {
    const top = y(panel.yDomain[1] * panel.marker.labelHeight);
    over.push(note(x(panel.marker.x), top, panel.marker.text, { side: panel.marker.side, maxWidth: 190 }).svg);
  }
  for (const m of panel.atLeast) if (inside(x(m.x))) over.push(caret(x(m.x), y(m.y), panel.color));
  for (const tag of panel.tags) if (inside(x(tag.x))) over.push(valueTag(tag, x(tag.x), y(tag.y)));
  // With a close-up, the estimate is labelled there, where its gap to the official figure shows; the plot keeps
  // its diamond (its label block would not fit above a plot shortened to make room for the close-up).
  if (panel.estimate && inside(x(panel.estimate.x)))
    over.push(
      panel.zoom
        ? diamond(x(panel.estimate.x), y(panel.estimate.y), panel.estimate.color)
        : estimateMark(panel.estimate, plot, x(panel.estimate.x), y(panel.estimate.y), y(panel.estimate.labelY)),
    );
  if (panel.empty)
    over.push(
      textLines((plot.left + plot.right) / 2, plot.top + (plot.bottom - plot.top) * 0.4, [panel.empty], {
        size: 13,
        fill: themed('fg-muted'),
        anchor: 'middle',
      }),
    );

  const noteBlock = paragraph(box.x, box.y + box.height - noteHeight, panel.note, box.width, NOTE);
  const zoom = panel.zoom
    ? zoomSvg(panel.zoom, { x: box.x, y: plot.bottom + 24 + 12, width: box.width, height: ZOOM_HEIGHT }, panel.color)
    : '';
  return [
    title.svg,
    el(
      'clipPath',
      { id: clipId },
      el('rect', { x: plot.left, y: plot.top - 6, width: plot.right - plot.left, height: plot.bottom - plot.top + 12 }),
    ),
    gridY(plot, panel.yTicks, y, 'left'),
    axisX(
      plot,
      xTicks.map((v) => ({ value: v, label: String(Math.round(v)) })),
      x,
    ),
    group(marks, { 'clip-path': `url(#${clipId})` }),
    group(over),
    zoom,
    noteBlock.svg,
  ].join('\n');
}

function draw(state: CrackdownContextState, lang: Language, box: Box): string {
  const model = crackdownModel(state, lang);
  const shown = model.shown.map((k) => model.panels[k]);
  const width = (box.width - GAP * (shown.length - 1)) / shown.length;
  // Both panels' plots start and end at the same heights: the taller title and the taller note set them.
  const titleHeight =
    Math.max(...shown.map((p) => wrap(p.title, width, TITLE.size, 'bold').length)) * lineHeight(TITLE);
  const noteHeight = Math.max(...shown.map((p) => wrap(p.note, width, NOTE.size).length)) * lineHeight(NOTE);
  return shown
    .map((panel, i) =>
      group([
        panelSvg(
          panel,
          { x: box.x + i * (width + GAP), y: box.y, width, height: box.height },
          model.xDomain,
          model.xTicks,
          titleHeight,
          noteHeight,
        ),
      ]),
    )
    .join('\n');
}

export const crackdownContextImage: StaticChart<CrackdownContextState> = {
  draw,
  hasDots: () => true,
};
