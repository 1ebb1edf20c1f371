/**
 * Everything the prison population chart draws for a given state, computed on the server as plain data: scales'
 * domains, series with their points, labels, annotations and the prose description. The Svelte component only
 * tweens and renders this (the island gets each step's model), so the server, the browser and the tests agree on
 * what a state shows.
 */
import { scaleLinear } from 'd3-scale';
import { ticks as d3ticks } from 'd3-array';
import {
  prisonPopulation,
  rateOf,
  type PopulationFamily,
  type PopulationObservation,
} from '../../data/prisonPopulation';
import { cecot } from '../../data/cecot';
import { STATE_OF_EXCEPTION_START } from '../../data/stateOfException';
import { dateToYear, yearStart } from '../../data/dates';
import type { Confidence, IsoDate, Language, Qualifier } from '../../data/types';
import type { SourceId } from '../../data/sources';
import { formatCompact, formatDate, formatNumber, formatQualified, formatShare } from '../../lib/format';
import type { Readout } from '../readout/attrs';
import { readoutOf } from '../readout/text';
import { t } from '../../lib/i18n';
import { seriesColor } from '../palette';
import { LABEL_DASH_EM, LABEL_MARK_EM, type Shape } from '../shapes';
import { wrappedLines } from '../dodge';
import { lineInWindow, pointsInWindow } from '../window';
import { capacity, reportedOccupancy } from '../../data/capacity';
import type { PopulationSeriesKey, PrisonPopulationState } from './state';

export interface ModelPoint {
  x: number;
  y: number;
  date: IsoDate;
  value: number;
  source: SourceId;
  confidence: Confidence;
  /** For a figure worked out here (the census rate): its arithmetic and the sources of all its inputs. */
  derived?: { formula: string; sources: readonly SourceId[] };
  /** "At least", "about": as the source put it (a rate worked out from such a count inherits it). */
  qualifier?: Qualifier;
  /** What a reader gets on pointing at the point (src/charts/readout/). */
  readout?: Readout;
}

export interface ModelSeries {
  key: PopulationSeriesKey;
  label: string;
  color: string;
  /** Its marker shape, for points, label and key item (SERIES_SHAPES). */
  shape: Shape;
  dash: string | undefined;
  points: ModelPoint[];
  /** The points split wherever two in a row are too far apart (`splitAtGaps`): each part is drawn as a line. */
  segments: ModelPoint[][];
}

/** A gap in a series' reports within the window, where `splitAtGaps` broke its line. */
export interface ModelGap {
  key: PopulationSeriesKey;
  from: IsoDate;
  to: IsoDate;
}

export interface ModelNote {
  key: string;
  x: number;
  /** Where the note's text starts, in data units: near the plot's top, where no line runs. */
  y: number;
  /** Which side of its marker the text goes: towards the middle of the window, so it stays inside the plot. */
  side: 'left' | 'right';
  text: string;
  /** Shade from x to the end of the window. */
  band: boolean;
}

declare module '../states' {
  interface ChartModelTypes {
    'prison-population': PopulationModel;
  }
}

export interface PopulationModel {
  measure: PrisonPopulationState['measure'];
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: number[];
  /** Each with its label as written on the axis (abbreviated from 100,000 up). */
  yTicks: { value: number; label: string }[];
  series: ModelSeries[];
  /** Ticks every `xTicks` step; on narrow charts only those in `xTicksNarrow` are labelled. */
  xTicksNarrow: number[];
  /** Widest a series label may be, in ems (LABEL_WIDTH_EM). */
  labelWidthEm: number;
  /** `lines`: how many lines the text wraps to at LABEL_WIDTH_EM (the browser spreads labels apart by them). */
  labels: {
    key: string;
    x: number;
    y: number;
    text: string;
    color: string;
    shape: Shape;
    dash: string | undefined;
    lines: number;
  }[];
  notes: ModelNote[];
  gaps: ModelGap[];
  unit: string;
  description: string;
}

/** The figure a point shows: the count, or the rate as read or as worked out (with its own confidence). */
function pointOf(
  o: Omit<PopulationObservation, 'note'>,
  measure: PrisonPopulationState['measure'],
): ModelPoint | undefined {
  const x = dateToYear(o.date);
  const base = { x, date: o.date, source: o.source, ...(o.qualifier === undefined ? {} : { qualifier: o.qualifier }) };
  if (measure === 'count') return { ...base, y: o.value, value: o.value, confidence: o.confidence };
  const rate = rateOf(o);
  if (!rate) return undefined;
  return {
    ...base,
    y: rate.value,
    value: rate.value,
    confidence: rate.confidence,
    ...(rate.formula === undefined ? {} : { derived: { formula: rate.formula, sources: rate.sources } }),
  };
}

