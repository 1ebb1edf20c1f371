/**
 * The data module's front door: every dataset as a flat table for exports and the sources page, and the one
 * function that validates them all (run by the build through the integration in astro.config.mjs, by
 * `npm run check:data`, and by the tests).
 */
import { sources, SOURCE_IDS, SOURCE_IDS_IN_FILE, type SourceId } from './sources';
import type { Confidence, IsoDate, Qualifier } from './types';
import { prisonPopulation, censusPopulation2024, esnowEstimateJune2024, rateOf } from './prisonPopulation';
import { capacity, reportedOccupancy, prisonCount } from './capacity';
import { cecot, cecotHeld, peoplePerCell } from './cecot';
import { spaceStandards } from './standards';
import { deathsInCustody } from './deaths';
import { causesOfDeath } from './deathCauses';
import { arrests } from './arrests';
import { homicideRate } from './homicides';
import { transfer, repatriation } from './transfer';
import { timelineEvents, type TimelineEvent } from './datedEvents';
import { worldPrisonRates, elSalvadorRates, SALVADOR_FIGURES } from './worldPrisonRates';
import {
  checkSeries,
  checkSource,
  checkObservation,
  DataValidationError,
  throwIfAny,
  type SeriesRules,
} from './validate';

export { sources, SOURCE_IDS, type SourceId };

/** One row of a published dataset: the figure, what it refers to, and where it came from. */
export interface TableRow {
  readonly series: string;
  readonly date: IsoDate;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly confidence: Confidence;
  readonly note: string;
  readonly source: SourceId;
}

export interface Dataset {
  /** URL-safe id: the file names of the downloads. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Title and description for the Spanish edition's sources page (every published dataset has them; a unit test checks). */
  readonly es?: { readonly title: string; readonly description: string };
  readonly rows: readonly TableRow[];
}

interface Obs {
  date: IsoDate;
  value: number;
  source: SourceId;
  confidence: Confidence;
  qualifier?: Qualifier;
  note?: string;
}

function rowsOf(series: string, unit: string, list: readonly Obs[]): TableRow[] {
  return list.map((o) => ({
    series,
    date: o.date,
    value: o.value,
    unit,
    qualifier: o.qualifier ?? 'exact',
    confidence: o.confidence,
    note: o.note ?? '',
    source: o.source,
  }));
}

function rowsOfRecord(unit: string, record: Record<string, readonly Obs[]>): TableRow[] {
  return Object.entries(record).flatMap(([series, list]) => rowsOf(series, unit, list));
}

/**
 * Dated events carry no figure: each is one row, counted as one event on its date (a span gives its end in the
 * note), so the download lists them with their sources.
 */
function eventRows(events: readonly TimelineEvent[]): TableRow[] {
  return events.map((e) => ({
    series: e.id,
    date: e.date,
    value: 1,
    unit: 'event',
    qualifier: 'exact',
    confidence: e.confidence,
    note: e.until ? `Until ${e.until}.` : '',
    source: e.sources[0]!,
  }));
}

function namedFacts(record: Record<string, Obs | IsoDate>, unit: (key: string) => string): TableRow[] {
  return Object.entries(record).flatMap(([key, v]) => (typeof v === 'string' ? [] : rowsOf(key, unit(key), [v])));
}

