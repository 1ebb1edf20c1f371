/**
 * The corrections and updates log: every change to a figure or claim readers have already seen, dated, in both
 * languages, with the facts, charts and chapters it touches.
 *
 * Why a log and not just an edit: a published figure never changes silently. The build compares every fact with
 * the committed published-figures file and refuses a difference that no entry here covers, so fixing a number
 * means saying so to readers (chapter foot, corrections page, feed, embed note).
 */
import type { IsoDate, Language } from './types';
import type { FactId } from './facts';
import type { ChartId } from '../charts/states';
import { parseIsoDate } from './dates';
import { DataValidationError } from './validate';

/** A correction fixes something that was wrong; an update adds or refreshes something that was right when said. */
export type LogKind = 'correction' | 'update';

export interface LogEntry {
  /** Stable, unique, kebab-case; used in anchors (`/en/corrections/#<id>`) and feed entry ids. */
  readonly id: string;
  /** The day the change was published (day precision). */
  readonly date: `${number}-${number}-${number}`;
  readonly kind: LogKind;
  /** What the story said before, in each language (a sentence a reader understands). */
  readonly said: Readonly<Record<Language, string>>;
  /** What it says now, in each language. */
  readonly says: Readonly<Record<Language, string>>;
  /** Facts whose value, date, source or qualifier changed (the published-figures check reads these). */
  readonly facts: readonly FactId[];
  /**
   * Published facts taken out of the story, by the ids content/published-figures.json knows them by. They are no
   * longer facts, so they cannot go in `facts`; the published-figures check reads these too.
   */
  readonly removedFacts?: readonly string[];
  /** Charts whose drawing or data table changed. */
  readonly charts: readonly ChartId[];
  /** Chapter slugs (the file name without `NN-` and `.mdx`, e.g. `prison-population`) whose text changed. */
  readonly chapters: readonly string[];
}