function seriesPoints(key: PopulationSeriesKey, measure: PrisonPopulationState['measure']): ModelPoint[] {
  if (key === 'capacity') {
    if (measure === 'rate') return [];
    return capacity.official.map((o) => ({
      x: dateToYear(o.date),
      y: o.value,
      date: o.date,
      value: o.value,
      source: o.source,
      confidence: o.confidence,
    }));
  }
  return prisonPopulation[key as PopulationFamily].flatMap((o) => pointOf(o, measure) ?? []);
}

/**
 * Each series' marker shape, one per series, so lines that cross stay apart without colour (forced colours,
 * colour vision deficiencies). Capacity, a dashed line of places rather than people, gets the flat bar.
 */
export const SERIES_SHAPES: Record<PopulationSeriesKey, Shape> = {
  wpb: 'circle',
  government: 'square',
  'civil-society': 'diamond',
  census: 'triangle',
  press: 'triangle-down',
  capacity: 'bar',
};

/**
 * Widest a series label may be, in ems of its text (96 px at the default text size): the chart's right padding
 * less the label's offset; longer names wrap. The label's shape (and dash sample) take part of it.
 */
export const LABEL_WIDTH_EM = 8;

/**
 * A line joins two reports of one series unless they are far apart for that series: 18 months or more, and more
 * than twice its usual spacing. A straight line over such a gap would show a rise or fall at a time no one
 * measured (the civil-society count jumps between April 2021 and October 2022, across the state of exception);
 * a series reported every two or three years (the World Prison Brief's) is still drawn as the line it is. Two
 * reports alone have no usual spacing, so 18 months parts them (the press reports of May 2020 and December 2022
 * fall either side of the state of exception). In years; half a month less, because partial dates ("2021-04") sit
 * at their midpoint.
 */
export const MAX_GAP_YEARS = 1.5 - 1 / 24;

/** Splits points (in x order) wherever two in a row are further apart than the series' gap threshold. */
export function splitAtGaps<P extends { x: number }>(points: readonly P[]): P[][] {
  const spacings = points
    .slice(1)
    .map((p, i) => p.x - points[i]!.x)
    .sort((a, b) => a - b);
  const usual = spacings.length > 1 ? spacings[Math.floor(spacings.length / 2)]! : 0;
  const threshold = Math.max(MAX_GAP_YEARS, 2 * usual);
  const parts: P[][] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (!prev || p.x - prev.x >= threshold) parts.push([p]);
    else parts.at(-1)!.push(p);
  });
  return parts;
}

/**
 * The model as a drawing that never moves needs it (`still` in define.ts): each series' dots and lines within
 * the window only. A zoom to 2019 keeps three decades of points to the left, which a per-step chart would carry
 * unseen.
 */
export function stillPopulation(model: PopulationModel): PopulationModel {
  return {
    ...model,
    series: model.series.map((s) => ({
      ...s,
      points: pointsInWindow(s.points, model.xDomain),
      segments: s.segments.map((part) => lineInWindow(part, model.xDomain)).filter((part) => part.length > 0),
    })),
  };
}

