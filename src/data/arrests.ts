/**
 * Arrests under the state of exception, cumulative since 27 March 2022.
 *
 * Where the numbers come from: the security minister's statements as reported by the press, Human Rights Watch
 * and AP. "More than" figures are stored with the `at-least` qualifier.
 *
 * Caveats: these are arrests, not people in prison: some of those arrested were released, and the minister
 * described the August 2025 figure as "records of detentions". El Diario de Hoy's 56,847 is the count for October
 * 2022, reported in early November, so it is dated October. Human Rights Watch's "more than 58,000" is the
 * authorities' own figure for March to November 2022, relayed in its December 2022 report, so it is dated November.
 */
import type { Observation } from './types';
import type { SourceId } from './sources';

export const arrests: readonly Observation<SourceId>[] = [
  { date: '2022-04-26', value: 16000, qualifier: 'at-least', source: 'resistencia-2022-04-26', confidence: 'medium' },
  {
    date: '2022-05-08',
    value: 26755,
    source: 'lanacion-2022-05-10',
    confidence: 'high',
    note: '23,311 men and 3,444 women.',
  },
  {
    date: '2022-10',
    value: 56847,
    source: 'edh-detenciones-2022-11',
    confidence: 'high',
    note: 'Arrests to October 2022, reported in early November.',
  },
  {
    date: '2022-11',
    value: 58000,
    qualifier: 'at-least',
    source: 'hrw-2022-12-07',
    confidence: 'high',
    note: "The authorities' figure for March to November 2022, relayed by Human Rights Watch; including more than 1,600 children.",
  },
  { date: '2023-02', value: 64111, source: 'edh-detenciones-2023-02', confidence: 'high' },
  { date: '2023-09', value: 72600, source: 'telesur-2023-09-14', confidence: 'high' },
  { date: '2024-07', value: 81110, source: 'ap-kyma-2024-07-10', confidence: 'high' },
  { date: '2025-02', value: 84000, qualifier: 'at-least', source: 'ap-newsday-2025-02', confidence: 'high' },
  { date: '2025-07', value: 87100, qualifier: 'at-least', source: 'pagina12-2025-07', confidence: 'high' },
  {
    date: '2025-08',
    value: 89000,
    qualifier: 'about',
    source: 'elmundo-villatoro-89000',
    confidence: 'high',
    note: 'Records of detentions, according to the security minister.',
  },
  {
    date: '2026-01-27',
    value: 91000,
    qualifier: 'at-least',
    source: 'elmundo-2026-bukele-70',
    confidence: 'high',
    note: 'The security minister to the Council of Ministers: "more than 91,000" captured since 27 March 2022.',
  },
];
