/**
 * El Salvador's prison population, one series per kind of counter.
 *
 * Where the numbers come from:
 * - World Prison Brief (WPB): two copies of its trend table (the live page was not available). The copy scraped
 *   in August 2022 gives every second year from 2000; the 2014 copy fills the years it lacks (1992, 1998, 2001,
 *   2007, 2013, January 2014). Where both copies have a year, the 2022 copy is used.
 * - Government: the prison directorate (DGCP) and ministers, as reported by the press.
 * - Civil society: Cristosal and other organisations, and the UCA's human-rights observatory.
 * - Census: the 2024 population and housing census's count of people in prison, as Diario El Mundo gave it on
 *   its own page, and the census's resident population, as Revista E&N gave it. No page we could read that gives
 *   the census's rate is the publisher's own, so the rate is worked out here from those two figures
 *   (`censusRate2024`).
 * - Press: figures newsrooms published without naming an official source.
 *
 * Caveats: the series are not merged because they count differently (with or without juveniles, police cells,
 * estimates). No official total after June 2024 was found; officials keep prison statistics confidential. The OAS figure of 39,440 for 2019 counts national citizens only and is left out for that reason.
 * El Salvador Now's June 2024 estimate (111,844) is kept apart, below: it is the news site's own sum, not a count
 * by any of these counters, and the inputs it lists do not add up to it.
 */
import type { Confidence, Observation, SourcedValue } from './types';
import type { SourceId } from './sources';
import { ratePer100k, type Derived } from './arithmetic';

export interface PopulationObservation extends Observation<SourceId> {
  /** Prisoners per 100,000 residents, when the same source gives it. */
  readonly ratePer100k?: number;
  /**
   * Prisoners per 100,000 residents worked out here (our arithmetic, with its formula and the sources of its
   * inputs), where no source we could read gives the rate. An observation has this or `ratePer100k`, not both.
   */
  readonly derivedRate?: Derived;
}

/** An observation's rate, read or worked out, with every source behind it and, when worked out, the arithmetic. */
export interface PopulationRate {
  readonly value: number;
  readonly sources: readonly SourceId[];
  readonly confidence: Confidence;
  readonly formula?: string;
}

export function rateOf(o: PopulationObservation): PopulationRate | undefined {
  if (o.derivedRate) return o.derivedRate;
  if (o.ratePer100k === undefined) return undefined;
  return { value: o.ratePer100k, sources: [o.source], confidence: o.confidence };
}

/** The 2024 census's count of people in prison, read on Diario El Mundo's own page. */
const censusCount2024 = {
  date: '2024',
  value: 107055,
  source: 'elmundo-2026-censo',
  confidence: 'high',
  note: 'Counted by the 2024 population and housing census.',
} as const satisfies PopulationObservation;

/** El Salvador's resident population counted by the 2024 census (prisoners included): the rate's denominator. */
export const censusPopulation2024 = {
  value: 6029976,
  date: '2024',
  source: 'eyn-2024-10-29',
  confidence: 'high',
} as const satisfies SourcedValue<SourceId>;

/**
 * The census's prison rate: our arithmetic from its own count of prisoners and of residents. The rate of 1,776
 * once quoted here came from a page we could read only on a mirror, and does not follow from those two figures.
 */
export const censusRate2024 = ratePer100k(censusCount2024, censusPopulation2024);

export type PopulationFamily = 'wpb' | 'government' | 'civil-society' | 'census' | 'press';
export const POPULATION_FAMILIES: readonly PopulationFamily[] = [
  'wpb',
  'government',
  'civil-society',
  'census',
  'press',
];

