/**
 * What the men sent to CECOT said after their return, and what the governments answered.
 *
 * Where the numbers come from: the International Committee of the Red Cross's visits, as it confirmed them to BBC
 * News Mundo (carried by Puranoticia); the November 2025 report by Human Rights Watch and Cristosal, as reported by CNN
 * and IPS; the Salvadoran government's denials as reported by EFE; releases the government acknowledged, as
 * reported by EFE in Página/12.
 *
 * Caveats: the report's accounts could not be checked against official records, which are not published. The
 * figure of innocent people is the government's own admission, approximate ("unas 8.000"), as relayed by EFE.
 */
import type { DatedEvent, SourcedValue } from './types';
import type { SourceId } from './sources';

export const accountsReport = {
  /** Former detainees interviewed for the report (it also interviewed about 150 relatives, lawyers and others). */
  interviewed: { value: 40, date: '2025-11-12', source: 'cnn-localnews8-2025-11-11', confidence: 'high' },
  /** The day Human Rights Watch and Cristosal published the report. */
  published: { date: '2025-11-12', source: 'ips-havanatimes-2025-11-13', confidence: 'high' },
  /** EFE: the Salvadoran government has repeatedly denied accusations of torture and deaths in its prisons. */
  salvadorDenial: { date: '2025-11-03', source: 'efe-rpp-2025-11-03', confidence: 'high' },
} as const satisfies Record<string, SourcedValue<SourceId> | DatedEvent>;

/**
 * The ICRC told BBC News Mundo that it had visited "all the Venezuelans" at CECOT twice. It gave no dates, so the
 * visits are known only to fall within the months the men were held (16 March to 18 July 2025); the date here is
 * the day the report was published.
 */
export const icrcVisits = {
  date: '2025-08-18',
  source: 'bbc-puranoticia-2025-08-18',
  confidence: 'medium',
  note: 'Two visits while the Venezuelans were held; the ICRC did not say when.',
} as const satisfies DatedEvent;

/** People arrested under the state of exception whom the government has admitted were innocent. */
export const governmentReleases = {
  value: 8000,
  qualifier: 'about',
  date: '2025-07',
  source: 'pagina12-2025-07',
  confidence: 'high',
  note: 'As admitted by the government, reported by EFE.',
} as const satisfies SourcedValue<SourceId>;
