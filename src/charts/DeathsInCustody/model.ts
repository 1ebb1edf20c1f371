/**
 * Everything the deaths-in-custody chart draws for a given state, as plain data.
 *
 * Two views share one frame: the timeline (one cumulative line per counter, never merged or summed) and a
 * breakdown of causes as horizontal bars. The timeline's end, `through`, is animated by the composition as a
 * number; `timelineFrame` turns that number into what is on screen, so the server, a tween in the browser and
 * a scroll-driven cutoff all draw the same picture for the same date.
 */
import { scaleLinear } from 'd3-scale';
import {
  DEATH_COUNTERS,
  deathsInCustody,
  LATEST_DEATHS_DATE,
  STATE_OF_EXCEPTION_START,
  type DeathCounter,
} from '../../data/deaths';
import { dateToTime, dateToYear, yearStart } from '../../data/dates';
import type { Confidence, IsoDate, Language, Observation, Qualifier } from '../../data/types';
import type { SourceId } from '../../data/sources';
import { formatDate, formatNumber, formatQualified, formatShare } from '../../lib/format';
import type { UiKey } from '../../lib/uiText';
import { seriesColor } from '../palette';
import type { Shape } from '../shapes';
import { causesOfDeath, type CauseBreakdown } from '../../data/deathCauses';
import type { DeathsInCustodyState } from './state';
import type { Readout } from '../readout/attrs';
import { readoutOf } from '../readout/text';
import { t } from '../../lib/i18n';

/** The latest figure a counter had published at or before `date` (partial ISO dates compare by midpoint). */
export function countsThrough(counter: DeathCounter, date: IsoDate): Observation<SourceId> | undefined {
  const until = dateToTime(date);
  return deathsInCustody[counter].filter((o) => dateToTime(o.date) <= until).at(-1);
}

export interface TimelinePoint {
  x: number;
  y: number;
  date: IsoDate;
  value: number;
  qualifier: Qualifier;
  /** The value as a label shows it, with "≥" for "at least" and "~" for "about", e.g. "≥241". */
  valueText: string;
  confidence: Confidence;
  /** What a reader gets on pointing at the point (src/charts/readout/). */
  readout: Readout;
}

export interface TimelineSeries {
  counter: DeathCounter;
  /** Full name, e.g. "Socorro Jurídico Humanitario". */
  label: string;
  /** Compact name for narrow screens, e.g. "SJH". */
  shortLabel: string;
  color: string;
  /** Its marker shape, for points, label and key item (COUNTER_SHAPES). */
  shape: Shape;
  /** In `state.counters`; hidden series stay in the model so they can fade out. */
  shown: boolean;
  points: TimelinePoint[];
}

export interface CauseBar {
  key: string;
  label: string;
  value: number;
  /** Formatted value: a count, or a share with "%". */
  text: string;
  /** Bar length, 0-100 (percent of the widest bar). */
  width: number;
  /** The remainder of a percentage breakdown: worked out here, not published. */
  remainder: boolean;
  /** Extra words under the label (for the remainder: how it was computed). */
  detail: string | undefined;
  /** What a reader gets on pointing at the bar (src/charts/readout/); each bar is a row of its own. */
  readout: Readout;
}

export interface CausesModel {
  id: CauseBreakdown['id'];
  counter: CauseBreakdown['counter'];
  color: string;
  subtitle: string;
  bars: CauseBar[];
  /** Shown under the bars when the breakdown needs a caveat (e.g. shares that do not add up to 100%). */
  caveat: string | undefined;
}

declare module '../states' {
  interface ChartModelTypes {
    'deaths-in-custody': DeathsModel;
  }
}

