/**
 * Homicides per 100,000 residents, by year.
 *
 * Where the numbers come from: official figures as compiled by ElSalvadorInfo (2015-2021), the Caribbean
 * Council (2022), the security minister via LatAm Reports (2023) and Prensa Latina (2024); and Foreign Policy's
 * independent estimate for 2023.
 *
 * Caveats: since 2019 official counts exclude deaths in clashes with security forces, bodies found in clandestine
 * graves and deaths in prison (InSight Crime). Foreign Policy's estimate adds such deaths back and is kept as a
 * separate series; it is weakly sourced here (a repost), so it is marked low confidence and always attributed.
 */
import type { Observation } from './types';
import type { SourceId } from './sources';

export type HomicideSeries = 'official' | 'independent-estimate';

export const homicideRate: Record<HomicideSeries, readonly Observation<SourceId>[]> = {
  official: [
    { date: '2015', value: 103, source: 'elsalvadorinfo-homicides', confidence: 'medium' },
    { date: '2016', value: 81, source: 'elsalvadorinfo-homicides', confidence: 'medium' },
    { date: '2017', value: 60, source: 'elsalvadorinfo-homicides', confidence: 'medium' },
    { date: '2018', value: 50, source: 'elsalvadorinfo-homicides', confidence: 'medium' },
    { date: '2019', value: 36, source: 'elsalvadorinfo-homicides', confidence: 'medium' },
    { date: '2020', value: 20, source: 'elsalvadorinfo-homicides', confidence: 'medium' },
    { date: '2021', value: 17.5, source: 'elsalvadorinfo-homicides', confidence: 'medium' },
    { date: '2022', value: 7.8, source: 'caribbean-council-2023-01-13', confidence: 'medium' },
    { date: '2023', value: 2.4, source: 'latamreports-2024-homicides', confidence: 'medium' },
    { date: '2024', value: 1.9, source: 'prensalatina-2025-01', confidence: 'high' },
  ],
  'independent-estimate': [
    {
      date: '2023',
      value: 4.5,
      source: 'fp-2024-08-08-repost',
      confidence: 'low',
      note: 'Foreign Policy’s estimate (Jeremy Giles, 8 August 2024; republished by El Salvador Now on 12 August), counting deaths the official figure leaves out (288 homicides).',
    },
  ],
};
