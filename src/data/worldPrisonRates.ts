/**
 * Prison population rates of every country and territory in the World Prison Brief's table, for the chart that
 * sets El Salvador against the world (src/charts/WorldComparison/).
 *
 * Where the numbers come from: the World Prison Brief (WPB, Institute for Crime & Justice Policy Research), as
 * copied in the public GitHub repository leonie-steckermeier/worldprisonbrief, file `wpb_26-06-2023.csv` at commit
 * cce2a206ef5ecd463dd0a267a437eed966ad4e6e (26 June 2023), the copy read for this chart (source
 * `wpb-trend-2022`, the same copy El Salvador's WPB series comes from). Its README says the table was scraped
 * from prisonstudies.org on 15-17 August 2022. It has one row per country code and year, 1900-2022.
 *
 * What was done: for each country code, the row of the latest year that has a rate was kept (for all but two
 * codes that is the row the copy flags `x`, "newest number"); nothing else was changed. Rates are prisoners per
 * 100,000 residents as WPB gives them (on its own population estimates); `prisoners` is WPB's total for the same
 * row. El Salvador is not repeated here: its row (2022, 605 per 100,000, 39,538 people) is the last figure of
 * `prisonPopulation.wpb`, which the chart reads.
 *
 * Cross-checks: WPB's own current country pages (prisonstudies.org/country/...) are not among the stored pages we
 * could read, so no row was checked against one. Checked against other copies: Cuba's 57,337 (2012) is dated May
 * 2012 and credited to the newspaper Granma on a copy of WPB's Cuba page from its ICPS days (antoniocasella.eu),
 * and is the count a BBC report of 23 May 2012 gives (copy on cubarights.blogspot.com). The rates of the United
 * States (629), Rwanda (580) and Turkmenistan (576) are those of WPB's World Prison Population List, 13th edition
 * (2021), as quoted on drugpolicyfacts.org. None of these copies is cited as a source.
 *
 * Caveats:
 * - Each figure refers to its own date, from 2004 to 2022, and the copy keeps only the year: a ranking compares
 *   figures taken years apart. WPB updates its pages monthly; newer figures than these exist and are not here.
 * - WPB lists territories with countries (American Samoa, the British Virgin Islands, Guam and others), and so
 *   does this table. Some rates rest on a few hundred prisoners.
 * - The copy's compiler combined two countries that WPB lists in parts, weighting by population: the United
 *   Kingdom (three jurisdictions) and Bosnia and Herzegovina (two entities, flagged `i`). Those two rows are
 *   the compiler's, not WPB's.
 * - Rwanda's 2021 row (580; 76,099 people) equals the figures the copy's `Rwanda` file gives with people held
 *   for the 1994 genocide included, although the README says the table leaves them out.
 * - Palau's series in the copy mixes in rows of another size (about 5,000 prisoners at a rate near 60); its
 *   latest row (2021, 77 people, 428) is the one the copy flags `x` and is kept.
 */
import type { Observation } from './types';
import type { SourceId } from './sources';
import { prisonPopulation, rateOf, type PopulationObservation } from './prisonPopulation';

export interface CountryRate extends Observation<SourceId> {
  /** The copy's country code (ISO 3166-1 alpha-3; XKX for Kosovo, as the World Bank writes it). */
  readonly code: string;
  /** ISO 3166-1 alpha-2 code (XK for Kosovo), for the country's name in each language. */
  readonly region: string;
  /** The name as the copy writes it (World Bank names). */
  readonly name: string;
  /** WPB's prison population total for the same row. */
  readonly prisoners: number;
}

/** One row as read: code, alpha-2, name, year, rate per 100,000, prisoners. */
type Row = readonly [code: string, region: string, name: string, year: `${number}`, rate: number, prisoners: number];

