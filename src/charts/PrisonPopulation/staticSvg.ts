/**
 * The prison population chart as a fixed-size image (see src/charts/static/): the same model as the live chart
 * (populationModel), drawn in pixels with SVG text: gridlines with values inside the plot, year axis, the
 * annotation's marker and band, one line per counter with dots by confidence, and direct labels in a right
 * gutter. What goes where is the model's: the labels' lines and their order (spread apart as
 * the page's layout spreads them, `spreadLabels`), each note's height and side. This file only maps the model's
 * data units into its box.
 */
import { scaleLinear } from 'd3-scale';
import type { Language } from '../../data/types';
import { spreadLabels } from '../dodge';
import { axisX, gridY, type Plot } from '../static/axis';
import type { StaticChart } from '../define';
import {
  dot,
  el,
  group,
  inWindow,
  labelMark,
  labelMarkWidth,
  linePath,
  marker,
  note,
  textLines,
  type Box,
} from '../static/svg';
import { widest, wrapInLines } from '../static/text';
import { populationModel } from './model';
import type { PrisonPopulationState } from './state';

const LABEL_SIZE = 15;
/** A label's line, as the live chart's (--label-line: the chart font × 1.25). */
const LABEL_LINE = LABEL_SIZE * 1.25;
/** The shape that starts a label, as wide as three quarters of its text's size, as in the live chart. */
const MARK_SIZE = LABEL_SIZE * 0.75;

function draw(state: PrisonPopulationState, lang: Language, box: Box): string {
  const model = populationModel(state, lang);
  // Each label starts with its series' shape (and a dash sample for a dashed line), as in the live chart.
  const dashOf = (key: string) => model.series.find((s) => s.key === key)?.dash;
  const markWidth = (key: string) => labelMarkWidth(MARK_SIZE, dashOf(key) !== undefined);
  // Each label in as many lines as the model counted for it (and the spreading below makes room for).
  const texts = model.labels.map((l) => wrapInLines(l.text, l.lines, LABEL_SIZE, 'bold'));
  const gutter = Math.max(0, ...model.labels.map((l, i) => widest(texts[i]!, LABEL_SIZE, 'bold') + markWidth(l.key)));
  const plot: Plot = {
    left: box.x,
    right: box.x + box.width - gutter - 14,
    top: box.y + 22,
    bottom: box.y + box.height - 24,
  };
  const x = scaleLinear().domain(model.xDomain).range([plot.left, plot.right]);
  const y = scaleLinear().domain(model.yDomain).range([plot.bottom, plot.top]);

  const clip = el(
    'clipPath',
    { id: 'plot' },
    el('rect', { x: plot.left, y: plot.top - 8, width: plot.right - plot.left, height: plot.bottom - plot.top + 16 }),
  );
  const markers = model.notes.map((n) => marker(x(n.x), plot.top, plot.bottom, n.band ? plot.right : undefined));
  // Only what is in the window (and each line's neighbours just outside it, so lines run to the plot's edge).
  const [from, to] = model.xDomain;
  // One line per run of reports, broken where two are too far apart (see splitAtGaps).
  const marks = model.series.flatMap((s) => [
    ...s.segments
      .map((part) => inWindow(part, (p) => p.x, from, to))
      .filter((part) => part.length > 1)
      .map((part) =>
        linePath(
          part.map((p) => [x(p.x), y(p.y)]),
          { color: s.color, dash: s.dash, width: s.key === 'capacity' ? 2 : 3 },
        ),
      ),
    ...s.points.filter((p) => p.x >= from && p.x <= to).map((p) => dot(x(p.x), y(p.y), p.confidence, s.color, s.shape)),
  ]);

  // Direct labels at each series' last point in the window, spread apart by the model's line counts as the
  // page spreads them (1 px apart; they may take a line's height over the plot, as the page's 1rem).
  const centres = spreadLabels(
    model.labels.map((l) => ({ center: y(l.y) - plot.top, lines: l.lines, rank: y(l.y) })),
    { gap: 1, line: LABEL_LINE, height: plot.bottom - plot.top, above: LABEL_LINE },
  );
  const labels = model.labels.map((l, i) => {
    const centre = plot.top + centres[i]!;
    const lines = texts[i]!;
    const top = centre - (lines.length * LABEL_LINE) / 2;
    const mark = labelMark(x(l.x) + 9, top + LABEL_LINE / 2 + 1, l.shape, l.color, {
      size: MARK_SIZE,
      dash: dashOf(l.key),
    });
    return (
      mark.svg +
      textLines(x(l.x) + 9 + mark.width, top, lines, {
        size: LABEL_SIZE,
        weight: 'bold',
        leading: LABEL_LINE / LABEL_SIZE,
        fill: l.color,
        halo: true,
      })
    );
  });

  const notes = model.notes.map(
    (n) =>
      note(x(n.x), y(n.y), n.text, {
        side: n.side,
        maxWidth: 280,
        size: 14,
      }).svg,
  );

  return [
    clip,
    gridY(plot, model.yTicks, y, 'inside', model.unit),
    axisX(
      plot,
      model.xTicks.map((v) => ({ value: v, label: String(Math.round(v)) })),
      x,
    ),
    group([...markers, ...marks], { 'clip-path': 'url(#plot)' }),
    group(labels),
    group(notes),
  ].join('\n');
}

export const prisonPopulationImage: StaticChart<PrisonPopulationState> = {
  draw,
  hasDots: () => true,
};
