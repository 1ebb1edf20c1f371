/** The timeline from the flights to the courts: what surrounds it wherever it appears (see src/charts/define.ts). */
import type { IsoDate } from '../../data/types';
import { sources } from '../../data/sources';
import { dateBounds } from '../../data/dates';
import { originalPublisherOf } from '../../lib/citation';
import { timelineEvents } from '../../data/datedEvents';
import { defineChart } from '../define';
import { eventBounds, eventLabel, laneLabel, longWhen, stillTimeline, timelineModel } from './model';
import { timelineImage } from './staticSvg';
import spec from './state';

/** The end of the latest period drawn: the chart's "as of" date. */
const latest = timelineEvents.reduce((a, b) => (eventBounds(b)[1] > eventBounds(a)[1] ? b : a));
const asOf: IsoDate = latest.until ?? latest.date;
if (dateBounds(asOf)[1] !== Math.max(...timelineEvents.map((e) => eventBounds(e)[1])))
  throw new Error('Timeline: asOf is not the end of the latest event');

export default defineChart({
  id: 'timeline',
  spec,
  titleKey: 'tl.title',
  dekKey: 'tl.dek',
  notesKey: 'tl.notes',
  datasets: ['dated-events'],
  sources: [...new Set(timelineEvents.flatMap((e) => e.sources))],
  asOf,
  // Circles and diamonds tell the lanes apart, which the chart's own key shows; no mark is drawn by confidence.
  marks: [],
  embedHeight: 720,
  model: timelineModel,
  still: stillTimeline,
  describe: (state, lang) => timelineModel(state, lang).description,
  // The events the state shows, in time order, each credited to the record that gives it: events, not quantities,
  // so no unit.
  tableHeadings: { series: 'tl.table.lane', value: 'tl.table.event' },
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
        unit: '',
        // In time order, also when several steps' events are listed together.
        sortKey: eventBounds(e)[0],
        source: originalPublisherOf(e.sources[0]!, lang),
        sourceUrl: sources[e.sources[0]!].url,
      }));
  },
  image: timelineImage,
});
