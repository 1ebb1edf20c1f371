/**
 * The Spanish edition's wording of what we wrote about each source in sources.ts: the note after a publisher's
 * name ("copy of CNN"), who produced a figure (`via`), and the bracketed descriptions that stand in for a page's
 * missing headline. Real headlines are never translated: every page is cited by its own title, in its own
 * language, in both editions.
 *
 * Keyed by the English text (the same phrases recur across sources). Names that read the same in Spanish are
 * listed too, so tests/unit/i18n.test.ts can check that every `via`, every publisher with a note and every
 * bracketed description has been given its Spanish form.
 */
import type { SourceId } from './sources';

/** Publishers whose name carries a note in parentheses or after a comma. */
export const publisherEs: Readonly<Record<string, string>> = {
  'World Prison Brief (copy on GitHub, stuartsan/prisonstudies)':
    'World Prison Brief (copia en GitHub, stuartsan/prisonstudies)',
  'World Prison Brief (copy on GitHub, leonie-steckermeier/worldprisonbrief)':
    'World Prison Brief (copia en GitHub, leonie-steckermeier/worldprisonbrief)',
  'The Latest News (copy of VOA)': 'The Latest News (copia de VOA)',
  'La Prensa Gráfica (mirror copy)': 'La Prensa Gráfica (copia espejo)',
  'Organization of American States, Inter-American Observatory on Security':
    'Organización de los Estados Americanos, Observatorio Interamericano de Seguridad',
  'Seguridad y Justicia (blog)': 'Seguridad y Justicia (blog)',
  'Ruetir (copy of AP)': 'Ruetir (copia de AP)',
  'Briefly (copy of NPR/AP)': 'Briefly (copia de NPR/AP)',
  'Liputan6 (AFP photo captions)': 'Liputan6 (pies de foto de AFP)',
  'Webjosh (copy of CNN)': 'Webjosh (copia de CNN)',
  'Pressway (copy of BBC)': 'Pressway (copia de BBC)',
  'El Comercio (Peru)': 'El Comercio (Perú)',
  'inkl (copy of the Financial Times)': 'inkl (copia del Financial Times)',
  'El Heraldo (Honduras)': 'El Heraldo (Honduras)',
  'Articlefeed (copy of Human Rights Watch)': 'Articlefeed (copia de Human Rights Watch)',
  'KESQ (AP)': 'KESQ (AP)',
  'KYMA (AP)': 'KYMA (AP)',
  'Bastille Post (AP)': 'Bastille Post (AP)',
  'Newsday (AP)': 'Newsday (AP)',
  'Davis Vanguard (AP)': 'Davis Vanguard (AP)',
  'iroon.com (copy of The New Yorker)': 'iroon.com (copia de The New Yorker)',
  'Diario Co Latino (opinion column)': 'Diario Co Latino (columna de opinión)',
  'El Salvador Now (republication of Foreign Policy)': 'El Salvador Now (republicación de Foreign Policy)',
  'RPP (EFE)': 'RPP (EFE)',
  'Local News 8 (CNN)': 'Local News 8 (CNN)',
  'Havana Times (IPS)': 'Havana Times (IPS)',
  'WHMI (ABC News)': 'WHMI (ABC News)',
  'The Frontier Post (Reuters)': 'The Frontier Post (Reuters)',
  'Hindustan Times (Reuters)': 'Hindustan Times (Reuters)',
  'WHYY (AP)': 'WHYY (AP)',
  'Business Standard (AP)': 'Business Standard (AP)',
  'La Nación (El Salvador)': 'La Nación (El Salvador)',
  'KSAT (AP)': 'KSAT (AP)',
  'Puranoticia (BBC News Mundo)': 'Puranoticia (BBC News Mundo)',
  'Visión RDN (republication)': 'Visión RDN (republicación)',
};

/**
 * Who produced a figure, as the sources page says it ("Origen de la cifra: el ministro de Seguridad, Gustavo
 * Villatoro."): with its article, job titles in lower case and set off with commas, one formula ("con datos de").
 * Credits under charts take the part before the first comma without its article ("Dirección General de Centros
 * Penales"), unless `creditEs` names them.
 */
