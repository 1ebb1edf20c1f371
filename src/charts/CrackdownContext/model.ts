/**
 * Everything the "crackdown in context" chart draws for a given state, as plain data: the shared time axis, one
 * panel per measure (homicide rate, cumulative arrests) with its domain, marks, direct labels, state-of-exception
 * marker and chart note, and the prose description. The Svelte composition only tweens and renders this, so the
 * server, the browser, the registry (description, data table) and tests agree on what a state shows.
 *
 * Layout rule the numbers below rely on: each panel keeps the top ~30% of its plot free of data (see HEADROOM), so
 * the state-of-exception label can always sit there without covering a line or a value label.
 */
import { scaleLinear } from 'd3-scale';
import { arrests } from '../../data/arrests';
import { homicideRate } from '../../data/homicides';
import { STATE_OF_EXCEPTION_START } from '../../data/stateOfException';
import { dateToYear, parseIsoDate, yearStart } from '../../data/dates';
import type { Confidence, IsoDate, Language, Observation, Qualifier } from '../../data/types';
import type { SourceId } from '../../data/sources';
import { formatCompact, formatDate, formatNumber, formatQualified } from '../../lib/format';
import { seriesColor } from '../palette';
import type { CrackdownContextState } from './state';
import type { Readout } from '../readout/attrs';
import { readoutOf } from '../readout/text';
import { t } from '../../lib/i18n';
import type { UiKey } from '../../lib/uiText';

export type PanelKey = 'homicides' | 'arrests';
export const PANEL_KEYS: readonly PanelKey[] = ['homicides', 'arrests'];

/**
 * First year whose official homicide count leaves out deaths in clashes with security forces, bodies in
 * clandestine graves and deaths in prison (InSight Crime; see the header of src/data/homicides.ts, which states it
 * in words only). From this year on the official line is dashed.
 */
export const NARROWER_COUNT_FROM = 2019;

/** The close-up starts with the year the state of exception began: the years the chapter compares. */
export const ZOOM_FROM = dateToYear(STATE_OF_EXCEPTION_START) | 0;
/**
 * The close-up is drawn when the plot's scale is at least this many times the close-up's: then the latest rates
 * take up less than a quarter of the plot's height and their differences are a few pixels.
 */
export const ZOOM_WHEN_FLATTER_THAN = 4;

/** Multiplier on the highest visible value before rounding the y domain up: room at the top for the marker label. */
const HEADROOM: Record<PanelKey, number> = { homicides: 1.35, arrests: 1.4 };

export interface CtxPoint {
  x: number;
  y: number;
  date: IsoDate;
  value: number;
  qualifier: Qualifier | undefined;
  source: SourceId;
  confidence: Confidence;
  note: string | undefined;
}

export interface CtxSegment {
  key: string;
  points: [number, number][];
  dash: string | undefined;
}

/** A direct label at a point: the value in bold, the date (or other detail) under it. */
export interface ValueTag {
  key: string;
  x: number;
  y: number;
  value: string;
  detail: string;
  /** `right`: beside the point; `right-up`: beside it, bottom-aligned; `above-left`: above, ending at the point. */
  place: 'right' | 'right-up' | 'above-left';
  color: string;
}

/** The independent estimate: a hollow mark at its value, with an attributed label block above it. */
export interface EstimateMark {
  x: number;
  y: number;
  /** Bottom of the label block, in data units (the leader runs from here down to the mark). */
  labelY: number;
  value: string;
  /** The official figure for the same year, for comparison; absent if there is none. */
  official: string | undefined;
  text: string;
  color: string;
  readout: Readout;
}

/**
 * A close-up of the official rate's latest years on a scale of their own, under the panel's plot: on the panel's
 * scale, set by the rates of a decade ago, the recent rates and the independent estimate all sit on the baseline
 * and the gap between them (the one the chapter discusses) cannot be seen.
 */
