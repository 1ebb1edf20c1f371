/**
 * Everything the timeline draws for a state, computed on the server in the page's language: where each event
 * sits (in percent of the plot's height, time running downward), where its label goes once labels are spread
 * apart, the axis ticks and the description. The island receives this and only animates between states, so the
 * browser carries no data module, no strings and no scale code.
 */
import { dateBounds, parseIsoDate } from '../../data/dates';
import type { IsoDate, Language } from '../../data/types';
import { LOCALES, t, type UiKey } from '../../lib/i18n';
import { formatDate } from '../../lib/format';
import { dodgeSized } from '../dodge';
import { LANES, timelineEvents, type Lane, type TimelineEvent, type TimelineEventId } from '../../data/datedEvents';
import type { TimelineState, TimelineZoom } from './state';
import type { Readout } from '../readout/attrs';
import { readoutOf } from '../readout/text';
import { place } from './place';

/**
 * The shortest plot the chart's CSS allows, in pixels: labels are spread apart for this height, so on any taller
 * plot they are at least as far apart.
 */
export const MIN_PLOT_HEIGHT_PX = 216;
/** One label line, in pixels (12 px text on a 14 px line, and a pixel between lines). */
export const LABEL_LINE_PX = 14;

/** The editorial windows of the zoomed views, as partial dates: from the start of the first to the end of the last. */
const WINDOWS: Record<Exclude<TimelineZoom, 'all'>, [IsoDate, IsoDate]> = {
  flights: ['2025-03-14', '2025-03-17'],
  spring: ['2025-03', '2025-05'],
};

const DAY_MS = 24 * 3600 * 1000;

export interface DrawnEvent {
  id: TimelineEventId;
  lane: Lane;
  /** Whether the event is in the window and its lane is shown. */
  shown: boolean;
  highlight: boolean;
  /** Top of the mark, percent of the plot height: a point's centre, or a band's start. */
  y: number;
  /** A band's height in percent; 0 for a point (an event dated to the day). */
  span: number;
  /** Centre of the label, percent of the plot height, after spreading labels apart. */
  labelY: number;
  /** The date as short as the axis allows ("15 Mar", "15–16 Mar", "Mar–Jul"). */
  when: string;
  text: string;
  /** What a reader gets on pointing at the event (src/charts/readout/), while it is shown. */
  readout?: Readout;
}

declare module '../states' {
  interface ChartModelTypes {
    timeline: TimelineModel;
  }
}

export interface TimelineModel {
  events: DrawnEvent[];
  /** Gridlines at day or month starts, percent of the plot height, with their labels. */
  ticks: { key: string; y: number; label: string }[];
  lanes: { key: Lane; label: string; shown: boolean }[];
  description: string;
}

/** Start and end of the period an event covers, in milliseconds (UTC). */
export function eventBounds(e: Pick<TimelineEvent, 'date' | 'until'>): [number, number] {
  return [dateBounds(e.date)[0], dateBounds(e.until ?? e.date)[1]];
}

/** A point is an event dated to one day; anything longer or vaguer is a band. */
export function isPoint(e: Pick<TimelineEvent, 'date' | 'until'>): boolean {
  return e.until === undefined && parseIsoDate(e.date)?.precision === 'day';
}

function monthStart(ms: number, add = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1);
}

/** The window of a zoom, in milliseconds (UTC): 'all' runs from the first event's month to the last's. */
export function windowOf(zoom: TimelineZoom): [number, number] {
  if (zoom !== 'all') return [dateBounds(WINDOWS[zoom][0])[0], dateBounds(WINDOWS[zoom][1])[1]];
  const bounds = timelineEvents.map(eventBounds);
  return [monthStart(Math.min(...bounds.map((b) => b[0]))), monthStart(Math.max(...bounds.map((b) => b[1])) - 1, 1)];
}

function shortDate(ms: number, lang: Language, withDay: boolean): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : LOCALES[lang], {
    ...(withDay && { day: 'numeric' }),
    month: 'short',
    timeZone: 'UTC',
  }).format(ms);
}

/** "15 Mar" for a day, "Mar" for a month, "15–16 Mar" or "Mar–Jul" for a span, as precise as its records. */
function shortWhen(e: TimelineEvent, lang: Language): string {
  const day = parseIsoDate(e.date)?.precision === 'day';
  const [start, end] = eventBounds(e);
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : LOCALES[lang], {
    ...(day && { day: 'numeric' }),
    month: 'short',
    timeZone: 'UTC',
  });
  // Spans longer than a month are named by their months only: "Mar–Jul" (the exact ends are in the description).
  if (e.until && end - start > 31 * DAY_MS)
    return shortDate(start, lang, false) + '–' + shortDate(end - 1, lang, false);
  if (!e.until) return format.format(start);
  // The ends are joined here rather than by Intl's formatRange, whose ranges differ from its single dates in some
  // locales ("15 – 16 de mar" in es-SV beside "15 mar") and set the dash between thin spaces the images' font lacks.
  const [first, last] = [format.format(start), format.format(end - 1)];
  if (first === last) return first;
  const sameMonth = new Date(start).getUTCMonth() === new Date(end - 1).getUTCMonth();
  return day && sameMonth ? `${new Date(start).getUTCDate()}–${last}` : `${first}–${last}`;
}

