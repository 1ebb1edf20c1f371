/**
 * The timeline's data table: every event the chart shows, in every state shown (../testing.ts). Its rows are
 * events, not quantities, so its columns are named for them and no row has a unit.
 */
import { timelineEvents } from '../../data/datedEvents';
import { tableHoldsWhatItDraws } from '../testing';
import { laneLabel, longWhen, timelineModel } from './model';

tableHoldsWhatItDraws(
  'timeline',
  (state, lang) => ({
    marks: timelineModel(state, lang)
      .events.filter((e) => e.shown)
      .map((e) => ({
        series: laneLabel(e.lane, lang),
        date: longWhen(
          timelineEvents.find((o) => o.id === e.id)!,
          lang,
        ),
        value: e.text,
        unit: '',
      })),
    texts: [],
  }),
  { series: 'tl.table.lane', value: 'tl.table.event' },
);
