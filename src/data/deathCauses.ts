/**
 * What counters say people in custody died of.
 *
 * Where the numbers come from: Cristosal's report to 15 April 2024 (via AP), Cristosal's first-year report (via
 * El Mundo) and SJH's April 2025 tally (via El Salvador Now). Category names are the counters' own, translated.
 *
 * Caveats: categories differ between reports and cannot be lined up one to one. SJH published percentages only,
 * five of them, which add up to 100%. Counts for SJH are not derived from the percentages, to avoid false
 * precision.
 */
import type { IsoDate, Confidence } from './types';
import type { SourceId } from './sources';

export type CauseBreakdownId = 'cristosal-2024' | 'cristosal-first-year' | 'sjh-2025';
export const CAUSE_BREAKDOWN_IDS: readonly CauseBreakdownId[] = ['cristosal-2024', 'cristosal-first-year', 'sjh-2025'];

export interface CauseCategory {
  readonly id: string;
  readonly label: string;
  readonly value: number;
}

export interface CauseBreakdown {
  readonly id: CauseBreakdownId;
  readonly counter: 'cristosal' | 'sjh';
  readonly date: IsoDate;
  /** Deaths the breakdown covers. */
  readonly total: number;
  /** Whether `value` in each category is a count of deaths or a percentage of `total`. */
  readonly unit: 'count' | 'percent';
  readonly categories: readonly CauseCategory[];
  readonly source: SourceId;
  readonly confidence: Confidence;
  readonly note?: string;
}

export const causesOfDeath: Record<CauseBreakdownId, CauseBreakdown> = {
  'cristosal-2024': {
    id: 'cristosal-2024',
    counter: 'cristosal',
    date: '2024-04-15',
    total: 261,
    unit: 'count',
    categories: [
      { id: 'possibly-criminal', label: 'Possibly criminal acts', value: 88 },
      { id: 'illness', label: 'Illness', value: 87 },
      { id: 'violence', label: 'Acts of violence', value: 14 },
      { id: 'no-cause', label: 'No identifiable cause', value: 72 },
    ],
    source: 'ap-bastille-2024-07',
    confidence: 'high',
  },
  'cristosal-first-year': {
    id: 'cristosal-first-year',
    counter: 'cristosal',
    date: '2023-03-27',
    total: 139,
    unit: 'count',
    categories: [
      { id: 'suspected-criminal', label: 'Suspected criminal acts', value: 39 },
      { id: 'no-data', label: 'No data', value: 39 },
      { id: 'violent', label: 'Violent', value: 29 },
      { id: 'natural', label: 'Natural causes', value: 25 },
      { id: 'probably-violent', label: 'Probably violent', value: 7 },
    ],
    source: 'elmundo-153-causas',
    confidence: 'high',
  },
  'sjh-2025': {
    id: 'sjh-2025',
    counter: 'sjh',
    date: '2025-04-15',
    total: 386,
    unit: 'percent',
    categories: [
      { id: 'allegedly-violent', label: 'Allegedly violent', value: 36.5 },
      { id: 'medical-negligence', label: 'Medical negligence', value: 33.2 },
      { id: 'unknown', label: 'Unknown', value: 24.3 },
      { id: 'terminal-illness', label: 'Terminal illness', value: 5.7 },
      { id: 'suspected-suicide', label: 'Suspected suicide', value: 0.3 },
    ],
    source: 'esnow-2025-04-15',
    confidence: 'high',
  },
};
