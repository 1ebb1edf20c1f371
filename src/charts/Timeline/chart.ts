/**
 * The timeline from the flights to the courts, defined once: its state spec, what a reader needs around it
 * (title, dek, notes, sources, "as of" date, downloads, description, data table) and its static image. The
 * registry, the state list, the image renderer list and ChartFor.astro each take it from here in one line.
 */
import type { ChartEntry } from '../registry';
import type { IsoDate } from '../../data/types';
import { sources } from '../../data/sources';
import { dateBounds } from '../../data/dates';
import { publisherOf } from '../../lib/citation';
import { timelineEvents } from '../../data/datedEvents';
import { eventBounds, eventLabel, laneLabel, longWhen, timelineModel } from './model';
import { timelineState } from './state';
import { timelineImage } from './staticSvg';

export { timelineState, timelineImage };

/** The end of the latest period drawn: the chart's "as of" date. */
const latest = timelineEvents.reduce((a, b) => (eventBounds(b)[1] > eventBounds(a)[1] ? b : a));
const asOf: IsoDate = latest.until ?? latest.date;
if (dateBounds(asOf)[1] !== Math.max(...timelineEvents.map((e) => eventBounds(e)[1])))
  throw new Error('Timeline: asOf is not the end of the latest event');

export const timelineChart: ChartEntry<'timeline'> = {
  id: 'timeline',
  spec: timelineState,
  titleKey: 'tl.title',
  dekKey: 'tl.dek',
  notesKey: 'tl.notes',
  datasets: ['dated-events'],
  sources: [...new Set(timelineEvents.flatMap((e) => e.sources))],
  asOf,
  embedHeight: 720,
  describe: (state, lang) => timelineModel(state, lang).description,
  // The events the state shows, in time order, each credited to the record that gives it.
  table: (state, lang) => {
    const shown = new Set(
      timelineModel(state, lang)
        .events.filter((e) => e.shown)
        .map((e) => e.id),
    );
    return timelineEvents
      .filter((e) => shown.has(e.id))
      .sort((a, b) => eventBounds(a)[0] - eventBounds(b)[0])
      .map((e) => ({
        series: laneLabel(e.lane, lang),
        date: longWhen(e, lang),
        value: eventLabel(e.id, lang),
        source: publisherOf(e.sources[0]!, lang),
        sourceUrl: sources[e.sources[0]!].url,
      }));
  },
};
