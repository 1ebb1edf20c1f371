/**
 * The deaths-in-custody chart as a fixed-size image (see src/charts/static/): the same model as the live chart
 * (deathsModel, and timelineFrame at the state's date), drawn in pixels. Timeline: one line per counter with its
 * faint stub towards the next report, dots by confidence, chevrons over "at least" figures, the Cristosal report
 * marker and direct labels (full names in a right gutter). Causes: one counter's breakdown as bars, the
 * worked-out remainder as a dashed outline, with the caveat under them. What goes where is the model's: the
 * report note's height, side and width; the labels' sides and lines, spread apart as the page
 * spreads them (`spreadLabels`). This file only maps the model's data units into its box.
 */
import { scaleLinear } from 'd3-scale';
import type { Language } from '../../data/types';
import { spreadLabels } from '../dodge';
import { axisX, gridY, type Plot } from '../static/axis';
import type { StaticChart } from '../define';
import {
  caret,
  dot,
  el,
  group,
  labelMark,
  labelMarkWidth,
  lineHeight,
  linePath,
  marker,
  note,
  paragraph,
  textLines,
  type Box,
} from '../static/svg';
import { resolveColour, themed } from '../static/theme';
import { textWidth, wrapInLines } from '../static/text';
import { deathsModel, timelineFrame, type DeathsModel } from './model';
import { LABEL_BELOW_PX } from './frame';
import type { DeathsInCustodyState } from './state';

/** Labels' text; a line is the live chart's (--label-line: the chart font × 1.25). */
const LABEL = { size: 14, weight: 'bold' as const, leading: 1.25, halo: true };
const GUTTER = 190;
/** The shape that starts a label, as wide as three quarters of its text's size, as in the live chart. */
const MARK_SIZE = LABEL.size * 0.75;
const MARK_WIDTH = labelMarkWidth(MARK_SIZE, false);

function timeline(model: DeathsModel, box: Box): string {
  const frame = timelineFrame(model, model.throughX);
  const plot: Plot = {
    left: box.x,
    right: box.x + box.width - GUTTER,
    top: box.y + 22,
    bottom: box.y + box.height - 24,
  };
  const x = scaleLinear().domain(model.xDomain).range([plot.left, plot.right]);
  const y = scaleLinear().domain(model.yDomain).range([plot.bottom, plot.top]);

  const marks: string[] = [];
  const over: string[] = [];
  if (frame.markerVisible) {
    marks.push(marker(x(model.marker.x), plot.top, plot.bottom));
    over.push(
      note(x(model.marker.x), y(model.marker.y), model.marker.text, {
        side: model.marker.side,
        maxWidth: model.marker.widthEm * 14,
        size: 14,
      }).svg,
    );
  }
  for (const s of frame.series) {
    if (!s.shown) continue;
    marks.push(
      linePath(
        s.line.map(([px, py]) => [x(px), y(py)]),
        { color: s.color, width: 3 },
      ),
    );
    marks.push(
      linePath(
        s.stub.map(([px, py]) => [x(px), y(py)]),
        { color: s.color, width: 2, dash: '3 4', opacity: 0.55 },
      ),
    );
    for (const d of s.dots) {
      if (!d.visible) continue;
      marks.push(dot(x(d.x), y(d.y), d.confidence, s.color, s.shape));
      if (d.qualifier === 'at-least') over.push(caret(x(d.x), y(d.y), s.color));
    }
  }

  // Labels: the counter's shape, then the full name, in the lines the model counted for it; spread apart by the
  // model's line counts as the page spreads them (2 px apart, none past the plot's bottom), a label set below
  // its line's end starting LABEL_BELOW_PX under it.
  const line = lineHeight(LABEL);
  const labelX = (l: (typeof frame.labels)[number]) => x(l.x) + (l.side === 'right' ? 9 : 4);
  const centres = spreadLabels(
    frame.labels.map((l) => ({
      center: y(l.y) - plot.top + (l.side === 'below' ? LABEL_BELOW_PX + (line * l.lines) / 2 : 0),
      lines: l.lines,
      rank: y(l.y),
    })),
    { gap: 2, line, height: plot.bottom - plot.top },
  );
  const labels = frame.labels.map((l, i) => {
    const lines = wrapInLines(l.text, l.lines, LABEL.size, 'bold');
    const top = plot.top + centres[i]! - (lines.length * line) / 2;
    const mark = labelMark(labelX(l), top + line / 2 + 1, l.shape, l.color, { size: MARK_SIZE });
    return mark.svg + textLines(labelX(l) + MARK_WIDTH, top, lines, { ...LABEL, fill: l.color });
  });

  return [
    el(
      'clipPath',
      { id: 'plot' },
      el('rect', {
        x: plot.left,
        y: plot.top - 8,
        width: plot.right - plot.left + 8,
        height: plot.bottom - plot.top + 16,
      }),
    ),
    gridY(plot, model.yTicks, y, 'inside', model.unit),
    axisX(
      plot,
      model.xTicks.map((v) => ({ value: v, label: String(Math.round(v)) })),
      x,
    ),
    group(marks, { 'clip-path': 'url(#plot)' }),
    group(over),
    group(labels),
  ].join('\n');
}

