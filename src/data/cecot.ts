/**
 * CECOT (Centro de Confinamiento del Terrorismo), the prison opened in February 2023 at Tecoluca.
 *
 * Where the numbers come from: government statements reported by Reuters, AP, VRT and AFP; an analysis of
 * videos and a builder's account published by La Prensa Gráfica; a Financial Times calculation of floor space;
 * reporters' observations of how many people share a cell (AP, AFP, CNN).
 *
 * Caveats: the announced capacity (40,000) is about twice the analysed design capacity (20,480); both are kept.
 * People-per-cell figures are reporters' observations or official claims at different times, not a census.
 * Floor area per person is derived in derive.ts from the cell area and these counts; the cell area itself is
 * "about 100 m2" and includes the bunks and sanitary area.
 */
import type { IsoDate, Observation, SourcedValue } from './types';
import type { SourceId } from './sources';

type Fact = SourcedValue<SourceId>;

export const cecot = {
  announcedCapacity: { value: 40000, date: '2023-02', source: 'reuters-cecot-2023-02', confidence: 'high' },
  analysedCapacity: {
    value: 20480,
    date: '2023-07',
    source: 'elindependiente-2023-07-24',
    confidence: 'medium',
    note: 'Design capacity worked out from videos and a builder’s account.',
  },
  buildings: { value: 8, date: '2023-03', source: 'ap-cecot-2023-03', confidence: 'medium' },
  cellsPerBuilding: { value: 32, date: '2023-03', source: 'ap-cecot-2023-03', confidence: 'medium' },
  cellAreaM2: { value: 100, qualifier: 'about', date: '2023-03', source: 'ap-cecot-2023-03', confidence: 'medium' },
  toiletsPerCell: { value: 2, date: '2023-03', source: 'ap-cecot-2023-03', confidence: 'medium' },
  basinsPerCell: { value: 2, date: '2023-03', source: 'ap-cecot-2023-03', confidence: 'medium' },
  bunkPlacesPerCell: {
    value: 80,
    date: '2023-02-25',
    source: 'vrt-2023-02-25',
    confidence: 'high',
  },
  /** Tiers of the metal bunks, which have no mattresses. */
  bunkTiers: { value: 4, date: '2024-02', source: 'bbc-pressway-2024-02', confidence: 'medium' },
  siteHectares: { value: 166, date: '2024-02', source: 'afp-elcomercio-2024-02', confidence: 'high' },
  builtHectares: { value: 23, date: '2024-02', source: 'afp-elcomercio-2024-02', confidence: 'high' },
  ftAreaPerPersonM2: {
    value: 0.6,
    date: '2023-03',
    source: 'ft-2023-03',
    confidence: 'high',
    note: 'Financial Times calculation at the announced 40,000 capacity.',
  },
} as const satisfies Record<string, Fact>;

/** How many people sources said share one cell. A range is stored as its two ends. */
export interface CellOccupancyClaim {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly date: IsoDate;
  readonly source: SourceId;
  readonly confidence: Observation<SourceId>['confidence'];
  /** Who made the claim: observers in the prison, or the authorities. */
  readonly claimant: 'reporters' | 'authorities';
}

export const peoplePerCell: readonly CellOccupancyClaim[] = [
  {
    id: 'vrt-authorities',
    min: 100,
    max: 100,
    date: '2023-02-25',
    source: 'vrt-2023-02-25',
    confidence: 'high',
    claimant: 'authorities',
  },
  {
    id: 'afp-2023',
    min: 60,
    max: 75,
    date: '2023-08',
    source: 'afp-2023-08',
    confidence: 'medium',
    claimant: 'reporters',
  },
  {
    id: 'ap-2025',
    min: 65,
    max: 70,
    date: '2025-03',
    source: 'ap-npr-2025-03',
    confidence: 'medium',
    claimant: 'reporters',
  },
  {
    id: 'cnn-2025',
    min: 80,
    max: 100,
    date: '2025-03-17',
    source: 'cnn-2025-03-17',
    confidence: 'medium',
    claimant: 'reporters',
  },
];

/** People held at CECOT, as announced or reported. */
export const cecotHeld: readonly Observation<SourceId>[] = [
  {
    date: '2023-03',
    value: 4000,
    source: 'nzherald-2023-03',
    confidence: 'medium',
    note: 'Announced by President Bukele.',
  },
  { date: '2023-08-21', value: 12114, source: 'afp-2023-08', confidence: 'medium' },
  { date: '2024-02', value: 12500, qualifier: 'about', source: 'afp-elcomercio-2024-02', confidence: 'high' },
  { date: '2024-06-11', value: 14532, source: 'esnow-2024-06-28', confidence: 'medium' },
  { date: '2024-09', value: 20000, qualifier: 'about', source: 'elheraldo-2024-09', confidence: 'medium' },
];