/** The log, oldest first. Append; never edit or remove a published entry. */
export const corrections: readonly LogEntry[] = [
  {
    id: 'prison-total-june-2024-attribution',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'An official system (“SSPAS”) counted 111,844 people in prison in June 2024; the chart plotted it as a government figure.',
      es: 'Un sistema oficial (“SSPAS”) registró 111,844 personas presas en junio de 2024; el gráfico la mostraba como cifra del gobierno.',
    },
    says: {
      en: '111,844 is El Salvador Now’s own estimate, and the inputs it lists add up to 113,932; it is no longer plotted. SSPAS is the Servicio Social Pasionista, a civil-society organisation, which counted 97,312 people in 27,280 places in prisons other than CECOT.',
      es: '111,844 es una estimación propia de El Salvador Now, y los datos que enumera suman 113,932; ya no se dibuja. SSPAS es el Servicio Social Pasionista, una organización de la sociedad civil, que contó 97,312 personas en 27,280 plazas en las cárceles distintas del CECOT.',
    },
    facts: [
      'prisoners-2024-sspas',
      'rate-2024-sspas',
      'esnow-estimate-inputs-sum',
      'held-outside-cecot-2024',
      'occupancy-excluding-cecot-2024-reported',
    ],
    charts: ['prison-population'],
    chapters: ['prison-population'],
  },
  {
    id: 'official-capacity-line-2024',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'The official capacity line ended at 27,280 places in June 2024, so capacity seemed to fall after CECOT opened.',
      es: 'La línea de capacidad oficial terminaba en 27,280 plazas en junio de 2024, de modo que la capacidad parecía caer tras la apertura del CECOT.',
    },
    says: {
      en: '27,280 is the Servicio Social Pasionista’s count of places in prisons other than CECOT, not an official figure. It is now its own civil-society series in the data and no longer on the official line, which ends in 2021.',
      es: '27,280 es el conteo del Servicio Social Pasionista de las plazas de las cárceles distintas del CECOT, no una cifra oficial. Ahora es una serie propia de la sociedad civil en los datos y ya no está en la línea oficial, que termina en 2021.',
    },
    facts: ['capacity-excluding-cecot-2024', 'occupancy-excluding-cecot-2024-derived'],
    charts: ['prison-population'],
    chapters: ['prison-population'],
  },
  {
    id: 'sjh-2025-causes-complete',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'Socorro Jurídico Humanitario’s 2025 breakdown covered 94% of deaths and “did not say what the rest were”; the causes chart showed a “not stated” bar.',
      es: 'El desglose de 2025 de Socorro Jurídico Humanitario cubría el 94% de las muertes y “no indicó a qué correspondía el resto”; el gráfico de causas mostraba una barra “no indicado”.',
    },
    says: {
      en: 'The source gives the rest: 5.7% terminal illness and 0.3% suspected suicide. Both are now in the text and the chart, and the “not stated” bar is gone.',
      es: 'La fuente sí da el resto: 5.7% por enfermedad terminal y 0.3% por sospecha de suicidio. Ambas figuran ahora en el texto y en el gráfico, y la barra “no indicado” ya no aparece.',
    },
    facts: ['deaths-sjh-2025-terminal-share', 'deaths-sjh-2025-suicide-share'],
    charts: ['deaths-in-custody'],
    chapters: ['deaths-in-custody'],
  },
  {
    id: 'independent-monitoring-cecot',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'The Salvadoran government “has not allowed independent monitors into the prison”.',
      es: 'El gobierno salvadoreño “no ha permitido la entrada de observadores independientes a la prisión”.',
    },
    says: {
      en: 'The International Committee of the Red Cross visited CECOT while the Venezuelans were held, and some men said they were beaten for speaking to it. No independent body monitors the prison publicly.',
      es: 'El Comité Internacional de la Cruz Roja visitó el CECOT mientras los venezolanos estaban recluidos, y algunos hombres dijeron que fueron golpeados por hablar con él. Ningún organismo independiente supervisa públicamente la prisión.',
    },
    facts: ['accounts-report-date'],
    charts: [],
    chapters: ['after-cecot'],
  },
  {
    id: 'alien-enemies-act-scope',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: '“To remove the Venezuelans, the US administration invoked the Alien Enemies Act”, as if it had been used for all of them.',
      es: '“Para expulsar a los venezolanos, el gobierno estadounidense invocó la Ley de Enemigos Extranjeros”, como si se hubiera aplicado a todos.',
    },
    says: {
      en: 'The court case over the Act concerns 137 men sent to CECOT under it; the others were removed under ordinary immigration law.',
      es: 'El caso judicial por esa ley se refiere a 137 hombres enviados al CECOT en virtud de ella; los demás fueron expulsados conforme a la legislación migratoria ordinaria.',
    },
    facts: ['removed-under-alien-enemies-act'],
    charts: [],
    chapters: ['the-flights'],
  },
  {
    id: 'capacity-2020-qualifier',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'Prison capacity in May 2020 was given as “at least 21,000” places.',
      es: 'La capacidad penitenciaria de mayo de 2020 figuraba como “al menos 21,000” plazas.',
    },
    says: {
      en: 'The source says the prisons were designed for “a maximum of 21,000”: the figure is the design capacity, with no “at least”.',
      es: 'La fuente dice que las cárceles estaban diseñadas para “un máximo de 21,000”: la cifra es la capacidad de diseño, sin “al menos”.',
    },
    facts: [],
    charts: ['prison-population'],
    chapters: [],
  },
  {
    id: 'cristosal-description',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'Cristosal was called “the legal-aid organisation”.',
      es: 'Se llamaba a Cristosal “la organización de asistencia legal”.',
    },
    says: {
      en: 'Cristosal is a human-rights organisation; Socorro Jurídico Humanitario is the legal-aid group.',
      es: 'Cristosal es una organización de derechos humanos; Socorro Jurídico Humanitario es la organización de asistencia legal.',
    },
    facts: [],
    charts: [],
    chapters: ['deaths-in-custody'],
  },
  {
    id: 'arrests-2022-attribution',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: '“Human Rights Watch counted at least 58,000 by the end of 2022.”',
      es: '“Human Rights Watch contabilizó al menos 58,000 a finales de 2022.”',
    },
    says: {
      en: 'Human Rights Watch relayed the authorities’ own figure, which covers March to November 2022. The arrests of 56,847 are now dated October 2022, the month they count, not November, when they were reported.',
      es: 'Human Rights Watch recogió la cifra de las propias autoridades, que abarca de marzo a noviembre de 2022. Las 56,847 capturas se fechan ahora en octubre de 2022, el mes que cuentan, no en noviembre, cuando se informaron.',
    },
    facts: ['arrests-2022-11'],
    charts: ['crackdown-context'],
    chapters: ['prison-population'],
  },
  {
    id: 'transfer-dates',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: '“On 16 March 2025, planes … landed in El Salvador.”',
      es: '“El 16 de marzo de 2025 aterrizaron en El Salvador aviones…”',
    },
    says: {
      en: 'The planes left the United States on 15 March 2025 and landed that night and in the early hours of 16 March.',
      es: 'Los aviones despegaron de Estados Unidos el 15 de marzo de 2025 y aterrizaron esa noche y en la madrugada del 16 de marzo.',
    },
    facts: ['flights-departure-date', 'transfer-date'],
    charts: [],
    chapters: ['the-flights'],
  },
  {
    id: 'prison-statistics-span',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: '“El Salvador has six decades of prison statistics.”',
      es: '“El Salvador tiene seis décadas de estadísticas penitenciarias.”',
    },
    says: {
      en: 'The World Prison Brief’s series for El Salvador starts in 1972.',
      es: 'La serie del World Prison Brief para El Salvador empieza en 1972.',
    },
    facts: ['wpb-series-start'],
    charts: [],
    chapters: ['prison-population'],
  },
  {
    id: 'prisoners-2015-qualifier',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: '“About 28,697” people in prison in March 2015.',
      es: '“Unas 28,697” personas presas en marzo de 2015.',
    },
    says: {
      en: '28,697 is an exact count; only its month is approximate, which the data note now says.',
      es: '28,697 es un conteo exacto; solo su mes es aproximado, como indica ahora la nota de los datos.',
    },
    facts: ['prisoners-2015-03', 'occupancy-2015-03-derived'],
    charts: ['prison-population'],
    chapters: ['prison-population'],
  },
  {
    id: 'deaths-chart-amnesty-credit',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'The deaths chart credited Amnesty International, whose figure it does not draw.',
      es: 'El gráfico de muertes acreditaba a Amnistía Internacional, cuya cifra no dibuja.',
    },
    says: {
      en: 'The chart credits only the counters it draws; Amnesty’s early count stays in the download.',
      es: 'El gráfico acredita solo a las organizaciones cuyas cifras dibuja; el conteo inicial de Amnistía sigue en la descarga.',
    },
    facts: [],
    charts: ['deaths-in-custody'],
    chapters: [],
  },
  {
    id: 'sources-publisher-pages',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'Some figures cited a topic page (450 deaths), a video page in French (252 men) and a forum copy (Foreign Policy’s homicide estimate).',
      es: 'Algunas cifras citaban una página temática (450 muertes), una página de video en francés (252 hombres) y una copia en un foro (la estimación de homicidios de Foreign Policy).',
    },
    says: {
      en: 'They now cite EFE’s report on RPP, CNN’s report on Local News 8, and El Salvador Now’s republication of the Foreign Policy article, each named as the copy read.',
      es: 'Ahora citan la nota de EFE en RPP, la de CNN en Local News 8 y la republicación del artículo de Foreign Policy en El Salvador Now, cada una identificada como la copia consultada.',
    },
    facts: ['deaths-sjh-latest', 'venezuelans-sent-march-april', 'homicide-rate-2023-estimate'],
    charts: ['deaths-in-custody', 'crackdown-context'],
    chapters: ['deaths-in-custody', 'after-cecot', 'prison-population'],
  },
  {
    id: 'seed-claim-growth-2020-2024',
    date: '2026-12-03',
    kind: 'update',
    said: {
      en: 'The claims checked on the sources page did not include the seed article’s “nearly 200% from 2020 to 2024”.',
      es: 'Las afirmaciones verificadas en la página de fuentes no incluían el “casi 200% entre 2020 y 2024” del artículo de origen.',
    },
    says: {
      en: 'It is now listed: 109,519 / 37,190 − 1 = +194%, from two different counters.',
      es: 'Ahora figura: 109,519 / 37,190 − 1 = +194%, a partir de dos fuentes distintas.',
    },
    facts: ['growth-2020-2024-seed'],
    charts: [],
    chapters: [],
  },
  {
    id: 'wording-deks-and-comparisons',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'Chapter two’s summary said the government “suspended constitutional rights”; chapter four’s said it “stopped publishing its own count a year into the crackdown”; “Arrests rose just as fast” followed a paragraph on falling homicides.',
      es: 'El resumen del capítulo dos decía que el gobierno “suspendió derechos constitucionales”; el del capítulo cuatro, que “dejó de publicar su propio conteo al año de iniciada la ofensiva”; “Las capturas crecieron con la misma rapidez” seguía a un párrafo sobre la caída de los homicidios.',
    },
    says: {
      en: 'The government suspended several constitutional guarantees; it has never published a count of deaths, and its last figure was a statement by the attorney general; the text now says arrests climbed while homicides fell.',
      es: 'El gobierno suspendió varias garantías constitucionales; nunca ha publicado un conteo de muertes, y su última cifra fue una declaración de la Fiscalía General; el texto dice ahora que las capturas aumentaban mientras caían los homicidios.',
    },
    facts: [],
    charts: [],
    chapters: ['prison-population', 'deaths-in-custody', 'the-flights'],
  },
  {
    id: 'chapter-the-courts',
    date: '2026-12-03',
    kind: 'update',
    said: {
      en: 'The story did not cover the court rulings on the men sent to CECOT, their accounts after their return, or the governments’ answers.',
      es: 'El reportaje no trataba las resoluciones judiciales sobre los hombres enviados al CECOT, sus testimonios tras el regreso ni las respuestas de los gobiernos.',
    },
    says: {
      en: 'A new chapter, “The courts, and what the men said”, covers the rulings, the Human Rights Watch and Cristosal report, the governments’ answers, mass trials and the money; the deaths chapter now gives the Salvadoran government’s denial.',
      es: 'Un nuevo capítulo, “Los tribunales y lo que contaron los hombres”, recoge las resoluciones, el informe de Human Rights Watch y Cristosal, las respuestas de los gobiernos, los juicios masivos y el dinero; el capítulo de muertes incluye ahora la negativa del gobierno salvadoreño.',
    },
    facts: [
      'restraining-order-date',
      'supreme-court-notice-date',
      'supreme-court-abrego-date',
      'abrego-returned-date',
      'due-process-ruling-date',
      'men-interviewed',
      'accounts-report-date',
      'salvador-denial-date',
      'innocents-acknowledged',
    ],
    charts: [],
    chapters: ['the-courts', 'deaths-in-custody', 'after-cecot', 'prison-population'],
  },
  {
    id: 'innocents-freed-date',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'Chapter six dated the government’s admission that about 8,000 people arrested were innocent to July 2025, as EFE repeated it, and said that by then no sentence had been handed down in a mass trial.',
      es: 'El capítulo seis fechaba en julio de 2025, cuando EFE la repitió, la admisión del gobierno de que unas 8,000 personas capturadas eran inocentes, y decía que para entonces no se había dictado ninguna sentencia en un juicio masivo.',
    },
    says: {
      en: 'The figure is President Bukele’s own, from 12 November 2024, as AFP reported it (“We have already freed 8,000 people”). EFE’s statement that no sentence had been handed down is now dated 18 December 2025, beside AP’s report of a first collective verdict.',
      es: 'La cifra es del propio presidente Bukele, del 12 de noviembre de 2024, según informó AFP (“Ya hemos liberado a 8,000 personas”). La afirmación de EFE de que no se había dictado ninguna sentencia tiene ahora fecha del 18 de diciembre de 2025, junto al despacho de AP sobre una primera sentencia colectiva.',
    },
    facts: ['innocents-acknowledged'],
    charts: [],
    chapters: ['the-courts'],
  },
  {
    id: 'deaths-sjh-may-december-2025',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'The deaths chart dated Socorro Jurídico Humanitario’s count of 396 to May 2025, “reported April–May 2025”, and did not show its counts of at least 412 (reported 27 May 2025) and at least 470 (18 December 2025).',
      es: 'El gráfico de muertes fechaba en mayo de 2025 el conteo de 396 de Socorro Jurídico Humanitario, “informado entre abril y mayo de 2025”, y no mostraba sus conteos de al menos 412 (informado el 27 de mayo de 2025) y al menos 470 (18 de diciembre de 2025).',
    },
    says: {
      en: 'The 396 is noted as reported between 15 April and 27 May 2025, from an undated page, and both later counts are drawn, each with its source.',
      es: 'El 396 figura como informado entre el 15 de abril y el 27 de mayo de 2025, a partir de una página sin fecha, y los dos conteos posteriores se dibujan, cada uno con su fuente.',
    },
    facts: [],
    charts: ['deaths-in-custody'],
    chapters: [],
  },
  {
    id: 'arrests-january-2026',
    date: '2026-12-03',
    kind: 'update',
    said: {
      en: 'Chapter two gave the security minister’s figure of about 89,000 detentions, from August 2025, as the latest count of arrests.',
      es: 'El capítulo dos daba como conteo de capturas más reciente la cifra del ministro de Seguridad de unas 89,000 detenciones, de agosto de 2025.',
    },
    says: {
      en: 'It now gives the minister’s count of more than 91,000 arrests, reported on 27 January 2026, and the two 2025 estimates of the prison population AFP relayed, neither official: about 108,000 (Human Rights Watch) and 110,000 to 120,000 (Cristosal’s director).',
      es: 'Ahora da el conteo del ministro de más de 91,000 capturas, informado el 27 de enero de 2026, y las dos estimaciones de población penitenciaria de 2025 que recogió AFP, ninguna oficial: unas 108,000 (Human Rights Watch) y de 110,000 a 120,000 (el director de Cristosal).',
    },
    facts: ['arrests-latest'],
    charts: ['crackdown-context'],
    chapters: ['prison-population'],
  },
  {
    id: 'payment-figures',
    date: '2026-12-03',
    kind: 'update',
    said: {
      en: 'Chapter six said how much the United States actually paid El Salvador could not be confirmed in a publisher’s own page or a wire copy.',
      es: 'El capítulo seis decía que cuánto pagó realmente Estados Unidos a El Salvador no pudo confirmarse en una página del propio editor ni en una nota de agencia.',
    },
    says: {
      en: 'It now shows each figure with its source: the White House’s “approximately $6 million”, and the grant agreement made public in a lawsuit, $4.8 million as NOTUS reported it and $4.76 million as Robert F. Kennedy Human Rights gave it.',
      es: 'Ahora muestra cada cifra con su fuente: los “aproximadamente 6 millones de dólares” de la Casa Blanca y el acuerdo de subvención hecho público en una demanda, 4.8 millones según NOTUS y 4.76 millones según Robert F. Kennedy Human Rights.',
    },
    facts: [],
    charts: [],
    chapters: ['the-courts'],
  },
  {
    id: 'homicide-estimate-original-date',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'The source of Foreign Policy’s homicide estimate gave only the date of El Salvador Now’s republication, 12 August 2024.',
      es: 'La fuente de la estimación de homicidios de Foreign Policy daba solo la fecha de la republicación de El Salvador Now, el 12 de agosto de 2024.',
    },
    says: {
      en: 'The data table now also gives the article’s author, Jeremy Giles, and the date Foreign Policy first published it, 8 August 2024.',
      es: 'La tabla de datos da ahora también el autor del artículo, Jeremy Giles, y la fecha en que Foreign Policy lo publicó, el 8 de agosto de 2024.',
    },
    facts: [],
    charts: ['crackdown-context'],
    chapters: [],
  },
  {
    id: 'conditions-courts-icrc',
    date: '2026-12-03',
    kind: 'update',
    said: {
      en: 'The story did not describe daily life in CECOT’s cells, the Supreme Court’s ruling of 16 May 2025 or the later appeals-court rulings, and said only that the Red Cross had visited the prison while the men were held.',
      es: 'El reportaje no describía la vida diaria en las celdas del CECOT, la resolución de la Corte Suprema del 16 de mayo de 2025 ni las posteriores de los tribunales de apelación, y solo decía que la Cruz Roja había visitado la prisión mientras los hombres estaban recluidos.',
    },
    says: {
      en: 'Chapter three describes hours in the cell, visits, bunks, light, heat, food and what officials said about release, with the government’s answer; chapter six adds the rulings of 16 May, 2 September and 14 November 2025, the governments’ answers and the mass-trial law; chapter five says the ICRC made two visits, undated; chapters one, three and five state the date of their figures.',
      es: 'El capítulo tres describe las horas en la celda, las visitas, las literas, la luz, el calor, la comida y lo que dijeron las autoridades sobre la salida de los presos, con la respuesta del gobierno; el capítulo seis añade las resoluciones del 16 de mayo, el 2 de septiembre y el 14 de noviembre de 2025, las respuestas de los gobiernos y la ley de juicios masivos; el capítulo cinco dice que el CICR hizo dos visitas, sin fecha; los capítulos uno, tres y cinco indican la fecha de sus cifras.',
    },
    facts: [],
    charts: [],
    chapters: ['inside-cecot', 'the-courts', 'after-cecot', 'the-flights'],
  },
  {
    id: 'world-comparison',
    date: '2026-12-03',
    kind: 'update',
    said: {
      en: 'Chapter two did not compare El Salvador’s prison rate with other countries’.',
      es: 'El capítulo dos no comparaba la tasa de presos de El Salvador con la de otros países.',
    },
    says: {
      en: 'It now opens with that comparison: El Salvador’s rates of 2022 and 2024 against its neighbours’ and the highest in the World Prison Brief’s table, each figure with its own date.',
      es: 'Ahora empieza con esa comparación: las tasas de El Salvador de 2022 y 2024 frente a las de sus vecinos y las más altas de la tabla del World Prison Brief, cada cifra con su fecha.',
    },
    facts: [],
    charts: [],
    chapters: ['prison-population'],
  },
  {
    id: 'census-rate-recomputed',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'Chapter two said the 2024 census put El Salvador’s prison rate at 1,776 per 100,000 residents. The rate and the census’s count of 107,055 people in prison were cited to La Prensa Gráfica’s article, which could be read only on a mirror copy.',
      es: 'El capítulo dos decía que el censo de 2024 situó la tasa de presos de El Salvador en 1,776 por cada 100,000 habitantes. La tasa y los 107,055 presos que contó el censo se citaban al artículo de La Prensa Gráfica, que solo pudo leerse en una copia espejo.',
    },
    says: {
      en: 'The count is cited to Diario El Mundo’s own page, and the rate is our arithmetic from the census’s own figures, its 107,055 people in prison and its 6,029,976 residents (Revista E&N): 1,775 per 100,000. The comparisons built on it follow: 191% above the rate before the state of exception, and 2.8 times the highest rate in the World Prison Brief’s table.',
      es: 'La cifra de presos se cita a la página del propio Diario El Mundo, y la tasa es un cálculo propio a partir de las cifras del censo, sus 107,055 presos y sus 6,029,976 habitantes (Revista E&N): 1,775 por cada 100,000. Las comparaciones que se basan en ella la siguen: un 191% más que la tasa previa al régimen de excepción y 2.8 veces la más alta de la tabla del World Prison Brief.',
    },
    facts: ['rate-2024-census', 'prisoners-2024-census', 'rate-growth-2022-2024', 'rate-2024-census-times-highest'],
    charts: ['prison-population', 'world-comparison'],
    chapters: ['prison-population'],
  },
  {
    id: 'census-prisoners-by-sex-removed',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'Chapter two said the census counted 94,112 men and 12,943 women in prison.',
      es: 'El capítulo dos decía que el censo contó 94,112 hombres y 12,943 mujeres en prisión.',
    },
    says: {
      en: 'The breakdown by sex is removed: it came from the same article of La Prensa Gráfica, read only on a mirror copy, and no publisher’s own page we could read gives it.',
      es: 'Se eliminó el desglose por sexo: procedía del mismo artículo de La Prensa Gráfica, leído solo en una copia espejo, y ninguna página de un medio que pudimos consultar lo recoge.',
    },
    facts: [],
    removedFacts: ['prisoners-2024-census-men', 'prisoners-2024-census-women'],
    charts: [],
    chapters: ['prison-population'],
  },
  {
    id: 'la-prensa-grafica-2022-removed',
    date: '2026-12-03',
    kind: 'correction',
    said: {
      en: 'Chapters two and seven gave La Prensa Gráfica’s figure of about 35,000 prisoners just before the state of exception beside the ministry’s 39,538, the prison population chart drew it on its press line, and the capacity download listed La Prensa Gráfica’s 30,000 places for March 2022.',
      es: 'Los capítulos dos y siete daban la cifra de La Prensa Gráfica de unos 35,000 presos justo antes del régimen de excepción junto a los 39,538 del ministerio, el gráfico de población penitenciaria la dibujaba en su línea de prensa y la descarga de capacidad incluía las 30,000 plazas de marzo de 2022 según La Prensa Gráfica.',
    },
    says: {
      en: 'Both figures are removed: they came from the same article, read only on a mirror copy. The methods chapter now shows disagreeing sources with the census’s 107,055 people in prison and the 109,519 that Cristosal and other organisations counted in 2024, and says that a figure found only on a mirror of unknown origin is left out.',
      es: 'Se eliminaron ambas cifras: procedían del mismo artículo, leído solo en una copia espejo. El capítulo de métodos muestra ahora fuentes que no coinciden con los 107,055 presos del censo y los 109,519 que contaron Cristosal y otras organizaciones en 2024, y dice que una cifra que solo aparece en una copia espejo de origen desconocido se deja fuera.',
    },
    facts: [],
    removedFacts: ['prisoners-before-exception-lpg'],
    charts: ['prison-population'],
    chapters: ['prison-population', 'methods'],
  },
];