export interface DeathsModel {
  view: DeathsInCustodyState['view'];
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: number[];
  /** Each with its label as written on the axis. */
  yTicks: { value: number; label: string }[];
  /** `state.through` as a decimal year, the value the composition tweens. */
  throughX: number;
  series: TimelineSeries[];
  /** Cristosal's report of 15 April 2024, drawn once the timeline reaches it (when Cristosal is shown). */
  marker: {
    x: number;
    /**
     * Where its note's text starts: left of the marker and high up, where no line runs (every count drawn before
     * April 2024 is lower than the figures at the marker). Data units and side; the live chart and the image read it.
     */
    y: number;
    side: 'left' | 'right';
    /** Widest the note may be, in ems of its text. */
    widthEm: number;
    text: string;
    shown: boolean;
  };
  unit: string;
  causes: CausesModel;
  description: string;
}

/** Rounds away floating-point noise in sums of one-decimal shares (36.5 + 33.2 + 24.3). */
const tenth = (v: number) => Math.round(v * 10) / 10;

function qualifierMark(q: Qualifier): string {
  return q === 'at-least' ? '≥' : q === 'about' || q === 'estimate' ? '~' : '';
}

function share(value: number, lang: Language): string {
  return formatShare(value / 100, lang, Number.isInteger(value) ? 0 : 1);
}

/**
 * Each counter's marker shape, one per counter, so lines that cross stay apart without colour (forced colours,
 * colour vision deficiencies). The triangle pointing down, not up, for the official count, which is drawn
 * beside the "at least" chevrons.
 */
export const COUNTER_SHAPES: Record<DeathCounter, Shape> = {
  cristosal: 'circle',
  sjh: 'square',
  movir: 'diamond',
  official: 'triangle-down',
  amnesty: 'triangle',
};

export function counterLabel(counter: DeathCounter, lang: Language): string {
  return t(lang, `deaths.counter.${counter}`);
}

function causesModel(breakdown: CauseBreakdown, lang: Language): CausesModel {
  const counter = counterLabel(breakdown.counter, lang);
  const date = formatDate(breakdown.date, lang);
  const total = formatNumber(breakdown.total, lang);
  const percent = breakdown.unit === 'percent';
  const format = (v: number) => (percent ? share(v, lang) : formatNumber(v, lang));

  const stated = breakdown.categories.map((c) => ({
    key: `${breakdown.id}-${c.id}`,
    // Category ids are checked against en.json by `t`, which throws on a missing key.
    label: t(lang, `deaths.cause.${c.id}` as UiKey),
    value: c.value,
    remainder: false,
    detail: undefined as string | undefined,
  }));
  const sum = tenth(breakdown.categories.reduce((acc, c) => acc + c.value, 0));
  const rest = percent ? tenth(100 - sum) : 0;
  const all =
    rest > 0
      ? [
          ...stated,
          {
            key: `${breakdown.id}-not-stated`,
            label: t(lang, 'deaths.causes.notStated'),
            value: rest,
            remainder: true,
            detail: t(lang, 'deaths.causes.notStatedDetail', { sum: share(sum, lang) }),
          },
        ]
      : stated;
  const max = Math.max(...all.map((b) => b.value));

  return {
    id: breakdown.id,
    counter: breakdown.counter,
    color: seriesColor(breakdown.counter),
    subtitle: t(lang, percent ? 'deaths.causes.subtitlePercent' : 'deaths.causes.subtitle', { counter, total, date }),
    bars: all.map((b, row) => ({
      ...b,
      text: format(b.value),
      width: (b.value / max) * 100,
      readout: readoutOf(lang, {
        series: `${counter}: ${b.label}`,
        date: breakdown.date,
        value: t(lang, percent ? 'deaths.readout.share' : 'deaths.readout.count', {
          value: format(b.value),
          total,
        }),
        source: breakdown.source,
        confidence: breakdown.confidence,
        row,
      }),
    })),
    caveat: rest > 0 ? t(lang, 'deaths.causes.caveat', { counter, sum: share(sum, lang) }) : undefined,
  };
}

