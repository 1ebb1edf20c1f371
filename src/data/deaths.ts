/**
 * Deaths of people in state custody since the state of exception began on 27 March 2022, cumulative, one series
 * per counter.
 *
 * Where the numbers come from: each counter's own statements as reported by the press. Socorro Jurídico
 * Humanitario (SJH) includes deaths in police holding cells ("bartolinas"); Cristosal counts deaths in prisons;
 * MOVIR (Movimiento de Víctimas del Régimen) counts cases families report to it; "official" groups the
 * government's own figures (a leaked prison database analysed by HRW and Cristosal, the security minister and
 * the attorney general).
 *
 * Caveats: counters define deaths differently and publish at different times, so their series are never merged
 * or summed. A date with only a month ("2024-07") is when the count was reported, not the day it closed.
 * SJH's October 2023 figure is the 170 deaths it had confirmed; it said more than 300 had been reported to it.
 * SJH's 396 comes from an undated page: it lies between the 386 of 15 April and the 412 reported on 27 May 2025, so
 * it keeps the month.
 */
import type { IsoDate, Observation } from './types';
import { dateToTime } from './dates';
import type { SourceId } from './sources';

export type DeathCounter = 'sjh' | 'cristosal' | 'movir' | 'official' | 'amnesty';
export const DEATH_COUNTERS: readonly DeathCounter[] = ['sjh', 'cristosal', 'movir', 'official', 'amnesty'];

/** The day the state of exception began; every count below runs from it. */
export { STATE_OF_EXCEPTION_START } from './stateOfException';

export const deathsInCustody: Record<DeathCounter, readonly Observation<SourceId>[]> = {
  sjh: [
    {
      date: '2023-03',
      value: 126,
      source: 'edh-sjh-2023',
      confidence: 'high',
      note: 'Reported in February-March 2023.',
    },
    {
      date: '2023-10-02',
      value: 170,
      source: 'gatoencerrado-2023-10-02',
      confidence: 'high',
      note: 'Deaths SJH had confirmed; more than 300 had been reported to it.',
    },
    { date: '2024-04-03', value: 241, qualifier: 'at-least', source: 'ap-kesq-2024-04-03', confidence: 'high' },
    { date: '2024-05-16', value: 279, source: 'edh-sjh-279', confidence: 'high', note: 'Prisons and police cells.' },
    { date: '2024-06-10', value: 301, source: 'efe-momarandu-2024-06', confidence: 'medium' },
    { date: '2024-08-31', value: 311, source: 'edh-sjh-311', confidence: 'high' },
    {
      date: '2024-11',
      value: 328,
      source: 'colatino-cristosal-265',
      confidence: 'high',
      note: 'Reported in October-November 2024.',
    },
    { date: '2025-01', value: 366, source: 'diariofuentes-2025-01', confidence: 'medium' },
    { date: '2025-04-15', value: 386, source: 'esnow-2025-04-15', confidence: 'high' },
    {
      date: '2025-05',
      value: 396,
      source: 'elmundo-sjh-396',
      confidence: 'high',
      note: 'Reported between 15 April (386) and 27 May 2025 (412); the page read is undated.',
    },
    {
      date: '2025-05-27',
      value: 412,
      qualifier: 'at-least',
      source: 'esnow-2025-05-27',
      confidence: 'high',
      note: 'Reported on 27 May 2025.',
    },
    { date: '2025-07', value: 427, source: 'pagina12-2025-07', confidence: 'high' },
    { date: '2025-10-31', value: 450, source: 'efe-rpp-2025-11-03', confidence: 'high' },
    { date: '2025-11-14', value: 454, source: 'colatino-sjh-454', confidence: 'high' },
    {
      date: '2025-12-18',
      value: 470,
      qualifier: 'at-least',
      source: 'efe-swissinfo-2025-12-18',
      confidence: 'high',
      note: 'Confirmed to EFE by the director, Ingrid Escobar.',
    },
    {
      date: '2025-12-29',
      value: 473,
      source: 'colatino-opinion-2025-12',
      confidence: 'medium',
      note: 'SJH records as cited in an opinion column.',
    },
    { date: '2026-02-08', value: 487, source: 'colatino-2026-02-11', confidence: 'high', note: '17 of them in 2026.' },
  ],
  cristosal: [
    { date: '2022-05-25', value: 20, source: 'elmundo-cristosal-46', confidence: 'high' },
    { date: '2022-06-15', value: 46, source: 'elmundo-cristosal-46', confidence: 'high' },
    {
      date: '2023-03-27',
      value: 139,
      source: 'cristosal-un-ano',
      confidence: 'high',
      note: 'First year of the state of exception.',
    },
    { date: '2023-04', value: 153, source: 'elmundo-153-causas', confidence: 'high' },
    { date: '2023-05-26', value: 160, qualifier: 'about', source: 'efe-radiopais-2023-05', confidence: 'high' },
    { date: '2023-10-31', value: 191, source: 'efe-noticiassin-2023-11', confidence: 'high' },
    {
      date: '2024-04-15',
      value: 261,
      qualifier: 'at-least',
      source: 'ap-kyma-2024-07-10',
      confidence: 'high',
      note: 'Published 10 July 2024; a further four newborns died.',
    },
    { date: '2024-07', value: 265, source: 'colatino-cristosal-265', confidence: 'high' },
    {
      date: '2025-04',
      value: 368,
      source: 'newyorker-2025-04',
      confidence: 'medium',
      note: 'Reported in early 2025 as 367-368.',
    },
  ],
  movir: [
    { date: '2023-04', value: 128, source: 'fmlnsuecia-movir-2023', confidence: 'medium' },
    { date: '2024-01', value: 200, qualifier: 'at-least', source: 'afp-diariolasamericas-2024-01', confidence: 'high' },
    { date: '2024-11', value: 315, source: 'pagina12-movir-2024-11', confidence: 'high' },
  ],
  official: [
    {
      date: '2022-08',
      value: 32,
      source: 'focos-muertes',
      confidence: 'high',
      note: 'A leaked official database, analysed by Human Rights Watch and Cristosal.',
    },
    {
      date: '2022-11',
      value: 90,
      source: 'focos-muertes',
      confidence: 'high',
      note: 'Security minister Gustavo Villatoro.',
    },
    { date: '2023-06', value: 142, source: 'edh-fiscal-142', confidence: 'high', note: 'Attorney general.' },
  ],
  amnesty: [{ date: '2022-06-02', value: 18, source: 'amnesty-oodaloop-2022-06', confidence: 'medium' }],
};

/** The latest date any counter reached: the end of the deaths timeline. */
export const LATEST_DEATHS_DATE: IsoDate = Object.values(deathsInCustody)
  .map((s) => s.at(-1)!.date)
  .sort((a, b) => dateToTime(a) - dateToTime(b))
  .at(-1)!;

/** Deaths in custody before the state of exception, for a baseline. */
export const baselineDeaths = {
  value: 850,
  from: '2013-01',
  to: '2021-02',
  source: 'latamreports-baseline',
  confidence: 'medium',
  note: 'Prison service data, January 2013 to February 2021.',
} as const;
