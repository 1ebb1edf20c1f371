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
  'Visión RDN (republication)': 'Visión RDN (republicación)',
};

/** Who produced a figure. Credits under charts take the part before the first comma, so keep commas where English has them. */
export const viaEs: Readonly<Record<string, string>> = {
  'Institute for Crime & Justice Policy Research': 'Institute for Crime & Justice Policy Research',
  'Dirección General de Centros Penales': 'Dirección General de Centros Penales',
  'Dirección General de Centros Penales; World Prison Brief':
    'Dirección General de Centros Penales; World Prison Brief',
  'AP, citing Cristosal data': 'AP, con datos de Cristosal',
  'Ministry of Justice and Public Security, via La Prensa Gráfica':
    'Ministerio de Justicia y Seguridad Pública, vía La Prensa Gráfica',
  'VOA, citing Cristosal': 'VOA, citando a Cristosal',
  'La Prensa Gráfica Datos': 'La Prensa Gráfica Datos',
  'Security minister Gustavo Villatoro, via Bloomberg': 'Ministro de Seguridad Gustavo Villatoro, vía Bloomberg',
  'Cristosal and other organisations, via VOA': 'Cristosal y otras organizaciones, vía VOA',
  'Servicio Social Pasionista (SSPAS), a civil-society organisation':
    'Servicio Social Pasionista (SSPAS), organización de la sociedad civil',
  'CNN, citing Human Rights Watch and Cristosal': 'CNN, citando a Human Rights Watch y Cristosal',
  'IPS, citing Human Rights Watch and Cristosal': 'IPS, citando a Human Rights Watch y Cristosal',
  'ABC News': 'ABC News',
  'US District Court for the District of Columbia (Judge James Boasberg)':
    'Tribunal de Distrito de Estados Unidos para el Distrito de Columbia (juez James Boasberg)',
  'Censo de Población y Vivienda 2024': 'Censo de Población y Vivienda 2024',
  'Human-rights observatory of the Universidad Centroamericana (UCA); US embassy data':
    'Observatorio de derechos humanos de la Universidad Centroamericana (UCA); datos de la embajada de Estados Unidos',
  'CEJIL and FESPAD, citing the Dirección General de Centros Penales':
    'CEJIL y FESPAD, citando a la Dirección General de Centros Penales',
  'EFE, citing the Dirección General de Centros Penales': 'EFE, citando a la Dirección General de Centros Penales',
  EFE: 'EFE',
  'World Prison Brief': 'World Prison Brief',
  Reuters: 'Reuters',
  'La Prensa Gráfica': 'La Prensa Gráfica',
  'AP, citing the public works minister': 'AP, citando al ministro de Obras Públicas',
  AP: 'AP',
  AFP: 'AFP',
  CNN: 'CNN',
  BBC: 'BBC',
  'Financial Times': 'Financial Times',
  'President Nayib Bukele': 'Presidente Nayib Bukele',
  'International Committee of the Red Cross': 'Comité Internacional de la Cruz Roja',
  'European Committee for the Prevention of Torture (CPT), Council of Europe':
    'Comité Europeo para la Prevención de la Tortura (CPT), Consejo de Europa',
  'United Nations Standard Minimum Rules for the Treatment of Prisoners (Nelson Mandela Rules)':
    'Reglas Mínimas de las Naciones Unidas para el Tratamiento de los Reclusos (Reglas Nelson Mandela)',
  'Human Rights Watch and Cristosal': 'Human Rights Watch y Cristosal',
  Cristosal: 'Cristosal',
  'Amnesty International': 'Amnistía Internacional',
  'Socorro Jurídico Humanitario': 'Socorro Jurídico Humanitario',
  'Movimiento de Víctimas del Régimen (MOVIR)': 'Movimiento de Víctimas del Régimen (MOVIR)',
  'Fiscalía General de la República': 'Fiscalía General de la República',
  'EFE, citing Cristosal': 'EFE, citando a Cristosal',
  'AFP, citing MOVIR': 'AFP, citando a MOVIR',
  'AP, citing Socorro Jurídico Humanitario': 'AP, citando a Socorro Jurídico Humanitario',
  'AP, citing Cristosal': 'AP, citando a Cristosal',
  'EFE, citing Socorro Jurídico Humanitario': 'EFE, citando a Socorro Jurídico Humanitario',
  MOVIR: 'MOVIR',
  'The New Yorker, citing Cristosal': 'The New Yorker, citando a Cristosal',
  'Socorro Jurídico Humanitario records': 'Registros de Socorro Jurídico Humanitario',
  'Security minister Gustavo Villatoro': 'Ministro de Seguridad Gustavo Villatoro',
  'Foreign Policy (Jeremy Giles)': 'Foreign Policy (Jeremy Giles)',
  'EFE, quoting security minister Gustavo Villatoro': 'EFE, citando al ministro de Seguridad Gustavo Villatoro',
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
  'reuters-cecot-2023-02': '[Archivo fotográfico de Reuters: cárcel para pandilleros en El Salvador, febrero de 2023]',
  'bbc-pressway-2024-02': '[Reportaje de la BBC desde el interior del CECOT, febrero de 2024]',
  'ft-2023-03':
    '[Reportaje del Financial Times sobre la megacárcel de El Salvador, con un cálculo del espacio en las celdas]',
  'elheraldo-2024-09':
    '[Investigación de El Heraldo: cómo funciona el CECOT, la megacárcel de El Salvador para pandilleros]',
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
  'edh-detenciones-2022-11':
    '[Nota de El Diario de Hoy sobre las capturas bajo el régimen de excepción, noviembre de 2022]',
  // Already the page's own Spanish headline, kept as it is.
  'edh-detenciones-2023-02': '[Detenciones en régimen de excepción superan el 1 % de la población]',
};