const ROWS: readonly Row[] = [
  ['ABW', 'AW', 'Aruba', '2014', 165, 170],
  ['AFG', 'AF', 'Afghanistan', '2021', 77, 28240],
  ['AGO', 'AO', 'Angola', '2022', 79, 24336],
  ['ALB', 'AL', 'Albania', '2022', 179, 5033],
  ['AND', 'AD', 'Andorra', '2021', 78, 61],
  ['ARE', 'AE', 'United Arab Emirates', '2014', 104, 9826],
  ['ARG', 'AR', 'Argentina', '2020', 235, 106559],
  ['ARM', 'AM', 'Armenia', '2021', 71, 2113],
  ['ASM', 'AS', 'American Samoa', '2022', 538, 301],
  ['ATG', 'AG', 'Antigua and Barbuda', '2022', 243, 238],
  ['AUS', 'AU', 'Australia', '2021', 165, 42403],
  ['AUT', 'AT', 'Austria', '2022', 93, 8323],
  ['AZE', 'AZ', 'Azerbaijan', '2021', 216, 21813],
  ['BDI', 'BI', 'Burundi', '2022', 89, 12439],
  ['BEL', 'BE', 'Belgium', '2021', 90, 10379],
  ['BEN', 'BJ', 'Benin', '2021', 103, 13009],
  ['BFA', 'BF', 'Burkina Faso', '2020', 35, 7401],
  ['BGD', 'BD', 'Bangladesh', '2021', 49, 83837],
  ['BGR', 'BG', 'Bulgaria', '2021', 88, 6080],
  ['BHR', 'BH', 'Bahrain', '2017', 234, 3485],
  ['BHS', 'BS', 'Bahamas, The', '2020', 409, 1617],
  ['BIH', 'BA', 'Bosnia and Herzegovina', '2021', 70, 2367],
  ['BLR', 'BY', 'Belarus', '2018', 345, 32556],
  ['BLZ', 'BZ', 'Belize', '2022', 271, 1114],
  ['BMU', 'BM', 'Bermuda', '2021', 200, 124],
  ['BOL', 'BO', 'Bolivia', '2022', 175, 20864],
  ['BRA', 'BR', 'Brazil', '2021', 389, 835643],
  ['BRB', 'BB', 'Barbados', '2022', 267, 769],
  ['BRN', 'BN', 'Brunei Darussalam', '2020', 186, 841],
  ['BTN', 'BT', 'Bhutan', '2014', 145, 1119],
  ['BWA', 'BW', 'Botswana', '2021', 162, 3882],
  ['CAF', 'CF', 'Central African Republic', '2021', 26, 1291],
  ['CAN', 'CA', 'Canada', '2019', 104, 38570],
  ['CHE', 'CH', 'Switzerland', '2022', 72, 6310],
  ['CHL', 'CL', 'Chile', '2022', 227, 42556],
  ['CHN', 'CN', 'China', '2018', 119, 1690000],
  ['CIV', 'CI', "Cote d'Ivoire", '2021', 85, 23000],
  ['CMR', 'CM', 'Cameroon', '2021', 117, 31815],
  ['COD', 'CD', 'Congo, Dem Rep', '2021', 24, 22820],
  ['COG', 'CG', 'Congo, Rep', '2019', 27, 1388],
  ['COL', 'CO', 'Colombia', '2022', 191, 97487],
  ['COM', 'KM', 'Comoros', '2021', 43, 387],
  ['CPV', 'CV', 'Cabo Verde', '2018', 296, 1549],
  ['CRI', 'CR', 'Costa Rica', '2021', 301, 15516],
  ['CUB', 'CU', 'Cuba', '2012', 510, 57337],
  ['CUW', 'CW', 'Curacao', '2021', 244, 400],
  ['CYM', 'KY', 'Cayman Islands', '2020', 312, 205],
  ['CYP', 'CY', 'Cyprus', '2020', 80, 716],
  ['CZE', 'CZ', 'Czech Republic', '2022', 180, 19262],
  ['DEU', 'DE', 'Germany', '2021', 67, 56069],
  ['DJI', 'DJ', 'Djibouti', '2018', 71, 662],
  ['DMA', 'DM', 'Dominica', '2020', 300, 222],
  ['DNK', 'DK', 'Denmark', '2022', 72, 4248],
  ['DOM', 'DO', 'Dominican Republic', '2022', 236, 26794],
  ['DZA', 'DZ', 'Algeria', '2021', 217, 94749],
  ['ECU', 'EC', 'Ecuador', '2022', 181, 32798],
  ['EGY', 'EG', 'Egypt, Arab Rep', '2021', 117, 119000],
  ['ESP', 'ES', 'Spain', '2021', 116, 55110],
  ['EST', 'EE', 'Estonia', '2022', 159, 2112],
  ['ETH', 'ET', 'Ethiopia', '2020', 99, 110000],
  ['FIN', 'FI', 'Finland', '2022', 51, 2827],
  ['FJI', 'FJ', 'Fiji', '2021', 256, 2379],
  ['FRA', 'FR', 'France', '2022', 106, 72067],
  ['FRO', 'FO', 'Faroe Islands', '2019', 18, 9],
  ['FSM', 'FM', 'Micronesia, Fed Sts', '2014', 127, 132],
  ['GAB', 'GA', 'Gabon', '2021', 228, 5226],
  ['GBR', 'GB', 'United Kingdom', '2022', 133, 90119],
  ['GEO', 'GE', 'Georgia', '2022', 260, 9552],
  ['GHA', 'GH', 'Ghana', '2022', 44, 14097],
  ['GIB', 'GI', 'Gibraltar', '2021', 273, 92],
  ['GIN', 'GN', 'Guinea', '2019', 34, 4375],
  ['GMB', 'GM', 'Gambia, The', '2021', 23, 543],
  ['GNB', 'GW', 'Guinea-Bissau', '2017', 31, 596],
  ['GNQ', 'GQ', 'Equatorial Guinea', '2015', 63, 500],
  ['GRC', 'GR', 'Greece', '2021', 105, 11131],
  ['GRD', 'GD', 'Grenada', '2021', 323, 365],
  ['GRL', 'GL', 'Greenland', '2019', 225, 126],
  ['GTM', 'GT', 'Guatemala', '2022', 133, 24742],
  ['GUM', 'GU', 'Guam', '2020', 355, 600],
  ['GUY', 'GY', 'Guyana', '2022', 239, 1889],
  ['HKG', 'HK', 'Hong Kong SAR, China', '2021', 106, 7867],
  ['HND', 'HN', 'Honduras', '2021', 206, 20768],
  ['HRV', 'HR', 'Croatia', '2022', 99, 3955],
  ['HTI', 'HT', 'Haiti', '2021', 130, 3719],
  ['HUN', 'HU', 'Hungary', '2022', 194, 18800],
  ['IDN', 'ID', 'Indonesia', '2022', 100, 277463],
  ['IMN', 'IM', 'Isle of Man', '2021', 126, 109],
  ['IND', 'IN', 'India', '2020', 35, 488511],
  ['IRL', 'IE', 'Ireland', '2022', 83, 4208],
  ['IRN', 'IR', 'Iran, Islamic Rep', '2020', 228, 189000],
  ['IRQ', 'IQ', 'Iraq', '2021', 179, 73715],
  ['ISL', 'IS', 'Iceland', '2021', 41, 150],
  ['ISR', 'IL', 'Israel', '2022', 168, 14961],
  ['ITA', 'IT', 'Italy', '2022', 94, 54979],
  ['JAM', 'JM', 'Jamaica', '2021', 130, 3719],
  ['JOR', 'JO', 'Jordan', '2020', 174, 17708],
  ['JPN', 'JP', 'Japan', '2021', 36, 45714],
  ['KAZ', 'KZ', 'Kazakhstan', '2022', 184, 35228],
  ['KEN', 'KE', 'Kenya', '2022', 97, 52979],
  ['KGZ', 'KG', 'Kyrgyz Republic', '2019', 161, 10142],
  ['KHM', 'KH', 'Cambodia', '2021', 229, 39000],
  ['KIR', 'KI', 'Kiribati', '2016', 113, 129],
  ['KNA', 'KN', 'St Kitts and Nevis', '2020', 347, 184],
  ['KOR', 'KR', 'Korea, Rep', '2020', 105, 53920],
  ['KWT', 'KW', 'Kuwait', '2020', 111, 4420],
  ['LAO', 'LA', 'Lao PDR', '2016', 130, 9000],
  ['LBN', 'LB', 'Lebanon', '2021', 110, 7401],
  ['LBR', 'LR', 'Liberia', '2021', 56, 2925],
  ['LBY', 'LY', 'Libya', '2021', 176, 12300],
  ['LCA', 'LC', 'St Lucia', '2021', 263, 484],
  ['LIE', 'LI', 'Liechtenstein', '2021', 31, 12],
  ['LKA', 'LK', 'Sri Lanka', '2021', 102, 22000],
  ['LSO', 'LS', 'Lesotho', '2019', 104, 2216],
  ['LTU', 'LT', 'Lithuania', '2022', 182, 5089],
  ['LUX', 'LU', 'Luxembourg', '2022', 106, 685],
  ['LVA', 'LV', 'Latvia', '2021', 165, 3124],
  ['MAC', 'MO', 'Macao SAR, China', '2022', 223, 1520],
  ['MAR', 'MA', 'Morocco', '2021', 240, 88941],
  ['MCO', 'MC', 'Monaco', '2021', 34, 13],
  ['MDA', 'MD', 'Moldova', '2022', 181, 6396],
  ['MDG', 'MG', 'Madagascar', '2021', 97, 27611],
  ['MDV', 'MV', 'Maldives', '2020', 333, 1800],
  ['MEX', 'MX', 'Mexico', '2022', 172, 226916],
  ['MHL', 'MH', 'Marshall Islands', '2014', 66, 35],
  ['MKD', 'MK', 'North Macedonia', '2021', 107, 2220],
  ['MLI', 'ML', 'Mali', '2020', 34, 7000],
  ['MLT', 'MT', 'Malta', '2021', 159, 821],
  ['MMR', 'MM', 'Myanmar', '2018', 171, 92000],
  ['MNE', 'ME', 'Montenegro', '2021', 135, 836],
  ['MNG', 'MN', 'Mongolia', '2020', 183, 5832],
  ['MNP', 'MP', 'Northern Mariana Islands', '2019', 313, 175],
  ['MOZ', 'MZ', 'Mozambique', '2020', 58, 18752],
  ['MRT', 'MR', 'Mauritania', '2020', 47, 2175],
  ['MUS', 'MU', 'Mauritius', '2022', 188, 2445],
  ['MWI', 'MW', 'Malawi', '2020', 71, 14500],
  ['MYS', 'MY', 'Malaysia', '2021', 212, 69507],
  ['NAM', 'NA', 'Namibia', '2021', 318, 8900],
  ['NCL', 'NC', 'New Caledonia', '2022', 208, 604],
  ['NER', 'NE', 'Niger', '2019', 39, 9187],
  ['NGA', 'NG', 'Nigeria', '2022', 33, 70797],
  ['NIC', 'NI', 'Nicaragua', '2018', 332, 20918],
  ['NLD', 'NL', 'Netherlands', '2021', 66, 11623],
  ['NOR', 'NO', 'Norway', '2022', 56, 3045],
  ['NPL', 'NP', 'Nepal', '2021', 83, 25400],
  ['NRU', 'NR', 'Nauru', '2014', 140, 14],
  ['NZL', 'NZ', 'New Zealand', '2022', 149, 7669],
  ['OMN', 'OM', 'Oman', '2015', 46, 1960],
  ['PAK', 'PK', 'Pakistan', '2021', 38, 85670],
  ['PAN', 'PA', 'Panama', '2022', 472, 20798],
  ['PER', 'PE', 'Peru', '2022', 261, 88594],
  ['PHL', 'PH', 'Philippines', '2021', 151, 165583],
  ['PLW', 'PW', 'Palau', '2021', 428, 77],
  ['POL', 'PL', 'Poland', '2022', 194, 72892],
  ['PRI', 'PR', 'Puerto Rico', '2019', 278, 8884],
  ['PRT', 'PT', 'Portugal', '2022', 118, 12156],
  ['PRY', 'PY', 'Paraguay', '2022', 223, 16112],
  ['PYF', 'PF', 'French Polynesia', '2022', 208, 591],
  ['QAT', 'QA', 'Qatar', '2013', 53, 1150],
  ['ROU', 'RO', 'Romania', '2022', 123, 23361],
  ['RUS', 'RU', 'Russian Federation', '2022', 324, 468237],
  ['RWA', 'RW', 'Rwanda', '2021', 580, 76099],
  ['SAU', 'SA', 'Saudi Arabia', '2017', 207, 68056],
  ['SDN', 'SD', 'Sudan', '2017', 52, 21000],
  ['SEN', 'SN', 'Senegal', '2019', 68, 11547],
  ['SGP', 'SG', 'Singapore', '2021', 169, 10262],
  ['SLB', 'SB', 'Solomon Islands', '2019', 79, 500],
  ['SLE', 'SL', 'Sierra Leone', '2021', 54, 4430],
  ['SMR', 'SM', 'San Marino', '2021', 26, 9],
  ['SRB', 'RS', 'Serbia', '2021', 153, 10436],
  ['SSD', 'SS', 'South Sudan', '2019', 50, 7000],
  ['STP', 'ST', 'Sao Tome and Principe', '2020', 115, 260],
  ['SUR', 'SR', 'Suriname', '2014', 185, 1000],
  ['SVK', 'SK', 'Slovak Republic', '2022', 183, 10019],
  ['SVN', 'SI', 'Slovenia', '2022', 65, 1395],
  ['SWE', 'SE', 'Sweden', '2021', 70, 7317],
  ['SWZ', 'SZ', 'Eswatini', '2021', 244, 3362],
  ['SXM', 'SX', 'Sint Maarten (Dutch part)', '2020', 179, 77],
  ['SYC', 'SC', 'Seychelles', '2022', 311, 310],
  ['SYR', 'SY', 'Syrian Arab Republic', '2004', 60, 10599],
  ['TCD', 'TD', 'Chad', '2018', 59, 8700],
  ['TGO', 'TG', 'Togo', '2021', 59, 4990],
  ['THA', 'TH', 'Thailand', '2021', 411, 285572],
  ['TJK', 'TJ', 'Tajikistan', '2022', 141, 14000],
  ['TKM', 'TM', 'Turkmenistan', '2021', 576, 35000],
  ['TLS', 'TL', 'Timor-Leste', '2021', 55, 763],
  ['TON', 'TO', 'Tonga', '2014', 166, 176],
  ['TTO', 'TT', 'Trinidad and Tobago', '2021', 276, 3802],
  ['TUN', 'TN', 'Tunisia', '2022', 142, 68981],
  ['TUR', 'TR', 'Turkey', '2022', 374, 314502],
  ['TUV', 'TV', 'Tuvalu', '2014', 110, 11],
  ['TZA', 'TZ', 'Tanzania', '2021', 52, 33570],
  ['UKR', 'UA', 'Ukraine', '2022', 123, 48038],
  ['URY', 'UY', 'Uruguay', '2022', 408, 14347],
  ['USA', 'US', 'United States', '2019', 629, 2068800],
  ['UZB', 'UZ', 'Uzbekistan', '2020', 68, 22867],
  ['VCT', 'VC', 'St Vincent and the Grenadines', '2021', 347, 385],
  ['VEN', 'VE', 'Venezuela, RB', '2022', 199, 67200],
  ['VGB', 'VG', 'British Virgin Islands', '2018', 477, 143],
  ['VIR', 'VI', 'Virgin Islands (US)', '2021', 345, 359],
  ['VNM', 'VN', 'Vietnam', '2019', 130, 125697],
  ['VUT', 'VU', 'Vanuatu', '2020', 86, 253],
  ['WSM', 'WS', 'Samoa', '2017', 202, 400],
  ['XKX', 'XK', 'Kosovo', '2020', 93, 1642],
  ['YEM', 'YE', 'Yemen, Rep', '2017', 35, 9719],
  ['ZAF', 'ZA', 'South Africa', '2022', 239, 144938],
  ['ZMB', 'ZM', 'Zambia', '2021', 117, 23062],
  ['ZWE', 'ZW', 'Zimbabwe', '2021', 115, 20407],
];

