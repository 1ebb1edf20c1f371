/**
 * Everything the prison population chart draws for a given state, computed as plain data: scales' domains,
 * series with their points, labels, annotations and the prose description. The Svelte
 * composition only tweens and renders this, so the server, the browser and the tests agree on what a state shows.
 */
import { scaleLinear } from 'd3-scale';
import { ticks as d3ticks } from 'd3-array';
import { prisonPopulation, type PopulationFamily, type PopulationObservation } from '../../data/prisonPopulation';
import { capacity, reportedOccupancy } from '../../data/capacity';
import { cecot } from '../../data/cecot';
import { STATE_OF_EXCEPTION_START } from '../../data/stateOfException';
import { dateToYear, yearStart } from '../../data/dates';
import type { Confidence, IsoDate, Language } from '../../data/types';
import type { SourceId } from '../../data/sources';
import { formatDate, formatNumber, formatShare } from '../../lib/format';
import strings from 'virtual:ui-strings/pp';
import { translator } from '../../lib/uiText';
import { seriesColor } from '../palette';
import { dodge } from '../dodge';
import type { PopulationSeriesKey, PrisonPopulationState } from './state';

// This model also runs in the browser: only the string groups it uses (src/lib/build/uiStrings.ts).
const t = translator(strings);

export interface ModelPoint {
  x: number;
  y: number;
  date: IsoDate;
  value: number;
  source: SourceId;
  confidence: Confidence;
}

export interface ModelSeries {
  key: PopulationSeriesKey;
  label: string;
  color: string;
  dash: string | undefined;
  points: ModelPoint[];
}

export interface ModelNote {
  key: string;
  x: number;
  text: string;
  /** Shade from x to the end of the window. */
  band: boolean;
}

export interface PopulationModel {
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: number[];
  yTicks: number[];
  series: ModelSeries[];
  labels: { key: string; x: number; y: number; text: string; color: string; dy: number }[];
  notes: ModelNote[];
  unit: string;
  description: string;
}

function valueOf(o: PopulationObservation, measure: PrisonPopulationState['measure']): number | undefined {
  return measure === 'rate' ? o.ratePer100k : o.value;
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
  return prisonPopulation[key as PopulationFamily].flatMap((o) => {
    const v = valueOf(o, measure);
    return v === undefined
      ? []
      : [{ x: dateToYear(o.date), y: v, date: o.date, value: v, source: o.source, confidence: o.confidence }];
  });
}

/** Plot height in pixels assumed when spacing labels; the chart's CSS keeps its plot close to this. */
export const PLOT_HEIGHT_PX = 300;

export function populationModel(state: PrisonPopulationState, lang: Language): PopulationModel {
  const [from, to] = state.window;
  const xDomain: [number, number] = [yearStart(from), yearStart(to + 1)];
  const inWindow = (p: ModelPoint) => p.x >= xDomain[0] && p.x <= xDomain[1];

  const series: ModelSeries[] = state.series
    .map((key) => ({
      key,
      label: t(lang, `pp.series.${key}`),
      color: seriesColor(key === 'capacity' ? 'capacity' : key),
      dash: key === 'capacity' ? '6 4' : undefined,
      points: seriesPoints(key, state.measure),
    }))
    .filter((s) => s.points.length > 0);

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

  // Direct labels at each series' last visible point, spread apart so none overlap.
  const raw = series.flatMap((s) => {
    const last = s.points.filter(inWindow).at(-1);
    return last ? [{ key: s.key, x: last.x, y: last.y, text: s.label, color: s.color }] : [];
  });
  const toPercent = (v: number) => 100 - ((v - yDomain[0]) / (yDomain[1] - yDomain[0])) * 100;
  const offsets = dodge(
    raw.map((l) => toPercent(l.y)),
    (15 / PLOT_HEIGHT_PX) * 100,
  );
  const labels = raw.map((l, i) => ({ ...l, dy: offsets[i]! }));

  const notes: ModelNote[] = [];
  const soe = dateToYear(STATE_OF_EXCEPTION_START);
  if (state.highlight === 'state-of-exception' && soe <= xDomain[1]) {
    notes.push({
      key: 'soe',
      x: soe,
      band: true,
      text: t(lang, 'pp.note.state-of-exception', { date: formatDate(STATE_OF_EXCEPTION_START, lang) }),
    });
  }
  const opens = cecot.announcedCapacity;
  if (state.highlight === 'cecot-opens') {
    notes.push({
      key: 'cecot',
      x: dateToYear(opens.date),
      band: true,
      text: t(lang, 'pp.note.cecot-opens', {
        date: formatDate(opens.date, lang),
        places: formatNumber(opens.value, lang),
      }),
    });
  }
  const crowded = reportedOccupancy.find((o) => o.date === '2016-06');
  if (state.highlight === 'overcrowding' && crowded) {
    notes.push({
      key: 'overcrowding',
      x: dateToYear(crowded.date),
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
  ]
    .filter(Boolean)
    .join(' ');

  return { xDomain, yDomain, xTicks, yTicks: y.ticks(5), series, labels, notes, unit, description };
}
