/**
 * Claims from the article that started this story (Salon, March 2025), checked against the sources in this module.
 *
 * Why keep them: readers may have seen these numbers elsewhere. The methodology page lists each claim with what we
 * found, so a figure we could not confirm is attributed to whoever published it and shown beside the confirmed
 * figures, not silently replaced.
 */
import type { FactId } from './facts';

export type ClaimStatus = 'confirmed' | 'unconfirmed' | 'derived' | 'differs';

export interface SeedClaim {
  readonly id: string;
  /** The claim as the article made it, paraphrased. */
  readonly claim: string;
  readonly attributedTo: string;
  readonly status: ClaimStatus;
  /** What the sources in this module say instead or in support. */
  readonly finding: string;
  /** Facts that hold the confirmed or nearest figures. */
  readonly related: readonly FactId[];
}

export const SEED_ARTICLE = {
  publisher: 'Salon',
  title: "Trump deports Venezuelans to El Salvador's CECOT",
  published: '2025-03',
} as const;

export const seedClaims: readonly SeedClaim[] = [
  {
    id: 'facilities-capacity',
    claim: '24 prison facilities with a total capacity of 67,289',
    attributedTo: 'World Prison Brief, as reported by Salon in March 2025',
    status: 'unconfirmed',
    finding:
      'Neither figure appears in any source we could read; the live World Prison Brief page was not available. Capacity figures we did find are listed in the prison capacity dataset.',
    related: ['capacity-excluding-cecot-2024', 'cecot-announced-capacity'],
  },
  {
    id: 'prisoners-2000',
    claim: '7,754 prisoners in 2000',
    attributedTo: 'World Prison Brief, as reported by Salon',
    status: 'confirmed',
    finding:
      'Matches a copy of the World Prison Brief trend table scraped in August 2022. An older copy (2014) gives 8,173 for 1998 and 9,471 for 2001, so the series dips around 2000.',
    related: ['prisoners-2000'],
  },
  {
    id: 'prisoners-2024',
    claim: '109,519 prisoners in 2024',
    attributedTo: 'World Prison Brief, as reported by Salon',
    status: 'confirmed',
    finding: 'A civil-society figure (Cristosal and other organisations, March-April 2024). The 2024 census counted 107,055.',
    related: ['prisoners-2024-civil-society', 'prisoners-2024-census'],
  },
  {
    id: 'occupancy',
    claim: 'Occupancy just under 163%',
    attributedTo: 'Salon',
    status: 'derived',
    finding:
      'Follows from dividing 109,519 by the unconfirmed capacity of 67,289. Because that capacity could not be confirmed, the story does not use this percentage.',
    related: ['occupancy-excluding-cecot-2024-reported'],
  },
  {
    id: 'deaths-349',
    claim: 'At least 349 deaths since the war on gangs began',
    attributedTo: 'Salon',
    status: 'unconfirmed',
    finding:
      'No counter published 349 in the sources we read. The nearest counts from the same period are Socorro Jurídico Humanitario’s 366 (January 2025) and Cristosal’s 367-368 (early 2025).',
    related: ['deaths-sjh-latest', 'deaths-cristosal-latest'],
  },
  {
    id: 'causes-261',
    claim: 'Cristosal: 261 deaths, of which 88 possibly criminal acts, 87 illness, 14 violence, 72 no identifiable cause',
    attributedTo: 'Cristosal, as reported by Salon',
    status: 'confirmed',
    finding: 'Confirmed by AP (10 July 2024); the data run to 15 April 2024.',
    related: ['deaths-cristosal-2024'],
  },
  {
    id: 'cell-65-70',
    claim: 'CECOT cells hold 65 to 70 people, with 2 basins and 2 toilets',
    attributedTo: 'BBC and CNN, as reported by Salon',
    status: 'confirmed',
    finding: 'AP reported 65 to 70 people per cell; CNN later reported about 80 and up to 100.',
    related: ['cecot-cell-ap-min', 'cecot-cell-cnn-max'],
  },
  {
    id: 'transfer',
    claim: 'About 260 men sent; the US paid El Salvador $6 million; they would be held at least one year',
    attributedTo: 'Salon',
    status: 'differs',
    finding:
      'CNN counted 261: 238 Venezuelans and 23 Salvadorans. AP reported $6 million for one year. The Venezuelans were returned to Venezuela on 18 July 2025, after about four months.',
    related: ['men-sent-to-cecot', 'us-payment', 'venezuelans-returned'],
  },
];