function timelineDescription(state: DeathsInCustodyState, lang: Language): string {
  const sentences = [
    t(lang, 'deaths.describe.timeline', {
      start: formatDate(STATE_OF_EXCEPTION_START, lang),
      through: formatDate(state.through, lang),
    }),
  ];
  for (const counter of state.counters) {
    const name = counterLabel(counter, lang);
    const o = countsThrough(counter, state.through);
    if (!o) sentences.push(t(lang, 'deaths.describe.counterNone', { counter: name }));
    else if (o.date === state.through)
      sentences.push(
        t(lang, 'deaths.describe.counter', { counter: name, value: formatQualified(o.value, o.qualifier, lang) }),
      );
    else
      sentences.push(
        t(lang, 'deaths.describe.counterDated', {
          counter: name,
          value: formatQualified(o.value, o.qualifier, lang),
          date: formatDate(o.date, lang),
        }),
      );
  }
  if (state.counters.includes('sjh')) sentences.push(t(lang, 'deaths.describe.sjhCells'));
  if (state.counters.length > 1) sentences.push(t(lang, 'deaths.describe.notSummed'));
  return sentences.join(' ');
}

function causesDescription(causes: CausesModel, lang: Language): string {
  const stated = causes.bars.filter((b) => !b.remainder);
  const rest = causes.bars.find((b) => b.remainder);
  return [
    t(lang, 'deaths.describe.causes', { subtitle: causes.subtitle }),
    stated.map((b) => `${b.label}: ${b.text}`).join('; ') + '.',
    rest ? t(lang, 'deaths.describe.causesRemainder', { rest: rest.text, detail: rest.detail ?? '' }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function deathsModel(state: DeathsInCustodyState, lang: Language): DeathsModel {
  const xDomain: [number, number] = [dateToYear(STATE_OF_EXCEPTION_START), dateToYear(LATEST_DEATHS_DATE)];
  const series: TimelineSeries[] = DEATH_COUNTERS.map((counter, row) => ({
    counter,
    label: counterLabel(counter, lang),
    shortLabel: t(lang, `deaths.counterShort.${counter}`),
    color: seriesColor(counter),
    shape: COUNTER_SHAPES[counter],
    shown: state.counters.includes(counter),
    points: deathsInCustody[counter].map((o) => ({
      x: dateToYear(o.date),
      y: o.value,
      date: o.date,
      value: o.value,
      qualifier: o.qualifier ?? 'exact',
      valueText: `${qualifierMark(o.qualifier ?? 'exact')}${formatNumber(o.value, lang)}`,
      confidence: o.confidence,
      readout: readoutOf(lang, {
        series: counterLabel(counter, lang),
        date: o.date,
        value: t(lang, 'deaths.readout.deaths', { value: formatQualified(o.value, o.qualifier, lang) }),
        source: o.source,
        confidence: o.confidence,
        row,
      }),
    })),
  }));

  // The y scale covers the whole period of the counters shown, so lines grow into a fixed frame.
  const maxY = Math.max(1, ...series.filter((s) => s.shown).flatMap((s) => s.points.map((p) => p.y)));
  const y = scaleLinear().domain([0, maxY * 1.05]);
  const firstYear = Math.floor(xDomain[0]) + 1;
  const lastYear = Math.floor(xDomain[1]);
  const xTicks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => yearStart(firstYear + i));

  const report = causesOfDeath['cristosal-2024'];
  const marker: DeathsModel['marker'] = {
    x: dateToYear(report.date),
    y: y.domain()[1]! * 0.97,
    side: 'left',
    widthEm: 14.2,
    text: t(lang, 'deaths.note.cristosalReport', {
      date: formatDate(report.date, lang),
      total: formatNumber(report.total, lang),
    }),
    shown: state.counters.includes(report.counter),
  };

  const causes = causesModel(causesOfDeath[state.breakdown], lang);
  return {
    view: state.view,
    xDomain,
    yDomain: y.domain() as [number, number],
    xTicks,
    yTicks: y.ticks(5).map((value) => ({ value, label: formatNumber(value, lang) })),
    throughX: dateToYear(state.through),
    series,
    marker,
    unit: t(lang, 'deaths.unit'),
    causes,
    description: state.view === 'timeline' ? timelineDescription(state, lang) : causesDescription(causes, lang),
  };
}

export { LABEL_WIDTH_EM, timelineFrame, type FrameLabel, type FrameSeries, type TimelineFrame } from './frame';