export interface ZoomModel {
  /** Says that this is a close-up, of which years, and that its scale differs from the plot's above. */
  title: string;
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  yTicks: { value: number; label: string }[];
  points: [number, number][];
  dots: { key: string; x: number; y: number; confidence: Confidence }[];
  /** Every official value (right of its point) and the estimate's, above its diamond. */
  tags: ValueTag[];
  estimate: { x: number; y: number; color: string } | undefined;
}

export interface PanelModel {
  key: PanelKey;
  shown: boolean;
  title: string;
  color: string;
  yDomain: [number, number];
  yTicks: { value: number; label: string }[];
  segments: CtxSegment[];
  /** With their read-outs (src/charts/readout/) where they fall in the years shown. */
  dots: { key: string; x: number; y: number; confidence: Confidence; readout?: Readout }[];
  /** Points the source gave as a floor ("more than"): drawn with an upward arrowhead. */
  atLeast: { key: string; x: number; y: number }[];
  tags: ValueTag[];
  estimate: EstimateMark | undefined;
  /**
   * The state-of-exception line and its label. `labelHeight`: where the label's text starts, as a share of the
   * y domain's top (1 hangs it from the top, 0.3 sets it low); the live panel and the image both place it so.
   */
  marker: { x: number; text: string; side: 'left' | 'right'; labelHeight: number; visible: boolean };
  /** Plain-words chart note under the plot (the counting caveat, the "more than" key). */
  note: string;
  /** Shown instead of marks when no figure falls in the years of the state. */
  empty: string | undefined;
  /** The close-up of the latest years (homicides only), when the plot's scale flattens them. */
  zoom: ZoomModel | undefined;
}

export interface TableSeries {
  label: string;
  /** Marks every row of the series as an estimate, not an official figure. */
  estimate: boolean;
  points: CtxPoint[];
}

declare module '../states' {
  interface ChartModelTypes {
    'crackdown-context': CrackdownModel;
  }
}

export interface CrackdownModel {
  xDomain: [number, number];
  xTicks: number[];
  panels: Record<PanelKey, PanelModel>;
  shown: PanelKey[];
  /** The observations drawn in the shown panels within the years of the state, for the data table. */
  table: TableSeries[];
  description: string;
}

function toPoints(list: readonly Observation<SourceId>[]): CtxPoint[] {
  return list.map((o) => ({
    x: dateToYear(o.date),
    y: o.value,
    date: o.date,
    value: o.value,
    qualifier: o.qualifier,
    source: o.source,
    confidence: o.confidence,
    note: o.note,
  }));
}

function yearOf(date: IsoDate): number {
  return parseIsoDate(date)!.year;
}

function yScaleFor(key: PanelKey, visible: readonly CtxPoint[], fallback: readonly CtxPoint[]) {
  const values = (visible.length > 0 ? visible : fallback).map((p) => p.y);
  return scaleLinear()
    .domain([0, Math.max(1, ...values) * HEADROOM[key]])
    .nice(4);
}

/**
 * The close-up of the official rate from ZOOM_FROM on, with the estimate for any of those years: only when the
 * state shows those years and the plot's scale flattens them (ZOOM_WHEN_FLATTER_THAN).
 */