/** Every country and territory but El Salvador, with its latest WPB rate (`value`, per 100,000) in the copy. */
export const worldPrisonRates: readonly CountryRate[] = ROWS.map(([code, region, name, date, value, prisoners]) => ({
  code,
  region,
  name,
  date,
  value,
  prisoners,
  source: 'wpb-trend-2022',
  confidence: 'medium',
}));

/**
 * The countries around El Salvador the chart compares it with first: Central America and Mexico, by the copy's
 * codes (a fixed group of places, not a choice by rate).
 */
export const NEIGHBOUR_CODES: readonly string[] = ['BLZ', 'CRI', 'GTM', 'HND', 'MEX', 'NIC', 'PAN'];

/**
 * One of El Salvador's rates: the observation with its rate as the value, every source behind the rate
 * (`sources`; `source` stays the count's) and, for a rate we worked out, its arithmetic and `low` confidence.
 */
export interface SalvadorRate extends Observation<SourceId> {
  readonly prisoners: number;
  readonly sources: readonly SourceId[];
  readonly formula?: string;
}

/** A prison population figure as a rate: the same observation, its rate (read or worked out) as the value. */
function asRate(o: PopulationObservation | undefined, what: string): SalvadorRate {
  const rate = o && rateOf(o);
  if (!o || !rate) throw new Error(`worldPrisonRates.ts: no rate for ${what}`);
  return {
    date: o.date,
    value: rate.value,
    source: o.source,
    confidence: rate.confidence,
    ...(o.qualifier === undefined ? {} : { qualifier: o.qualifier }),
    ...(o.note === undefined ? {} : { note: o.note }),
    prisoners: o.value,
    sources: rate.sources,
    ...(rate.formula === undefined ? {} : { formula: rate.formula }),
  };
}

/**
 * El Salvador's rates as the data module already holds them (read, not copied): the World Prison Brief's last
 * figure in the copy (March 2022, before the state of exception), the 2024 census's (our arithmetic from the
 * census's count of prisoners and of residents), and the UCA human-rights observatory's for 2024.
 */
export const elSalvadorRates = {
  wpb: asRate(prisonPopulation.wpb.at(-1), 'the WPB series'),
  census: asRate(
    prisonPopulation.census.find((o) => o.date === '2024'),
    'the 2024 census',
  ),
  uca: asRate(
    prisonPopulation['civil-society'].find((o) => o.date === '2024' && o.source === 'allthenews-uca'),
    'the UCA observatory, 2024',
  ),
} as const;

export type SalvadorFigure = keyof typeof elSalvadorRates;
export const SALVADOR_FIGURES: readonly SalvadorFigure[] = ['wpb', 'census', 'uca'];
