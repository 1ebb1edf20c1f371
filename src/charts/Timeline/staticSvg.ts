/**
 * The timeline as a fixed-size image (see src/charts/static/): the same model as the live chart (timelineModel),
 * drawn in pixels: month or day ticks on the left, the two lane rails with circles (United States) and diamonds
 * (El Salvador), bands for spans, and the labels in one column with leaders, where the model spread them.
 */
import type { Language } from '../../data/types';
import type { StaticChart } from '../define';
import { el, group, textLines, type Box } from '../static/svg';
import { themed } from '../static/theme';
import { timelineModel } from './model';
import type { TimelineState } from './state';

const LABEL_SIZE = 16;
const LINE = LABEL_SIZE * 1.3;
/** The colours of Timeline.svelte's lanes, in the light theme. */
const LANE_COLOUR = { us: themed('c-homicides'), sv: themed('c-arrests') } as const;

function draw(state: TimelineState, lang: Language, box: Box): string {
  const model = timelineModel(state, lang);
  const keyHeight = 28;
  const top = box.y + keyHeight + 10;
  const height = box.height - keyHeight - 20;
  const y = (pct: number) => top + (pct / 100) * height;
  const rail = { us: box.x + 96, sv: box.x + 124 } as const;
  const labelX = box.x + 150;

  const key = model.lanes
    .filter((l) => l.shown)
    .map((l, i) => {
      const x = rail.us - 6 + i * 190;
      return (
        glyph(l.key, x + 6, box.y + 10, 12) +
        textLines(x + 20, box.y, [l.label], { size: 16, weight: 'bold', fill: themed('fg') })
      );
    });
  const ticks = model.ticks.map(
    (tk) =>
      el('line', { x1: box.x, x2: rail.sv + 14, y1: y(tk.y), y2: y(tk.y), stroke: themed('rule'), 'stroke-width': 1 }) +
      textLines(box.x, y(tk.y) + 3, [tk.label], { size: 14, fill: themed('fg-muted') }),
  );
  const rails = model.lanes
    .filter((l) => l.shown)
    .map((l) =>
      el('line', {
        x1: rail[l.key],
        x2: rail[l.key],
        y1: top,
        y2: top + height,
        stroke: themed('rule'),
        'stroke-width': 2,
      }),
    );

  // Each label where the model spread it (`labelY`, a share of the plot's height, as the live chart places it):
  // spread at the live chart's shortest plot, it leaves room enough for this taller plot's lines.
  const drawn = model.events
    .filter((e) => e.shown)
    .map((e) => {
      const x = rail[e.lane];
      const at = y(e.labelY);
      const leader = el('path', {
        d: `M${x} ${y(e.y + e.span / 2)} L${labelX - 6} ${at}`,
        fill: 'none',
        stroke: themed('fg-muted'),
        'stroke-width': 1,
      });
      const mark =
        e.span > 0
          ? el('rect', {
              x: x - 4,
              y: y(e.y),
              width: 8,
              height: Math.max(4, (e.span / 100) * height),
              rx: 4,
              fill: LANE_COLOUR[e.lane],
              'fill-opacity': e.lane === 'sv' ? 0.75 : 1,
            })
          : glyph(e.lane, x, y(e.y), e.highlight ? 16 : 12);
      const label = textLines(
        labelX,
        at - LINE / 2,
        [
          [
            { text: `${e.when} `, weight: 'bold', fill: LANE_COLOUR[e.lane] },
            { text: e.text, weight: e.highlight ? 'bold' : 'normal' },
          ],
        ],
        { size: LABEL_SIZE, fill: themed('fg') },
      );
      return { leader, mark, label, band: e.span > 0 };
    });
  // Bands first, then points over them: a day inside a period (the proclamation on the day of the flights) stays
  // visible, ringed in the background colour.
  const marks = [
    ...drawn.map((d) => d.leader),
    ...drawn.filter((d) => d.band).map((d) => d.mark),
    ...drawn.filter((d) => !d.band).map((d) => d.mark),
    ...drawn.map((d) => d.label),
  ];

  return [group(key), group(ticks), group(rails), group(marks)].join('\n');
}

/** A circle for the United States, a diamond for El Salvador, as in the live chart. */
function glyph(lane: 'us' | 'sv', x: number, y: number, size: number): string {
  const ring = { stroke: themed('bg'), 'stroke-width': 1.5 };
  if (lane === 'us') return el('circle', { cx: x, cy: y, r: size / 2, fill: LANE_COLOUR.us, ...ring });
  const r = size / 2 + 1;
  return el('path', {
    d: `M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`,
    fill: LANE_COLOUR.sv,
    ...ring,
  });
}

export const timelineImage: StaticChart<TimelineState> = {
  draw,
  hasDots: () => false,
};
