/**
 * States of the timeline: how much of it is shown (the night of the flights, the spring of rulings, or
 * everything), which lanes, and which event is picked out.
 */
import { defineChartState, oneOf, subsetOf } from '../stateSchema';
import { EVENT_IDS, LANES, type Lane, type TimelineEventId } from '../../data/datedEvents';

export const ZOOMS = ['flights', 'spring', 'all'] as const;
export type TimelineZoom = (typeof ZOOMS)[number];

export interface TimelineState {
  /** 'flights': 14 to 17 March 2025; 'spring': March to May 2025; 'all': from the first event's month to the last's. */
  zoom: TimelineZoom;
  /** Lanes drawn: the United States, El Salvador. */
  lanes: Lane[];
  /** The event drawn in bold, or 'none'. */
  highlight: 'none' | TimelineEventId;
}

/** Place among the charts, in the story's order (src/charts/states.ts). */
export const order = 6;

declare module '../states' {
  interface ChartStateTypes {
    timeline: TimelineState;
  }
}

const timelineState = defineChartState(
  'timeline',
  {
    zoom: oneOf(ZOOMS),
    lanes: subsetOf(LANES),
    highlight: oneOf(['none', ...EVENT_IDS] as const),
  },
  { zoom: 'all', lanes: ['us', 'sv'], highlight: 'none' },
  {
    all: {},
    flights: { zoom: 'flights' },
    spring: { zoom: 'spring' },
  },
);

export default timelineState;