/** The date written out for the description and the table: "15 March 2025", "15–16 March 2025". */
export function longWhen(e: Pick<TimelineEvent, 'date' | 'until'>, lang: Language): string {
  if (!e.until) return formatDate(e.date, lang);
  const [start, end] = eventBounds(e);
  const range = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' })
    .formatRange(start, end - 1)
    .replace(/[\u2009\u202f]/g, ' ');
  // English spaces the dash of a range of days within a month ("15 – 16 March"); days take a closed one.
  return range.replace(/(\d) – (\d)/g, '$1–$2');
}

export function eventLabel(id: TimelineEventId, lang: Language): string {
  return t(lang, `tl.event.${id}` as UiKey);
}

export function laneLabel(lane: Lane, lang: Language): string {
  return t(lang, `tl.lane.${lane}` as UiKey);
}

/** A time's place on a plot from t0 to t1, in percent of its height. */
const placeIn = (t0: number, t1: number) => (ms: number) => place(((ms - t0) / (t1 - t0)) * 100);

function ticksOf(zoom: TimelineZoom, [t0, t1]: [number, number], lang: Language): TimelineModel['ticks'] {
  const y = placeIn(t0, t1);
  const ticks: TimelineModel['ticks'] = [];
  if (zoom === 'flights') {
    for (let ms = t0; ms < t1; ms += DAY_MS) ticks.push({ key: `d${ms}`, y: y(ms), label: shortDate(ms, lang, true) });
    return ticks;
  }
  for (let ms = t0; ms < t1; ms = monthStart(ms, 1)) {
    const month = shortDate(ms, lang, false);
    const january = new Date(ms).getUTCMonth() === 0;
    ticks.push({
      key: `m${ms}`,
      y: y(ms),
      label: ms === t0 || january ? `${month} ${new Date(ms).getUTCFullYear()}` : month,
    });
  }
  return ticks;
}

/**
 * The model as a drawing that never changes needs it (see `still` in src/charts/define.ts): the events its lanes and
 * window show. The others wait, hidden, at their marks only so that a live chart can slide them in.
 */
export function stillTimeline(model: TimelineModel): TimelineModel {
  return { ...model, events: model.events.filter((e) => e.shown) };
}

export function timelineModel(state: TimelineState, lang: Language): TimelineModel {
  const [t0, t1] = windowOf(state.zoom);
  const y = placeIn(t0, t1);

  const events: DrawnEvent[] = timelineEvents.map((e) => {
    const [start, end] = eventBounds(e);
    const point = isPoint(e);
    const shown = state.lanes.includes(e.lane) && start >= t0 && end <= t1;
    return {
      id: e.id,
      lane: e.lane,
      shown,
      highlight: state.highlight === e.id,
      y: point ? y((start + end) / 2) : y(start),
      span: point ? 0 : place(y(end) - y(start)),
      labelY: 0,
      when: shortWhen(e, lang),
      text: eventLabel(e.id, lang),
      ...(shown && {
        readout: readoutOf(lang, {
          series: laneLabel(e.lane, lang),
          date: e.date,
          dateText: longWhen(e, lang),
          value: eventLabel(e.id, lang),
          source: e.sources[0]!,
          confidence: e.confidence,
          row: LANES.indexOf(e.lane),
          at: start,
        }),
      }),
    };
  });

  // Labels sit beside their marks, spread apart at the shortest plot height; a band is labelled at its middle.
  const shown = events.filter((e) => e.shown);
  const half = LABEL_LINE_PX / 2;
  const toPx = (pct: number) => Math.min(MIN_PLOT_HEIGHT_PX - half, Math.max(half, (pct / 100) * MIN_PLOT_HEIGHT_PX));
  const offsets = dodgeSized(
    shown.map((e) => ({ center: toPx(e.y + e.span / 2), height: LABEL_LINE_PX - 1 })),
    { gap: 1, bottom: MIN_PLOT_HEIGHT_PX },
  );
  shown.forEach((e, i) => (e.labelY = place(((toPx(e.y + e.span / 2) + offsets[i]!) / MIN_PLOT_HEIGHT_PX) * 100)));
  // Hidden labels wait at their marks (clamped just outside the plot), so they slide in from where they belong.
  for (const e of events) if (!e.shown) e.labelY = place(Math.min(104, Math.max(-4, e.y + e.span / 2)));

  const lanes = LANES.map((key) => ({ key, label: laneLabel(key, lang), shown: state.lanes.includes(key) }));
  const description = [
    t(lang, 'tl.describe', { from: formatDate(isoDay(t0), lang), to: formatDate(isoDay(t1 - 1), lang) }),
    ...lanes
      .filter((l) => l.shown)
      .map((l) => {
        const list = timelineEvents.filter((e) => e.lane === l.key && events.find((d) => d.id === e.id)!.shown);
        return list.length === 0
          ? t(lang, 'tl.describeLaneEmpty', { lane: l.label })
          : t(lang, 'tl.describeLane', {
              lane: l.label,
              events: list.map((e) => `${longWhen(e, lang)}, ${eventLabel(e.id, lang)}`).join('; '),
            });
      }),
  ].join(' ');

  return { events, ticks: ticksOf(state.zoom, [t0, t1], lang), lanes, description };
}

function isoDay(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10) as IsoDate;
}
