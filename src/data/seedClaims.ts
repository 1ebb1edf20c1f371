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
  /** The same text for the Spanish edition (same figures, written as es-SV writes them). */
  readonly es: Pick<SeedClaim, 'claim' | 'attributedTo' | 'finding'>;
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
    es: {
      claim: '24 centros penitenciarios con una capacidad total de 67,289',
      attributedTo: 'World Prison Brief, según Salon en marzo de 2025',
      finding:
        'Ninguna de las dos cifras aparece en las fuentes que pudimos consultar; la página del World Prison Brief no estaba disponible. Las cifras de capacidad que sí encontramos figuran en el conjunto de datos de capacidad penitenciaria.',
    },
  },
  {
    id: 'prisoners-2000',
    claim: '7,754 prisoners in 2000',
    attributedTo: 'World Prison Brief, as reported by Salon',
    status: 'confirmed',
    finding:
      'Matches a copy of the World Prison Brief trend table scraped in August 2022. An older copy (2014) gives 8,173 for 1998 and 9,471 for 2001, so the series dips around 2000.',
    related: ['prisoners-2000'],
    es: {
      claim: '7,754 presos en 2000',
      attributedTo: 'World Prison Brief, según Salon',
      finding:
        'Coincide con una copia de la tabla histórica del World Prison Brief descargada en agosto de 2022. Una copia anterior (2014) da 8,173 para 1998 y 9,471 para 2001, así que la serie baja alrededor de 2000.',
    },
  },
  {
    id: 'prisoners-2024',
    claim: '109,519 prisoners in 2024',
    attributedTo: 'World Prison Brief, as reported by Salon',
    status: 'confirmed',
    finding:
      'A civil-society figure (Cristosal and other organisations, March-April 2024). The 2024 census counted 107,055.',
    related: ['prisoners-2024-civil-society', 'prisoners-2024-census'],
    es: {
      claim: '109,519 presos en 2024',
      attributedTo: 'World Prison Brief, según Salon',
      finding:
        'Es una cifra de la sociedad civil (Cristosal y otras organizaciones, marzo-abril de 2024). El censo de 2024 contó 107,055.',
    },
  },
  {
    id: 'growth-2020-2024',
    claim: 'The prison population grew by nearly 200% from 2020 to 2024',
    attributedTo: 'Salon',
    status: 'derived',
    finding:
      'Follows from the World Prison Brief figure for 2020 (37,190) and the civil-society count of 109,519 in March-April 2024: 109,519 / 37,190 - 1 = +194%. Both inputs are confirmed; they come from different counters.',
    related: ['growth-2020-2024-seed', 'prisoners-2024-civil-society'],
    es: {
      claim: 'La población penitenciaria creció casi un 200% entre 2020 y 2024',
      attributedTo: 'Salon',
      finding:
        'Resulta de la cifra del World Prison Brief para 2020 (37,190) y del conteo de la sociedad civil de 109,519 en marzo-abril de 2024: 109,519 / 37,190 - 1 = +194%. Ambos datos están confirmados; provienen de fuentes distintas.',
    },
  },
  {
    id: 'occupancy',
    claim: 'Occupancy just under 163%',
    attributedTo: 'Salon',
    status: 'derived',
    finding:
      'Follows from dividing 109,519 by the unconfirmed capacity of 67,289. Because that capacity could not be confirmed, the story does not use this percentage.',
    related: ['occupancy-excluding-cecot-2024-reported'],
    es: {
      claim: 'Una ocupación de poco menos del 163%',
      attributedTo: 'Salon',
      finding:
        'Resulta de dividir 109,519 entre la capacidad sin confirmar de 67,289. Como esa capacidad no pudo confirmarse, la historia no usa este porcentaje.',
    },
  },
  {
    id: 'deaths-349',
    claim: 'At least 349 deaths since the war on gangs began',
    attributedTo: 'Salon',
    status: 'unconfirmed',
    finding:
      'No counter published 349 in the sources we read. The nearest counts from the same period are Socorro Jurídico Humanitario’s 366 (January 2025) and Cristosal’s 367-368 (early 2025).',
    related: ['deaths-sjh-latest', 'deaths-cristosal-latest'],
    es: {
      claim: 'Al menos 349 muertes desde el inicio de la guerra contra las pandillas',
      attributedTo: 'Salon',
      finding:
        'Ninguna organización publicó 349 en las fuentes que consultamos. Los conteos más cercanos del mismo período son los 366 de Socorro Jurídico Humanitario (enero de 2025) y los 367-368 de Cristosal (principios de 2025).',
    },
  },
  {
    id: 'causes-261',
    claim:
      'Cristosal: 261 deaths, of which 88 possibly criminal acts, 87 illness, 14 violence, 72 no identifiable cause',
    attributedTo: 'Cristosal, as reported by Salon',
    status: 'confirmed',
    finding: 'Confirmed by AP (10 July 2024); the data run to 15 April 2024.',
    related: ['deaths-cristosal-2024'],
    es: {
      claim:
        'Cristosal: 261 muertes, de ellas 88 por posibles hechos delictivos, 87 por enfermedad, 14 por violencia y 72 sin causa identificable',
      attributedTo: 'Cristosal, según Salon',
      finding: 'Lo confirmó AP (10 de julio de 2024); los datos llegan hasta el 15 de abril de 2024.',
    },
  },
  {
    id: 'cell-65-70',
    claim: 'CECOT cells hold 65 to 70 people, with 2 basins and 2 toilets',
    attributedTo: 'BBC and CNN, as reported by Salon',
    status: 'confirmed',
    finding: 'AP reported 65 to 70 people per cell; CNN later reported about 80 and up to 100.',
    related: ['cecot-cell-ap-min', 'cecot-cell-cnn-max'],
    es: {
      claim: 'Las celdas del CECOT albergan de 65 a 70 personas, con 2 lavamanos y 2 inodoros',
      attributedTo: 'BBC y CNN, según Salon',
      finding: 'AP informó de 65 a 70 personas por celda; CNN informó después de unas 80 y hasta 100.',
    },
  },
  {
    id: 'transfer',
    claim: 'About 260 men sent; the US paid El Salvador $6 million; they would be held at least one year',
    attributedTo: 'Salon',
    status: 'differs',
    finding:
      'CNN counted 261: 238 Venezuelans and 23 Salvadorans. AP reported $6 million for one year. The Venezuelans were returned to Venezuela on 18 July 2025, after about four months.',
    related: ['men-sent-to-cecot', 'us-payment', 'venezuelans-returned'],
    es: {
      claim:
        'Unos 260 hombres enviados; Estados Unidos pagó 6 millones de dólares a El Salvador; estarían detenidos al menos un año',
      attributedTo: 'Salon',
      finding:
        'CNN contó 261: 238 venezolanos y 23 salvadoreños. AP informó de 6 millones de dólares por un año. Los venezolanos fueron devueltos a Venezuela el 18 de julio de 2025, tras unos cuatro meses.',
    },
  },
];