export const datasets: readonly Dataset[] = [
  {
    id: 'prison-population',
    title: 'Prison population of El Salvador',
    description:
      'People in prison, one series per kind of counter (World Prison Brief, government, civil society, census, press).',
    es: {
      title: 'Población penitenciaria de El Salvador',
      description:
        'Personas en prisión, una serie por tipo de fuente (World Prison Brief, gobierno, sociedad civil, censo, prensa).',
    },
    // El Salvador Now's estimate is its own series in the download, as in the text: it is not plotted (prisonPopulation.ts).
    rows: [
      ...rowsOfRecord('people', prisonPopulation),
      ...rowsOf('el-salvador-now-estimate', 'people', [esnowEstimateJune2024]),
    ],
  },
  {
    id: 'prison-rate',
    title: 'Prisoners per 100,000 residents',
    description:
      "Incarceration rate where the source of a prison population figure gave one, and the 2024 census's rate, our arithmetic from the census's count of prisoners and of residents (the residents are a row of their own).",
    es: {
      title: 'Presos por cada 100,000 habitantes',
      description:
        'Tasa de encarcelamiento, cuando la fuente de una cifra de población penitenciaria dio una, y la tasa del censo de 2024, cálculo propio a partir de los presos y los habitantes que contó el censo (los habitantes figuran en una fila propia).',
    },
    rows: Object.entries(prisonPopulation)
      .flatMap(([series, list]) =>
        list.flatMap((o) => {
          const rate = rateOf(o);
          if (!rate) return [];
          // A rate worked out here keeps the count's source; its arithmetic and other inputs go in the note.
          const note = rate.formula ? `Our arithmetic: ${rate.formula}.` : o.note;
          return rowsOf(series, 'per 100,000', [
            { ...o, value: rate.value, confidence: rate.confidence, ...(note ? { note } : {}) },
          ]);
        }),
      )
      .concat(
        rowsOf('census-population', 'residents', [
          { ...censusPopulation2024, note: "The 2024 census's resident population: the denominator of its rate." },
        ]),
        rowsOf('el-salvador-now-estimate', 'per 100,000', [
          { ...esnowEstimateJune2024, value: esnowEstimateJune2024.ratePer100k },
        ]),
      ),
  },
  {
    id: 'prison-capacity',
    title: 'Prison capacity',
    description:
      'Places in the prison system, one series per reporter (official, US embassy, press, civil society); the civil-society figure excludes CECOT.',
    es: {
      title: 'Capacidad penitenciaria',
      description:
        'Plazas del sistema penitenciario, una serie por quién las informó (oficial, embajada de Estados Unidos, prensa, sociedad civil); la cifra de la sociedad civil excluye el CECOT.',
    },
    rows: rowsOfRecord('places', capacity),
  },
  {
    id: 'prison-occupancy-reported',
    title: 'Prison occupancy as reported',
    description: 'Occupancy in percent of capacity, as sources published it (scope: all prisons or excluding CECOT).',
    es: {
      title: 'Ocupación penitenciaria según lo informado',
      description:
        'Ocupación en porcentaje de la capacidad, tal como la publicaron las fuentes (alcance: todas las cárceles o sin el CECOT).',
    },
    rows: reportedOccupancy.map((o) => ({ ...rowsOf(o.scope, 'percent', [o])[0]! })),
  },
  {
    id: 'prison-count',
    title: 'Number of prisons',
    description: 'Prison establishments counted at different times.',
    es: { title: 'Número de cárceles', description: 'Centros penitenciarios contabilizados en distintas fechas.' },
    rows: rowsOf('prisons', 'prisons', prisonCount),
  },
  {
    id: 'cecot',
    title: 'CECOT: capacity, layout and cells',
    description: 'Facts about the Centro de Confinamiento del Terrorismo, each with its source.',
    es: {
      title: 'CECOT: capacidad, distribución y celdas',
      description: 'Datos sobre el Centro de Confinamiento del Terrorismo, cada uno con su fuente.',
    },
    rows: [
      ...namedFacts(cecot, (k) => (k.endsWith('M2') ? 'm2' : k.endsWith('Hectares') ? 'hectares' : 'count')),
      ...peoplePerCell.flatMap((c) =>
        rowsOf(`peoplePerCell:${c.id}`, 'people per cell', [
          { ...c, value: c.min, note: `${c.claimant}; range ${c.min}-${c.max}` },
        ]).concat(
          c.max === c.min
            ? []
            : rowsOf(`peoplePerCell:${c.id}:max`, 'people per cell', [
                { ...c, value: c.max, note: `${c.claimant}; upper end` },
              ]),
        ),
      ),
      ...rowsOf('held', 'people', cecotHeld),
    ],
  },
  {
    id: 'space-standards',
    title: 'International minimum living space per prisoner',
    description: 'ICRC and CPT minimums in square metres per person.',
    es: {
      title: 'Espacio vital mínimo internacional por persona privada de libertad',
      description: 'Mínimos del CICR y del CPT en metros cuadrados por persona.',
    },
    rows: Object.values(spaceStandards).flatMap((s) => [
      ...rowsOf(`${s.id}:shared`, 'm2 per person', [s.sharedM2]),
      ...rowsOf(`${s.id}:single`, 'm2 per person', [s.singleM2]),
    ]),
  },
  {
    id: 'deaths-in-custody',
    title: 'Deaths in custody since 27 March 2022',
    description: 'Cumulative deaths of people in state custody, one series per counter. Never add series together.',
    es: {
      title: 'Muertes bajo custodia desde el 27 de marzo de 2022',
      description:
        'Muertes acumuladas de personas bajo custodia del Estado, una serie por organización. Las series nunca deben sumarse.',
    },
    rows: rowsOfRecord('deaths (cumulative)', deathsInCustody),
  },
  {
    id: 'causes-of-death',
    title: 'Causes of death in custody',
    description: 'How counters classified the deaths they recorded; categories differ between reports.',
    es: {
      title: 'Causas de muerte bajo custodia',
      description:
        'Cómo clasificaron las organizaciones las muertes que registraron; las categorías varían entre informes.',
    },
    rows: Object.values(causesOfDeath).flatMap((b) =>
      b.categories.map((c) => ({
        series: `${b.id}:${c.id}`,
        date: b.date,
        value: c.value,
        unit: b.unit === 'count' ? 'deaths' : `percent of ${b.total} deaths`,
        qualifier: 'exact' as const,
        confidence: b.confidence,
        note: c.label,
        source: b.source,
      })),
    ),
  },
  {
    id: 'arrests',
    title: 'Arrests under the state of exception',
    description: 'Cumulative arrests since 27 March 2022, as officials and rights groups reported them.',
    es: {
      title: 'Capturas bajo el régimen de excepción',
      description:
        'Capturas acumuladas desde el 27 de marzo de 2022, según las informaron funcionarios y organizaciones de derechos humanos.',
    },
    rows: rowsOf('arrests', 'people (cumulative)', arrests),
  },
  {
    id: 'homicide-rate',
    title: 'Homicides per 100,000 residents',
    description:
      'Official homicide rate by year, and an independent estimate that adds deaths official counts exclude.',
    es: {
      title: 'Homicidios por cada 100,000 habitantes',
      description:
        'Tasa oficial de homicidios por año y una estimación independiente que suma muertes que los conteos oficiales excluyen.',
    },
    rows: rowsOfRecord('per 100,000', homicideRate),
  },
  {
    id: 'world-prison-rates',
    title: 'Prison population rates around the world',
    description:
      "Prisoners per 100,000 residents in every country and territory of the World Prison Brief's table (copy of August 2022), each at its own date, with El Salvador's World Prison Brief, census and UCA figures.",
    es: {
      title: 'Tasas de población penitenciaria en el mundo',
      description:
        'Presos por cada 100,000 habitantes en cada país y territorio de la tabla del World Prison Brief (copia de agosto de 2022), cada uno a su fecha, con las cifras de El Salvador del World Prison Brief, del censo y de la UCA.',
    },
    rows: [
      ...worldPrisonRates.flatMap((o) =>
        rowsOf(o.name, 'per 100,000', [{ ...o, note: `${o.code}; ${o.prisoners} prisoners` }]),
      ),
      ...SALVADOR_FIGURES.flatMap((key) => {
        const o = elSalvadorRates[key];
        return rowsOf(`El Salvador (${key})`, 'per 100,000', [
          {
            ...o,
            note: `SLV; ${o.prisoners} prisoners${o.note ? `. ${o.note}` : ''}${o.formula ? ` Our arithmetic: ${o.formula}.` : ''}`,
          },
        ]);
      }),
    ],
  },
  {
    id: 'transfer',
    title: 'The March 2025 transfer to CECOT and the July 2025 repatriation',
    description: 'The men the United States sent to CECOT under the Alien Enemies Act, and their return to Venezuela.',
    es: {
      title: 'El traslado al CECOT de marzo de 2025 y la repatriación de julio de 2025',
      description:
        'Los hombres que Estados Unidos envió al CECOT bajo la Ley de Enemigos Extranjeros, y su regreso a Venezuela.',
    },
    rows: [
      ...namedFacts(transfer, (k) => (k === 'paymentUsd' ? 'USD' : k === 'lawYear' ? 'year' : 'people')),
      ...namedFacts(repatriation, () => 'people'),
    ],
  },
  {
    id: 'dated-events',
    title: 'From the flights to the courts: dated events, March to December 2025',
    description:
      'The proclamation, the flights, the court rulings, the exchange and the report on the men sent to CECOT: one row per event, with the date at the precision its source gives.',
    es: {
      title: 'De los vuelos a los tribunales: hechos fechados, de marzo a diciembre de 2025',
      description:
        'La proclamación, los vuelos, los fallos judiciales, el canje y el informe sobre los hombres enviados al CECOT: una fila por hecho, con la fecha en la precisión que da su fuente.',
    },
    rows: eventRows([...timelineEvents].sort((a, b) => a.date.localeCompare(b.date))),
  },
];