/** Used by pages that show "Updated <date>": the newest entry's date, or undefined when the log is empty. */
export function latestChange(entries: readonly LogEntry[] = corrections): IsoDate | undefined {
  return entries.reduce<IsoDate | undefined>((latest, e) => (!latest || e.date > latest ? e.date : latest), undefined);
}

/** Entries that name a chapter (by slug), oldest first. */
export function entriesForChapter(slug: string, entries: readonly LogEntry[] = corrections): LogEntry[] {
  return entries.filter((e) => e.chapters.includes(slug));
}

/** Entries that name a chart, oldest first. */
export function entriesForChart(chart: string, entries: readonly LogEntry[] = corrections): LogEntry[] {
  return entries.filter((e) => (e.charts as readonly string[]).includes(chart));
}

/** The log as the corrections page and the feed list it: newest first, entries of one day in reverse log order. */
export function newestFirst(entries: readonly LogEntry[] = corrections): LogEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date === b.entry.date ? b.index - a.index : a.entry.date < b.entry.date ? 1 : -1))
    .map(({ entry }) => entry);
}

/** What an entry may name: the ids that exist in the data module, the chart registry and the chapter folder. */
export interface KnownTargets {
  readonly facts: ReadonlySet<string>;
  readonly charts: ReadonlySet<string>;
  readonly chapters: ReadonlySet<string>;
}

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KINDS: readonly string[] = ['correction', 'update'] satisfies LogKind[];
const LANGS: readonly Language[] = ['en', 'es'];