export const viaEs: Readonly<Record<string, string>> = {
  'Institute for Crime & Justice Policy Research': 'el Institute for Crime & Justice Policy Research',
  'Dirección General de Centros Penales': 'la Dirección General de Centros Penales',
  'Dirección General de Centros Penales; World Prison Brief':
    'la Dirección General de Centros Penales; el World Prison Brief',
  'AP, citing Cristosal data': 'AP, con datos de Cristosal',
  'Ministry of Justice and Public Security, via La Prensa Gráfica':
    'el Ministerio de Justicia y Seguridad Pública, vía La Prensa Gráfica',
  'VOA, citing Cristosal': 'VOA, con datos de Cristosal',
  'La Prensa Gráfica Datos': 'La Prensa Gráfica Datos',
  'Security minister Gustavo Villatoro, via Bloomberg': 'el ministro de Seguridad, Gustavo Villatoro, vía Bloomberg',
  'Cristosal and other organisations, via VOA': 'Cristosal y otras organizaciones, vía VOA',
  'Servicio Social Pasionista (SSPAS), a civil-society organisation':
    'el Servicio Social Pasionista (SSPAS), organización de la sociedad civil',
  'CNN, citing Human Rights Watch and Cristosal': 'CNN, con datos de Human Rights Watch y Cristosal',
  'IPS, citing Human Rights Watch and Cristosal': 'IPS, con datos de Human Rights Watch y Cristosal',
  'ABC News': 'ABC News',
  'US District Court for the District of Columbia (Judge James Boasberg)':
    'el Tribunal de Distrito de Estados Unidos para el Distrito de Columbia (juez James Boasberg)',
  'Censo de Población y Vivienda 2024': 'el Censo de Población y Vivienda 2024',
  'Human-rights observatory of the Universidad Centroamericana (UCA); US embassy data':
    'el Observatorio Universitario de Derechos Humanos (OUDH) de la UCA; datos de la embajada de Estados Unidos',
  'CEJIL and FESPAD, citing the Dirección General de Centros Penales':
    'CEJIL y FESPAD, con datos de la Dirección General de Centros Penales',
  'EFE, citing the Dirección General de Centros Penales': 'EFE, con datos de la Dirección General de Centros Penales',
  EFE: 'EFE',
  'World Prison Brief': 'el World Prison Brief',
  Reuters: 'Reuters',
  'La Prensa Gráfica': 'La Prensa Gráfica',
  'AP, citing the public works minister': 'AP, con datos del ministro de Obras Públicas',
  AP: 'AP',
  AFP: 'AFP',
  CNN: 'CNN',
  BBC: 'la BBC',
  'Financial Times': 'el Financial Times',
  'President Nayib Bukele': 'el presidente, Nayib Bukele',
  'International Committee of the Red Cross': 'el Comité Internacional de la Cruz Roja',
  'European Committee for the Prevention of Torture (CPT), Council of Europe':
    'el Comité Europeo para la Prevención de la Tortura (CPT), del Consejo de Europa',
  'United Nations Standard Minimum Rules for the Treatment of Prisoners (Nelson Mandela Rules)':
    'las Reglas Mínimas de las Naciones Unidas para el Tratamiento de los Reclusos (Reglas Nelson Mandela)',
  'Human Rights Watch and Cristosal': 'Human Rights Watch y Cristosal',
  Cristosal: 'Cristosal',
  'Amnesty International': 'Amnistía Internacional',
  'Socorro Jurídico Humanitario': 'Socorro Jurídico Humanitario',
  'Movimiento de Víctimas del Régimen (MOVIR)': 'el Movimiento de Víctimas del Régimen (MOVIR)',
  'Fiscalía General de la República': 'la Fiscalía General de la República (FGR)',
  'EFE, citing Cristosal': 'EFE, con datos de Cristosal',
  'AFP, citing MOVIR': 'AFP, con datos de MOVIR',
  'AP, citing Socorro Jurídico Humanitario': 'AP, con datos de Socorro Jurídico Humanitario',
  'AP, citing Cristosal': 'AP, con datos de Cristosal',
  'EFE, citing Socorro Jurídico Humanitario': 'EFE, con datos de Socorro Jurídico Humanitario',
  MOVIR: 'MOVIR',
  'The New Yorker, citing Cristosal': 'The New Yorker, con datos de Cristosal',
  'Socorro Jurídico Humanitario records': 'los registros de Socorro Jurídico Humanitario',
  'Security minister Gustavo Villatoro': 'el ministro de Seguridad, Gustavo Villatoro',
  'Foreign Policy (Jeremy Giles)': 'Foreign Policy (Jeremy Giles)',
  'BBC News Mundo': 'BBC News Mundo',
  'EFE, quoting security minister Gustavo Villatoro': 'EFE, con datos del ministro de Seguridad, Gustavo Villatoro',
};

