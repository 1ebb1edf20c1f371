/**
 * The men the United States sent to CECOT in March 2025, and their return. Only some were removed under the
 * Alien Enemies Act (137, per the court's December 2025 ruling); the others under ordinary immigration law.
 *
 * Where the numbers come from: CNN (who was sent), AP (what the US paid), Univision (the July 2025 exchange).
 * The figures quoted only in the text (the day the planes left, the 137 men the court ruling concerns, the 252
 * Venezuelans sent in March and April) are in content/data/facts.yaml.
 *
 * Caveats: the total sent (261) is the sum of CNN's two groups, computed in derive.ts. The 252 Venezuelans
 * returned in July 2025 are more than the 238 CNN counted in March: Human Rights Watch reports that Venezuelans
 * were sent to CECOT in March and April 2025, 252 in all.
 */
import type { IsoDate, SourcedValue } from './types';
import type { SourceId } from './sources';

type Fact = SourcedValue<SourceId>;

export const transfer = {
  /** First day of the flights; the men arrived on 15-16 March 2025. */
  date: '2025-03-15' as IsoDate,
  venezuelansSent: {
    value: 238,
    date: '2025-03-16',
    source: 'cnn-2025-03-17',
    confidence: 'medium',
    note: 'Accused by the US government of belonging to Tren de Aragua.',
  },
  salvadoransSent: {
    value: 23,
    date: '2025-03-16',
    source: 'cnn-2025-03-17',
    confidence: 'medium',
    note: 'Alleged members of MS-13.',
  },
  paymentUsd: {
    value: 6_000_000,
    date: '2025-03',
    source: 'ap-davisvanguard-2025-04',
    confidence: 'high',
    note: 'For holding the men for one year.',
  },
  lawYear: { value: 1798, date: '1798', source: 'cnn-2025-03-17', confidence: 'medium', note: 'Alien Enemies Act.' },
} as const satisfies Record<string, Fact | IsoDate>;

export const repatriation = {
  date: '2025-07-18' as IsoDate,
  venezuelansReturned: {
    value: 252,
    date: '2025-07-18',
    source: 'univision-2025-07-18',
    confidence: 'high',
    note: 'Flown to Caracas.',
  },
  usCitizensAndResidentsFreed: {
    value: 10,
    date: '2025-07-18',
    source: 'univision-2025-07-18',
    confidence: 'high',
    note: 'Held in Venezuela and freed in the same exchange.',
  },
} as const satisfies Record<string, Fact | IsoDate>;