function zoomOf(
  official: readonly CtxPoint[],
  estimates: readonly CtxPoint[],
  visible: readonly CtxPoint[],
  plotDomain: [number, number],
  lang: Language,
  color: string,
  estimateColor: string,
): ZoomModel | undefined {
  const recent = official.filter((p) => yearOf(p.date) >= ZOOM_FROM);
  if (recent.length < 2 || !recent.every((p) => visible.includes(p))) return undefined;
  const from = yearOf(recent[0]!.date);
  const to = yearOf(recent.at(-1)!.date);
  const est = estimates.find((p) => yearOf(p.date) >= from && yearOf(p.date) <= to);
  const sameYear = est && recent.find((p) => yearOf(p.date) === yearOf(est.date));
  if (est && !sameYear) return undefined;
  const scale = scaleLinear()
    .domain([0, Math.max(...recent.map((p) => p.y), est?.y ?? 0) * 1.2])
    .nice(4);
  const yDomain = scale.domain() as [number, number];
  if (plotDomain[1] / yDomain[1] < ZOOM_WHEN_FLATTER_THAN) return undefined;
  const xTicks: number[] = [];
  for (let year = from; year <= to; year++) xTicks.push(yearStart(year));
  const tag = (p: CtxPoint, key: string, place: ValueTag['place'], c: string): ValueTag => ({
    key,
    x: p.x,
    y: p.y,
    value: formatNumber(p.value, lang),
    detail: '',
    place,
    color: c,
  });
  return {
    title: t(lang, 'ctx.zoom.title', { from, to, max: formatNumber(yDomain[1], lang) }),
    xDomain: [yearStart(from), yearStart(to + 1)],
    xTicks,
    yDomain,
    yTicks: scale.ticks(3).map((v) => ({ value: v, label: formatNumber(v, lang) })),
    points: recent.map((p) => [p.x, p.y]),
    dots: recent.map((p) => ({ key: `zoom-${p.date}`, x: p.x, y: p.y, confidence: p.confidence })),
    // The official figure of the estimate's year is written in the estimate's tag, beside it, not in a tag of
    // its own, which would sit against the estimate's just above it.
    tags: [
      ...recent.filter((p) => p !== sameYear).map((p) => tag(p, `zoom-${p.date}`, 'right-up', color)),
      ...(est
        ? [
            {
              ...tag(est, 'zoom-estimate', 'right-up', estimateColor),
              detail: t(lang, 'ctx.zoom.estimate', { official: formatNumber(sameYear?.value ?? NaN, lang) }),
            },
          ]
        : []),
    ],
    estimate: est && { x: est.x, y: est.y, color: estimateColor },
  };
}