/** Chart credits where the part of `viaEs` before its first comma is a job title, not a name. */
export const creditEs: Readonly<Record<string, string>> = {
  'Security minister Gustavo Villatoro, via Bloomberg': 'Gustavo Villatoro (ministro de Seguridad)',
  'Security minister Gustavo Villatoro': 'Gustavo Villatoro (ministro de Seguridad)',
  'President Nayib Bukele': 'Nayib Bukele (presidente)',
};

/** Our descriptions of pages whose headline we do not have (titles written in [brackets] in sources.ts). */
export const descriptionEs: Readonly<Partial<Record<SourceId, string>>> = {
  'irtf-2021':
    '[Boletín de IRTF Cleveland que reproduce una nota de AP sobre las cárceles de El Salvador, abril de 2021]',
  'hch-2024-04-08':
    '[Informe de HCH sobre la población penitenciaria, que cita a Cristosal y otras organizaciones, abril de 2024]',
  'oas-ios-1692': '[Observatorio Interamericano de Seguridad de la OEA, indicador 1692]',
  'efe-swissinfo-2022': '[Nota de EFE: El Salvador, violencia y detenciones bajo el régimen de excepción]',
  'lahora-efe-2008': '[Nota de EFE sobre las cárceles de El Salvador, 2008]',
  'justicetrends-2017': '[Revista Justice Trends, ficha de país del World Prison Brief: El Salvador]',
  'reuters-cecot-2023-02':
    '[Archivo fotográfico de Reuters: cárcel para presuntos pandilleros en El Salvador, febrero de 2023]',
  'bbc-pressway-2024-02': '[Reportaje de la BBC desde el interior del CECOT, febrero de 2024]',
  'ft-2023-03':
    '[Reportaje del Financial Times sobre la megacárcel de El Salvador, con un cálculo del espacio en las celdas]',
  'elheraldo-2024-09':
    '[Investigación de El Heraldo: cómo funciona el CECOT, la megacárcel de El Salvador para presuntos pandilleros]',
  'cpt-2015': '[Norma del CPT: espacio vital por persona privada de libertad en establecimientos penitenciarios]',
  'edh-sjh-2023': '[Nota de El Diario de Hoy sobre muertes en cárceles bajo el régimen de excepción, 2023]',
  'fmlnsuecia-movir-2023': '[Publicación de FMLN Suecia que cita al Movimiento de Víctimas del Régimen, 2023]',
  'edh-sjh-279': '[Nota de El Diario de Hoy sobre el conteo de Socorro Jurídico Humanitario, mayo de 2024]',
  'edh-sjh-311': '[Nota de El Diario de Hoy sobre el conteo de Socorro Jurídico Humanitario, septiembre de 2024]',
  'ap-newsday-2025-02':
    '[Nota de AP sobre la oferta de El Salvador de recibir a deportados de Estados Unidos, febrero de 2025]',
  'prensalatina-2025-01': '[Nota de Prensa Latina sobre la tasa de homicidios de El Salvador en 2024]',
  'univision-2025-07-18':
    '[Nota de Univision sobre el canje de prisioneros que devolvió a Caracas a los venezolanos recluidos en el CECOT]',
  'cbs-2025-04-19':
    '[Nota de CBS News: la Corte Suprema frena temporalmente nuevas deportaciones bajo la Ley de Enemigos Extranjeros]',
  'bbc-puranoticia-2025-08-18':
    '[Reportaje de BBC News Mundo: ocho de los venezolanos deportados por EE. UU. a El Salvador relatan su detención]',
  'edh-detenciones-2022-11':
    '[Nota de El Diario de Hoy sobre las capturas bajo el régimen de excepción, noviembre de 2022]',
  // The page's own Spanish headline, with our bracketed note in Spanish.
  'pagina12-2025-07':
    'Ya son 247 los muertos en las cárceles de Bukele [así en la dirección de la página; el texto da 427]',
  // Already the page's own Spanish headline, kept as it is.
  'edh-detenciones-2023-02': '[Detenciones en régimen de excepción superan el 1 % de la población]',
};