export function populationModel(state: PrisonPopulationState, lang: Language): PopulationModel {
  const [from, to] = state.window;
  const xDomain: [number, number] = [yearStart(from), yearStart(to + 1)];
  const inWindow = (p: ModelPoint) => p.x >= xDomain[0] && p.x <= xDomain[1];

  const series: ModelSeries[] = state.series
    .map((key) => ({
      key,
      label: t(lang, `pp.series.${key}`),
      color: seriesColor(key),
      shape: SERIES_SHAPES[key],
      dash: key === 'capacity' ? '6 4' : undefined,
      points: seriesPoints(key, state.measure),
    }))
    .filter((s) => s.points.length > 0)
    .map((s, row) => {
      const unit = s.key === 'capacity' ? 'pp.readout.capacity' : (`pp.readout.${state.measure}` as const);
      // Points outside the window are drawn (cut off at its edge, for the lines' sake) but not read out.
      const points = s.points.map((p) => ({
        ...p,
        ...(inWindow(p) && {
          readout: readoutOf(lang, {
            series: s.label,
            date: p.date,
            value: t(lang, unit, { value: formatQualified(p.value, p.qualifier, lang) }),
            source: p.derived ? p.derived.sources : p.source,
            derived: p.derived !== undefined,
            confidence: p.confidence,
            row,
          }),
        }),
      }));
      return { ...s, points, segments: splitAtGaps(points) };
    });

  const visible = series.flatMap((s) => s.points.filter(inWindow));
  const maxY = Math.max(1, ...visible.map((p) => p.y));
  const y = scaleLinear()
    .domain([0, maxY * 1.08])
    .nice(5);
  const yDomain = y.domain() as [number, number];

  const span = to - from + 1;
  const step = span > 24 ? 5 : span > 10 ? 2 : 1;
  const xTicks = d3ticks(from, to + 1, Math.ceil(span / step))
    .filter((v) => Number.isInteger(v) && v % step === 0)
    .map(yearStart);
  // On a narrow chart, every other tick is labelled when they are more than 8 (a year label is about as wide
  // as 2.5 years of a 20-year axis on a phone).
  const xTicksNarrow = xTicks.length > 8 ? xTicks.filter((_, i) => i % 2 === 0) : xTicks;

  // Direct labels at each series' last visible point; the Labels layer spreads them apart by their lines.
  const labels = series.flatMap((s) => {
    const last = s.points.filter(inWindow).at(-1);
    return last
      ? [
          {
            key: s.key,
            x: last.x,
            y: last.y,
            text: s.label,
            color: s.color,
            shape: s.shape,
            dash: s.dash,
            lines: wrappedLines(s.label, LABEL_WIDTH_EM - LABEL_MARK_EM - (s.dash ? LABEL_DASH_EM : 0)),
          },
        ]
      : [];
  });

  const gaps: ModelGap[] = series.flatMap((s) =>
    s.segments.slice(1).flatMap((part, i) => {
      const before = s.segments[i]!.at(-1)!;
      const after = part[0]!;
      return before.x < xDomain[1] && after.x > xDomain[0] ? [{ key: s.key, from: before.date, to: after.date }] : [];
    }),
  );

  const notes: ModelNote[] = [];
  // Every note's text starts just under the plot's top, on the side of its marker that faces the window's middle;
  // the live chart and the image both place it so.
  const placed = (x: number) => ({
    x,
    y: yDomain[1] * 0.97,
    side: x > (xDomain[0] + xDomain[1]) / 2 ? ('left' as const) : ('right' as const),
  });
  const soe = dateToYear(STATE_OF_EXCEPTION_START);
  if (state.highlight === 'state-of-exception' && soe <= xDomain[1]) {
    notes.push({
      key: 'soe',
      ...placed(soe),
      band: true,
      text: t(lang, 'pp.note.state-of-exception', { date: formatDate(STATE_OF_EXCEPTION_START, lang) }),
    });
  }
  const opens = cecot.announcedCapacity;
  if (state.highlight === 'cecot-opens') {
    notes.push({
      key: 'cecot',
      ...placed(dateToYear(opens.date)),
      band: true,
      text: t(lang, 'pp.note.cecot-opens', {
        date: formatDate(opens.date, lang),
        places: formatNumber(opens.value, lang),
      }),
    });
  }
  // The share reported for June 2016, which the note quotes.
  const crowded = reportedOccupancy.find((o) => o.date === '2016-06')!;
  if (state.highlight === 'overcrowding') {
    notes.push({
      key: 'overcrowding',
      ...placed(dateToYear(crowded.date)),
      band: false,
      text: t(lang, 'pp.note.overcrowding', {
        date: formatDate(crowded.date, lang),
        share: formatShare(crowded.value / 100, lang),
      }),
    });
  }

  const unit = t(lang, `pp.measure.${state.measure}`);
  const highest = [...visible].sort((a, b) => b.y - a.y)[0];
  const highestSeries = highest && series.find((s) => s.points.includes(highest));
  const description = [
    t(lang, 'pp.describe', { measure: unit, from, to, series: series.map((s) => s.label).join(', ') }),
    highest && highestSeries
      ? t(lang, 'pp.describeLatest', {
          value: formatNumber(highest.value, lang),
          series: highestSeries.label,
          date: formatDate(highest.date, lang),
        })
      : '',
    state.series.includes('capacity') && state.measure === 'count' ? t(lang, 'pp.describeCapacity') : '',
    ...notes.map((n) => n.text + '.'),
    gaps.length > 0
      ? t(lang, 'pp.describeGaps', {
          gaps: series
            .filter((s) => gaps.some((g) => g.key === s.key))
            .map(
              (s) =>
                `${s.label} (${gaps
                  .filter((g) => g.key === s.key)
                  .map((g) => `${formatDate(g.from, lang)}–${formatDate(g.to, lang)}`)
                  .join(', ')})`,
            )
            .join('; '),
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  const yLabel = (v: number) => (yDomain[1] >= 100_000 ? formatCompact(v, lang) : formatNumber(v, lang));
  const yTicks = y.ticks(5).map((value) => ({ value, label: yLabel(value) }));
  return {
    measure: state.measure,
    labelWidthEm: LABEL_WIDTH_EM,
    xDomain,
    yDomain,
    xTicks,
    xTicksNarrow,
    yTicks,
    series,
    labels,
    notes,
    gaps,
    unit,
    description,
  };
}
