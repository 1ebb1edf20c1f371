/**
 * The prison population chart as a fixed-size image (see src/charts/static/): the same model as the live chart
 * (populationModel), drawn in pixels with SVG text: gridlines with values inside the plot, year axis, the
 * annotation's marker and band, one line per counter with dots by confidence, and direct labels in a right
 * gutter, spread apart at this size.
 */
import { scaleLinear } from 'd3-scale';
import type { Language } from '../../data/types';
import { dodge } from '../dodge';
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
import { widest } from '../static/text';
import { populationModel } from './model';
import type { PrisonPopulationState } from './state';

const LABEL_SIZE = 15;
/** The shape that starts a label, as wide as three quarters of its text's size, as in the live chart. */
const MARK_SIZE = LABEL_SIZE * 0.75;

function draw(state: PrisonPopulationState, lang: Language, box: Box): string {
  const model = populationModel(state, lang);
  // Each label starts with its series' shape (and a dash sample for a dashed line), as in the live chart.
  const dashOf = (key: string) => model.series.find((s) => s.key === key)?.dash;
  const markWidth = (key: string) => labelMarkWidth(MARK_SIZE, dashOf(key) !== undefined);
  const gutter = Math.max(0, ...model.labels.map((l) => widest([l.text], LABEL_SIZE, 'bold') + markWidth(l.key)));
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

  // Direct labels at each series' last point in the window, spread apart at this plot's pixel height.
  const offsets = dodge(
    model.labels.map((l) => y(l.y)),
    LABEL_SIZE * 1.25,
  );
  const labels = model.labels.map((l, i) => {
    const centre = y(l.y) + offsets[i]!;
    const mark = labelMark(x(l.x) + 9, centre + 1, l.shape, l.color, { size: MARK_SIZE, dash: dashOf(l.key) });
    return (
      mark.svg +
      textLines(x(l.x) + 9 + mark.width, centre - (LABEL_SIZE * 1.3) / 2, [l.text], {
        size: LABEL_SIZE,
        weight: 'bold',
        fill: l.color,
        halo: true,
      })
    );
  });

  const notes = model.notes.map(
    (n) =>
      note(x(n.x), y(model.yDomain[1] * 0.97), n.text, {
        side: n.x > (model.xDomain[0] + model.xDomain[1]) / 2 ? 'left' : 'right',
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
