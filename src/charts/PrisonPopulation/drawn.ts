/**
 * The prison population data as the chart draws it: each series' figures (dates, counts, rates, qualifiers,
 * confidence and sources, for the model's points), capacity's, and the reported occupancy the overcrowding note
 * quotes, without their notes; only the server-rendered captions, data tables and sources page read those.
 *
 * The browser build replaces this module with its values, computed at build time (src/lib/build/buildTimeValues.ts),
 * so the chart's island does not carry the notes it never shows. Server rendering, images and tests import it as is.
 */
import { prisonPopulation, type PopulationFamily, type PopulationObservation } from '../../data/prisonPopulation';
import { capacity, reportedOccupancy } from '../../data/capacity';
import type { Observation } from '../../data/types';
import type { SourceId } from '../../data/sources';

type WithoutNote<O> = Omit<O, 'note'>;

const withoutNote = <O extends { readonly note?: string }>({ note: _note, ...rest }: O): WithoutNote<O> => rest;

export const drawnPopulation: Record<PopulationFamily, readonly WithoutNote<PopulationObservation>[]> = {
  wpb: prisonPopulation.wpb.map(withoutNote),
  government: prisonPopulation.government.map(withoutNote),
  'civil-society': prisonPopulation['civil-society'].map(withoutNote),
  census: prisonPopulation.census.map(withoutNote),
  press: prisonPopulation.press.map(withoutNote),
};

export const drawnCapacity: readonly WithoutNote<Observation<SourceId>>[] = capacity.official.map(withoutNote);

/** The occupancy the overcrowding note quotes (the share reported for June 2016). */
export const drawnOccupancy = withoutNote(reportedOccupancy.find((o) => o.date === '2016-06')!);