export function crackdownModel(state: CrackdownContextState, lang: Language): CrackdownModel {
  const [from, to] = state.years;
  const xDomain: [number, number] = [yearStart(from), yearStart(to + 1)];
  const inYears = (p: CtxPoint) => {
    const y = yearOf(p.date);
    return y >= from && y <= to;
  };
  const shown: PanelKey[] = state.measure === 'both' ? ['homicides', 'arrests'] : [state.measure];

  const span = to - from + 1;
  const step = span > 6 ? 2 : 1;
  const xTicks: number[] = [];
  for (let year = from; year <= to; year++) if ((year - from) % step === 0) xTicks.push(yearStart(year));

  const soe = dateToYear(STATE_OF_EXCEPTION_START);
  const soeDate = formatDate(STATE_OF_EXCEPTION_START, lang);
  const soeFraction = (soe - xDomain[0]) / (xDomain[1] - xDomain[0]);
  const marker = {
    x: soe,
    text: t(lang, 'ctx.marker', { date: soeDate }),
    // The label goes where the plot is empty: left of the line when there is room there, else right of it.
    side: soeFraction > 0.5 ? ('left' as const) : ('right' as const),
    labelHeight: 1,
    visible: soeFraction >= 0 && soeFraction <= 1,
  };
  const emptyText = t(lang, 'ctx.empty', { from, to });

  // Homicide rate: official series (solid to NARROWER_COUNT_FROM, dashed after) and the independent estimate.
  const official = toPoints(homicideRate.official);
  const estimates = toPoints(homicideRate['independent-estimate']);
  const officialVisible = official.filter(inYears);
  // Rows for the arrow keys: the official rate, the estimate, then the arrests panel below.
  const readout = (p: CtxPoint, series: UiKey, value: string, row: number): Readout =>
    readoutOf(lang, { series: t(lang, series), date: p.date, value, source: p.source, confidence: p.confidence, row });
  const estimateVisible = estimates.filter(inYears);
  const hScale = yScaleFor('homicides', [...officialVisible, ...estimateVisible], official);
  const hDomain = hScale.domain() as [number, number];
  const hColor = seriesColor('homicides');
  const eColor = seriesColor('estimate');
  const narrowFrom = official.findIndex((p) => yearOf(p.date) >= NARROWER_COUNT_FROM);
  const segments: CtxSegment[] =
    narrowFrom < 0
      ? [{ key: 'official', points: official.map((p) => [p.x, p.y]), dash: undefined }]
      : [
          { key: 'official-before', points: official.slice(0, narrowFrom + 1).map((p) => [p.x, p.y]), dash: undefined },
          { key: 'official-after', points: official.slice(narrowFrom).map((p) => [p.x, p.y]), dash: '5 4' },
        ];
  const hTags: ValueTag[] = [];
  const firstOfficial = officialVisible[0];
  const lastOfficial = officialVisible.at(-1);
  if (firstOfficial && lastOfficial && firstOfficial !== lastOfficial) {
    hTags.push({
      key: 'first',
      x: firstOfficial.x,
      y: firstOfficial.y,
      value: formatNumber(firstOfficial.value, lang),
      detail: formatDate(firstOfficial.date, lang),
      place: 'right-up',
      color: hColor,
    });
  }
  if (lastOfficial) {
    hTags.push({
      key: 'last',
      x: lastOfficial.x,
      y: lastOfficial.y,
      value: formatNumber(lastOfficial.value, lang),
      detail: formatDate(lastOfficial.date, lang),
      place: 'right-up',
      color: hColor,
    });
  }
  const est = estimateVisible[0];
  const officialSameYear = est && official.find((p) => yearOf(p.date) === yearOf(est.date));
  const estimate: EstimateMark | undefined = est && {
    x: est.x,
    y: est.y,
    labelY: Math.max(hDomain[1] * 0.4, est.y + hDomain[1] * 0.15),
    value: t(lang, 'ctx.estimate.value', { value: formatNumber(est.value, lang), year: yearOf(est.date) }),
    official:
      officialSameYear && t(lang, 'ctx.estimate.official', { value: formatNumber(officialSameYear.value, lang) }),
    text: t(lang, 'ctx.estimate.label'),
    color: eColor,
    readout: readout(est, 'ctx.series.estimate', formatNumber(est.value, lang), 1),
  };
  const zoom = zoomOf(official, estimates, officialVisible, hDomain, lang, hColor, eColor);
  const homicides: PanelModel = {
    key: 'homicides',
    shown: shown.includes('homicides'),
    title: t(lang, 'ctx.panel.homicides'),
    color: hColor,
    yDomain: hDomain,
    yTicks: hScale.ticks(4).map((v) => ({ value: v, label: formatNumber(v, lang) })),
    segments,
    dots: official.map((p) => ({
      key: `official-${p.date}`,
      x: p.x,
      y: p.y,
      confidence: p.confidence,
      ...(officialVisible.includes(p) && {
        readout: readout(p, 'ctx.series.official', formatNumber(p.value, lang), 0),
      }),
    })),
    atLeast: [],
    tags: hTags,
    estimate,
    marker,
    note: t(lang, 'ctx.note.homicides', { year: NARROWER_COUNT_FROM }),
    empty: officialVisible.length === 0 ? emptyText : undefined,
    zoom,
  };

  // Cumulative arrests: one line, "more than" figures marked, the latest visible value labelled.
  const arrestPoints = toPoints(arrests);
  const arrestsVisible = arrestPoints.filter(inYears);
  const aScale = yScaleFor('arrests', arrestsVisible, arrestPoints);
  const aDomain = aScale.domain() as [number, number];
  const aColor = seriesColor('arrests');
  const lastArrest = arrestsVisible.at(-1);
  const arrestsPanel: PanelModel = {
    key: 'arrests',
    shown: shown.includes('arrests'),
    title: t(lang, 'ctx.panel.arrests'),
    color: aColor,
    yDomain: aDomain,
    yTicks: aScale.ticks(4).map((v) => ({ value: v, label: formatCompact(v, lang) })),
    segments: [{ key: 'arrests', points: arrestPoints.map((p) => [p.x, p.y]), dash: undefined }],
    dots: arrestPoints.map((p) => ({
      key: `arrests-${p.date}`,
      x: p.x,
      y: p.y,
      confidence: p.confidence,
      ...(arrestsVisible.includes(p) && {
        readout: readout(
          p,
          'ctx.series.arrests',
          t(lang, 'ctx.label.arrests', { value: formatQualified(p.value, p.qualifier, lang) }),
          2,
        ),
      }),
    })),
    atLeast: arrestPoints
      .filter((p) => p.qualifier === 'at-least')
      .map((p) => ({ key: `at-least-${p.date}`, x: p.x, y: p.y })),
    tags: lastArrest
      ? [
          {
            key: 'last',
            x: lastArrest.x,
            y: lastArrest.y,
            value: t(lang, 'ctx.label.arrests', {
              value: formatQualified(lastArrest.value, lastArrest.qualifier, lang),
            }),
            detail: formatDate(lastArrest.date, lang),
            place: 'above-left',
            color: aColor,
          },
        ]
      : [],
    estimate: undefined,
    // No arrests are counted before the state of exception, so left of its line the plot is empty to the bottom:
    // the label goes low there, leaving the top free for the latest value.
    marker: { ...marker, labelHeight: marker.side === 'left' ? 0.3 : 1 },
    note: t(lang, 'ctx.note.arrests'),
    empty: arrestsVisible.length === 0 ? emptyText : undefined,
    zoom: undefined,
  };

  const table: TableSeries[] = [];
  if (homicides.shown) {
    table.push({ label: t(lang, 'ctx.series.official'), estimate: false, points: officialVisible });
    if (estimateVisible.length > 0)
      table.push({ label: t(lang, 'ctx.series.estimate'), estimate: true, points: estimateVisible });
  }
  if (arrestsPanel.shown) table.push({ label: t(lang, 'ctx.series.arrests'), estimate: false, points: arrestsVisible });

  // Description: what each shown panel says, then the estimate and the counting caveat, then the marker.
  const hVars = firstOfficial &&
    lastOfficial && {
      from: yearOf(firstOfficial.date),
      fromValue: formatNumber(firstOfficial.value, lang),
      to: yearOf(lastOfficial.date),
      toValue: formatNumber(lastOfficial.value, lang),
    };
  const aVars = lastArrest && {
    value: formatQualified(lastArrest.value, lastArrest.qualifier, lang),
    date: formatDate(lastArrest.date, lang),
  };
  const hText = hVars
    ? t(lang, 'ctx.describe.homicides', hVars)
    : t(lang, 'ctx.describe.none', { series: t(lang, 'ctx.series.official'), from, to });
  const aText = aVars
    ? t(lang, 'ctx.describe.arrests', aVars)
    : t(lang, 'ctx.describe.none', { series: t(lang, 'ctx.series.arrests'), from, to });
  const parts: string[] = [];
  if (state.measure === 'both')
    parts.push(hVars && aVars ? t(lang, 'ctx.describe.both', { ...hVars, ...aVars }) : `${hText} ${aText}`);
  else parts.push(state.measure === 'homicides' ? hText : aText);
  if (homicides.shown && est) {
    parts.push(t(lang, 'ctx.describe.estimate', { value: formatNumber(est.value, lang), year: yearOf(est.date) }));
  }
  if (homicides.shown) parts.push(t(lang, 'ctx.describe.caveat', { year: NARROWER_COUNT_FROM }));
  if (marker.visible) parts.push(t(lang, 'ctx.describe.marker', { date: soeDate }));

  return {
    xDomain,
    xTicks,
    panels: { homicides, arrests: arrestsPanel },
    shown,
    table,
    description: parts.join(' '),
  };
}