function causes(model: DeathsModel, box: Box): string {
  const c = model.causes;
  const color = resolveColour(c.color);
  const out: string[] = [];
  const subtitle = paragraph(box.x, box.y, c.subtitle, box.width, { size: 16, weight: 'bold', leading: 1.3 });
  out.push(subtitle.svg);
  let top = box.y + subtitle.height + 12;
  const caveat = c.caveat ? paragraph(box.x, 0, c.caveat, box.width, { size: 14, leading: 1.4 }) : undefined;
  const room = box.y + box.height - top - (caveat ? caveat.height + 10 : 0);
  // Rows share the height left, up to a comfortable maximum: label line, bar, gap.
  const labelHeight = 15 * 1.3;
  const row = Math.min(84, room / c.bars.length);
  const barHeight = Math.min(34, row - labelHeight - 14);
  const valueRoom = Math.max(...c.bars.map((b) => textWidth(b.text, 16, 'bold'))) + 12;
  const track = box.width - valueRoom;
  for (const b of c.bars) {
    const label = b.detail
      ? [{ text: b.label }, { text: ` (${b.detail})`, fill: themed('fg-muted') }]
      : [{ text: b.label }];
    out.push(textLines(box.x, top, [label], { size: 15 }));
    const barTop = top + labelHeight + 3;
    const w = Math.max(2, (b.width / 100) * track);
    out.push(
      b.remainder
        ? el('rect', {
            x: box.x + 0.75,
            y: barTop + 0.75,
            width: w - 1.5,
            height: barHeight - 1.5,
            fill: 'none',
            stroke: themed('fg-muted'),
            'stroke-width': 1.5,
            'stroke-dasharray': '4 3',
          })
        : el('rect', { x: box.x, y: barTop, width: w, height: barHeight, fill: color }),
    );
    out.push(textLines(box.x + w + 7, barTop + (barHeight - 16 * 1.3) / 2, [b.text], { size: 16, weight: 'bold' }));
    top += row;
  }
  if (caveat && c.caveat)
    out.push(paragraph(box.x, top, c.caveat, box.width, { size: 14, leading: 1.4, fill: themed('fg-muted') }).svg);
  return out.join('\n');
}

function draw(state: DeathsInCustodyState, lang: Language, box: Box): string {
  const model = deathsModel(state, lang);
  return model.view === 'timeline' ? timeline(model, box) : causes(model, box);
}

export const deathsInCustodyImage: StaticChart<DeathsInCustodyState> = {
  draw,
  hasDots: (state) => state.view === 'timeline',
};