/** Runs every check over the whole module and throws one error listing every problem found. */
export function validateDataModule(): void {
  const errors: DataValidationError[] = [];
  for (const [id, record] of Object.entries(sources)) errors.push(...checkSource(id, record));

  const knownSources = SOURCE_IDS_IN_FILE;
  const counts: SeriesRules = { knownSources, integer: true };
  const measures: SeriesRules = { knownSources, integer: false };
  const seriesGroups: [string, Record<string, readonly unknown[]>, SeriesRules][] = [
    ['prison-population', prisonPopulation, { ...counts, optionalNumbers: ['ratePer100k'] }],
    ['prison-capacity', capacity, counts],
    ['deaths-in-custody', deathsInCustody, counts],
    ['homicide-rate', homicideRate, measures],
  ];
  for (const [dataset, group, rules] of seriesGroups) {
    for (const [series, rows] of Object.entries(group))
      errors.push(...checkSeries(`${dataset}/${series}`, rows, rules));
  }
  for (const o of worldPrisonRates) {
    errors.push(...checkObservation('world-prison-rates', `country "${o.code}"`, o, measures));
    if (!Number.isInteger(o.prisoners) || o.prisoners < 0)
      errors.push(
        new DataValidationError('world-prison-rates', `country "${o.code}"`, 'prisoners', 'must be a whole number'),
      );
  }
  const codes = worldPrisonRates.map((o) => o.code);
  for (const code of new Set(codes.filter((c, i) => codes.indexOf(c) !== i)))
    errors.push(new DataValidationError('world-prison-rates', `country "${code}"`, 'code', 'appears twice'));
  errors.push(...checkSeries('arrests', arrests, counts));
  errors.push(...checkSeries('cecot/held', cecotHeld, counts));
  errors.push(...checkSeries('prison-count', prisonCount, counts));
  for (const scope of ['all', 'excluding-cecot'] as const) {
    errors.push(
      ...checkSeries(
        `prison-occupancy-reported/${scope}`,
        reportedOccupancy.filter((o) => o.scope === scope),
        measures,
      ),
    );
  }
  for (const [key, v] of Object.entries(cecot)) {
    errors.push(...checkObservation('cecot', `fact "${key}"`, v, Number.isInteger(v.value) ? counts : measures));
  }
  errors.push(...checkObservation('census-2024', 'population', censusPopulation2024, counts));
  for (const record of [transfer, repatriation]) {
    for (const [key, v] of Object.entries(record)) {
      if (typeof v !== 'string') errors.push(...checkObservation('transfer', `fact "${key}"`, v, counts));
    }
  }
  for (const b of Object.values(causesOfDeath)) {
    const sum = b.categories.reduce((acc, c) => acc + c.value, 0);
    if (b.unit === 'count' && sum !== b.total) {
      errors.push(
        new DataValidationError(
          `causes-of-death/${b.id}`,
          null,
          'categories',
          `add up to ${sum}, not the total ${b.total}`,
        ),
      );
    }
    if (b.unit === 'percent' && sum > 100.05) {
      errors.push(
        new DataValidationError(
          `causes-of-death/${b.id}`,
          null,
          'categories',
          `shares add up to ${sum}%, more than 100%`,
        ),
      );
    }
    if (!knownSources.has(b.source)) {
      errors.push(
        new DataValidationError(
          `causes-of-death/${b.id}`,
          null,
          'source',
          `unknown source id ${JSON.stringify(b.source)}`,
        ),
      );
    }
  }
  throwIfAny(errors);
}

/** Which datasets cite each source, for the sources page. */
export function datasetsCiting(id: SourceId): string[] {
  return datasets.filter((ds) => ds.rows.some((r) => r.source === id)).map((ds) => ds.id);
}