export const prisonPopulation: Record<PopulationFamily, readonly PopulationObservation[]> = {
  wpb: [
    { date: '1990', value: 5892, ratePer100k: 112, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '1992', value: 5348, ratePer100k: 97, source: 'wpb-trend-2014', confidence: 'medium' },
    { date: '1995', value: 7013, ratePer100k: 125, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '1998', value: 8173, ratePer100k: 139, source: 'wpb-trend-2014', confidence: 'medium' },
    { date: '2000', value: 7754, ratePer100k: 132, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '2001', value: 9471, ratePer100k: 158, source: 'wpb-trend-2014', confidence: 'medium' },
    { date: '2002', value: 10907, ratePer100k: 183, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '2004', value: 12073, ratePer100k: 201, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '2006', value: 14771, ratePer100k: 243, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '2007', value: 16786, ratePer100k: 274, source: 'wpb-trend-2014', confidence: 'medium' },
    { date: '2008', value: 19814, ratePer100k: 324, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '2010', value: 24662, ratePer100k: 399, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '2012', value: 27033, ratePer100k: 433, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '2013', value: 26568, ratePer100k: 422, source: 'wpb-trend-2014', confidence: 'medium' },
    {
      date: '2014-01-27',
      value: 26796,
      ratePer100k: 424,
      source: 'wpb-trend-2014',
      confidence: 'medium',
      note: 'Excludes about 750 juveniles.',
    },
    { date: '2014', value: 28334, ratePer100k: 450, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '2016', value: 36824, ratePer100k: 579, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '2018', value: 39642, ratePer100k: 617, source: 'wpb-trend-2022', confidence: 'medium' },
    { date: '2020', value: 37190, ratePer100k: 572, source: 'wpb-trend-2022', confidence: 'medium' },
    {
      date: '2022-03',
      value: 39538,
      ratePer100k: 605,
      source: 'wpb-trend-2022',
      confidence: 'medium',
      note: "WPB's latest value when the table was scraped in August 2022: the figure from before the state of exception.",
    },
  ],
  government: [
    { date: '2007', value: 17577, source: 'contrapunto-hacinamiento', confidence: 'medium' },
    { date: '2008', value: 19390, source: 'contrapunto-hacinamiento', confidence: 'medium' },
    { date: '2009', value: 22198, source: 'contrapunto-hacinamiento', confidence: 'medium' },
    { date: '2010', value: 23840, source: 'contrapunto-hacinamiento', confidence: 'medium' },
    { date: '2011', value: 23399, source: 'contrapunto-hacinamiento', confidence: 'medium' },
    { date: '2012', value: 27033, source: 'contrapunto-hacinamiento', confidence: 'medium' },
    { date: '2013', value: 26848, source: 'contrapunto-hacinamiento', confidence: 'medium' },
    {
      date: '2015-03',
      value: 28697,
      source: 'cejil-2015',
      confidence: 'high',
      note: 'In 22 prisons, as cited by CEJIL and FESPAD from the prison directorate. The count is exact; the month is approximate (the undated release refers to about March 2015).',
    },
    {
      date: '2015-06-15',
      value: 29888,
      source: 'edh-2015-06',
      confidence: 'high',
      note: '23,068 convicted plus 6,820 awaiting trial.',
    },
    { date: '2017', value: 39279, source: 'contrapunto-hacinamiento', confidence: 'medium' },
    { date: '2018-02', value: 39382, source: 'edh-reos-2019', confidence: 'high' },
    {
      date: '2019-07',
      value: 40000,
      qualifier: 'at-least',
      source: 'edh-reos-2019',
      confidence: 'high',
      note: 'More than 40,000 in 28 prisons.',
    },
    { date: '2021', value: 36515, source: 'efe-swissinfo-2022', confidence: 'high' },
    {
      date: '2022-03',
      value: 39538,
      ratePer100k: 610,
      source: 'esnow-2022-05-10',
      confidence: 'high',
      note: 'Ministry of Justice and Public Security, before the state of exception began on 27 March 2022.',
    },
    {
      date: '2023-09',
      value: 105100,
      source: 'telesur-2023-09-14',
      confidence: 'high',
      note: 'Security minister Gustavo Villatoro.',
    },
  ],
  'civil-society': [
    {
      date: '2021-04',
      value: 36000,
      qualifier: 'about',
      source: 'irtf-2021',
      confidence: 'medium',
      note: 'Cristosal data reported by AP: 29 facilities, 20% over capacity.',
    },
    { date: '2022-10', value: 94000, qualifier: 'about', source: 'voa-2022-three-times', confidence: 'medium' },
    {
      date: '2024-04',
      value: 109519,
      source: 'hch-2024-04-08',
      confidence: 'high',
      note: 'Cristosal and other organisations, March-April 2024.',
    },
    {
      date: '2024',
      value: 111207,
      ratePer100k: 1659,
      source: 'allthenews-uca',
      confidence: 'medium',
      note: 'UCA human-rights observatory.',
    },
  ],
  census: [{ ...censusCount2024, derivedRate: censusRate2024 }],
  press: [
    {
      date: '2020-05',
      value: 37000,
      qualifier: 'at-least',
      source: 'visionrdn-2020-05',
      confidence: 'medium',
    },
    {
      date: '2022-12',
      value: 97525,
      qualifier: 'estimate',
      source: 'elindependiente-2023-01-17',
      confidence: 'medium',
      note: 'Estimate by La Prensa Gráfica Datos.',
    },
  ],
};

/**
 * El Salvador Now's own estimate of everyone detained in June 2024: arrests under the state of exception, plus the
 * prison population before it and minors arrested, minus people released. Not plotted: it is the news site's
 * arithmetic, not a count, and the inputs it states add up to a different total (see `esnowEstimateInputs`).
 */
export const esnowEstimateJune2024 = {
  value: 111844,
  ratePer100k: 1764,
  date: '2024-06',
  qualifier: 'estimate',
  source: 'esnow-2024-06-28',
  confidence: 'medium',
  note: "El Salvador Now's own estimate; its stated inputs add up to 113,932.",
} as const;

/** The inputs El Salvador Now gave for its estimate, as printed on the page (the arrests are the minister's). */
export const esnowEstimateInputs = {
  arrests: 80200,
  beforeException: 39538,
  minors: 1194,
  released: 7000,
} as const;

/** The first year in World Prison Brief's trend table for El Salvador (the chart starts in 1990). */
export const wpbSeriesStart = {
  value: 6473,
  date: '1972',
  source: 'wpb-trend-2022',
  confidence: 'medium',
} as const;
