/**
 * Formulas of derived figures in the reader's language, apart from uiText.ts so that only the chart that shows
 * formulas (the CECOT cell) takes this code into the browser.
 */
import type { Language } from '../data/types';
import type { Translate } from './uiText';

const ISO = String.raw`\d{4}(?:-\d{2}){0,2}`;
const FORMULA_WORDS = ['people', 'deaths', 'months', 'cells', 'buildings', 'venezuelans', 'salvadorans'] as const;

/**
 * A derived figure's formula (src/data/derive.ts) in the reader's language. Formulas are written once, in English
 * words with en-US numbers and ISO dates ("487 deaths / 46.4 months (2022-03-27 to 2026-02-08)"); es-SV writes
 * numbers the same way, so only the words and the date ranges are translated, through the `formula.*` strings
 * (looked up with `t`, which must hold them in English and the reader's language).
 */
export function formulaIn(t: Translate, lang: Language, formula: string): string {
  if (lang === 'en') return formula;
  let out = formula
    .replace(new RegExp(`months from (${ISO}) to (${ISO})`, 'g'), (_, from: string, to: string) =>
      t(lang, 'formula.monthsFrom', { from, to }),
    )
    .replace(new RegExp(`(${ISO}) to (${ISO})`, 'g'), (_, from: string, to: string) =>
      t(lang, 'formula.dateRange', { from, to }),
    );
  for (const word of FORMULA_WORDS) {
    out = out.replace(new RegExp(`\\b${t('en', `formula.${word}`)}\\b`, 'g'), t(lang, `formula.${word}`));
  }
  return out;
}
