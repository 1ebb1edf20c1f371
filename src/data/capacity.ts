/**
 * How many people El Salvador's prisons were built to hold, and how full sources said they were.
 *
 * Where the numbers come from: the prison directorate's figures as cited by the press, the World Prison Brief,
 * US embassy data (via allthe.news) and the Servicio Social Pasionista (SSPAS), a civil-society organisation.
 * Capacity is counted in "places".
 *
 * Caveats: capacity figures jump between 2017 (11,400) and 2021 (about 31,000) with no source describing the
 * new places; the two 2021 figures disagree (30,864 and about 32,000), so both are kept in separate series.
 * From February 2023 CECOT adds 40,000 places as announced; an analysis put its real design capacity at 20,480
 * (see cecot.ts). Reported occupancy percentages are kept as published; `derive.ts` recomputes occupancy from
 * population and capacity so the two can be compared.
 */
import type { Observation } from './types';
import type { SourceId } from './sources';

export type CapacityCounter = 'official' | 'us-embassy' | 'press' | 'civil-society';

export const capacity: Record<CapacityCounter, readonly Observation<SourceId>[]> = {
  official: [
    { date: '2004', value: 7372, source: 'seguridadyjusticia-2010', confidence: 'medium' },
    {
      date: '2008',
      value: 8000,
      qualifier: 'about',
      source: 'lahora-efe-2008',
      confidence: 'high',
      note: '19,800 prisoners in 21 prisons built for about 8,000.',
    },
    { date: '2009', value: 8110, source: 'seguridadyjusticia-2010', confidence: 'medium' },
    { date: '2012-12-31', value: 8328, source: 'wpb-trend-2014', confidence: 'medium' },
    { date: '2015-03', value: 8490, source: 'cejil-2015', confidence: 'high', note: '22 prisons.' },
    { date: '2017', value: 11400, source: 'justicetrends-2017', confidence: 'medium', note: '25 establishments.' },
    { date: '2021', value: 32000, qualifier: 'about', source: 'efe-swissinfo-2022', confidence: 'high' },
  ],
  'us-embassy': [{ date: '2021', value: 30864, source: 'allthenews-uca', confidence: 'medium' }],
  press: [
    {
      date: '2020-05',
      value: 21000,
      source: 'visionrdn-2020-05',
      confidence: 'medium',
      note: 'Prisons "designed for a maximum of 21,000": the design capacity itself, not a floor.',
    },
  ],
  // Not an official figure, and it leaves CECOT out: kept as its own series so it is never read as official
  // capacity falling after CECOT opened.
  'civil-society': [
    {
      date: '2024-06',
      value: 27280,
      source: 'esnow-sspas-2024-06-28',
      confidence: 'medium',
      note: 'Servicio Social Pasionista (SSPAS): all prisons except CECOT.',
    },
  ],
};

/** Occupancy as sources published it, in percent of capacity. */
export const reportedOccupancy: readonly (Observation<SourceId> & { scope: 'all' | 'excluding-cecot' })[] = [
  { date: '2012-12-31', value: 324.7, scope: 'all', source: 'wpb-trend-2014', confidence: 'medium' },
  {
    date: '2016-06',
    value: 360,
    scope: 'all',
    source: 'edh-reos-2019',
    confidence: 'high',
    note: 'As stated by the Constitutional Chamber of the Supreme Court.',
  },
  { date: '2017', value: 333, scope: 'all', source: 'justicetrends-2017', confidence: 'medium' },
  { date: '2018', value: 333.3, scope: 'all', source: 'edh-reos-2019', confidence: 'high' },
  { date: '2021-04', value: 120, scope: 'all', source: 'irtf-2021', confidence: 'medium', qualifier: 'about' },
  { date: '2021', value: 118, scope: 'all', source: 'efe-swissinfo-2022', confidence: 'high' },
  {
    date: '2024-06',
    value: 357.7,
    scope: 'excluding-cecot',
    source: 'esnow-sspas-2024-06-28',
    confidence: 'medium',
    note: 'Servicio Social Pasionista (SSPAS).',
  },
  {
    date: '2025',
    value: 157,
    scope: 'all',
    source: 'allthenews-uca',
    confidence: 'medium',
    note: 'Reported for 2024/25.',
  },
];

/** Prisoners held outside CECOT in June 2024, the numerator of the 357.7% above. */
export const heldOutsideCecotJune2024 = {
  value: 97312,
  date: '2024-06',
  source: 'esnow-sspas-2024-06-28',
  confidence: 'medium',
} as const;

/** Number of prisons as counted at different times. */
export const prisonCount: readonly Observation<SourceId>[] = [
  { date: '2008', value: 21, source: 'lahora-efe-2008', confidence: 'high' },
  { date: '2015-03', value: 22, source: 'cejil-2015', confidence: 'high' },
  { date: '2017', value: 25, source: 'justicetrends-2017', confidence: 'medium' },
  { date: '2019-07', value: 28, source: 'edh-reos-2019', confidence: 'high' },
  { date: '2021-04', value: 29, source: 'irtf-2021', confidence: 'medium' },
  { date: '2025-04', value: 21, source: 'esnow-2025-04-15', confidence: 'medium' },
];