/**
 * Checks the log the way the build does: unique kebab-case ids, dates of one calendar day in log order, a known
 * kind, what the story said and says in both languages, and only facts, charts and chapters that exist. Entries
 * arrive untyped here (`unknown`) so a fixture can break each rule; every message names the entry and the field.
 */
export function checkLog(entries: readonly unknown[], known: KnownTargets): DataValidationError[] {
  const errors: DataValidationError[] = [];
  const seen = new Set<string>();
  let previousDate: string | undefined;
  entries.forEach((raw, index) => {
    const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = typeof record['id'] === 'string' ? record['id'] : '';
    const row = id ? `entry "${id}"` : `entry #${index + 1}`;
    const fail = (field: string, problem: string) =>
      errors.push(new DataValidationError('corrections', row, field, problem));

    if (!ENTRY_ID.test(id))
      fail('id', `must be lowercase letters, digits and hyphens, got ${JSON.stringify(record['id'])}`);
    else if (seen.has(id)) fail('id', 'is used by an earlier entry; every entry needs its own id');
    seen.add(id);

    const date = record['date'];
    if (parseIsoDate(date)?.precision !== 'day') {
      fail('date', `must be the day of the change as YYYY-MM-DD, got ${JSON.stringify(date)}`);
    } else {
      if (previousDate && (date as string) < previousDate)
        fail('date', `${String(date)} is before the previous entry's ${previousDate}; append entries in date order`);
      previousDate = date as string;
    }

    if (!KINDS.includes(record['kind'] as string))
      fail('kind', `must be one of "correction", "update", got ${JSON.stringify(record['kind'])}`);

    for (const field of ['said', 'says'] as const) {
      const text = (record[field] ?? {}) as Record<string, unknown>;
      for (const lang of LANGS) {
        const value = text[lang];
        if (typeof value !== 'string' || value.trim() === '')
          fail(`${field}.${lang}`, `needs the text in ${lang === 'en' ? 'English' : 'Spanish'}`);
      }
    }

    const lists = [
      ['facts', known.facts, 'a fact id (content/README.md lists them)'],
      ['charts', known.charts, 'a chart id from src/charts/registry.ts'],
      ['chapters', known.chapters, 'a chapter slug (content/chapters/<lang>/NN-slug.mdx)'],
    ] as const;
    let named = 0;
    for (const [field, allowed, what] of lists) {
      const list = record[field];
      if (!Array.isArray(list)) {
        fail(field, 'must be a list (empty when the entry touches none)');
        continue;
      }
      named += list.length;
      for (const item of list as unknown[]) {
        if (typeof item !== 'string' || !allowed.has(item))
          fail(
            field,
            `${JSON.stringify(item)} is not ${what}${allowed.size <= 12 ? `; known: ${[...allowed].sort().join(', ')}` : ''}`,
          );
      }
    }
    const removed = record['removedFacts'];
    if (removed !== undefined) {
      if (!Array.isArray(removed)) fail('removedFacts', "must be a list of the removed facts' ids");
      else {
        named += removed.length;
        for (const item of removed as unknown[]) {
          if (typeof item !== 'string' || !ENTRY_ID.test(item))
            fail('removedFacts', `${JSON.stringify(item)} is not a fact id (lowercase letters, digits and hyphens)`);
          else if (known.facts.has(item))
            fail('removedFacts', `"${item}" is still a fact; a fact that changed goes in \`facts\``);
        }
      }
    }
    if (named === 0) fail('facts', 'the entry names no fact, chart or chapter; readers would never see it');
  });
  return errors;
}
