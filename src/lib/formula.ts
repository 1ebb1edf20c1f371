/**
 * Formulas of derived figures in the reader's language, apart from uiText.ts so that only the chart that shows
 * formulas (the CECOT cell) takes this code into the browser.
 */
import type { IsoDate, Language } from '../data/types';
import { formatDate } from './formatDate';
import type { Translate } from './uiText';

const ISO = String.raw`\d{4}(?:-\d{2}){0,2}`;
const FORMULA_WORDS = [
  'people',
  'deaths',
  'months',
  'cells',
  'buildings',
  'venezuelans',
  'salvadorans',
  'inputsListed',
] as const;

/**
 * A derived figure's formula (src/data/derive.ts) in the reader's language. Formulas are written once, in English
 * words with en-US numbers and ISO dates ("487 deaths / 46.4 months (2022-03-27 to 2026-02-08)"); es-SV writes
 * numbers the same way, so only the words and the date ranges are translated, through the `formula.*` strings
 * (looked up with `t`, which must hold them in English and the reader's language), with dates written as the rest
 * of the page writes them ("del 27 de marzo de 2022 al 8 de febrero de 2026").
 */
export function formulaIn(t: Translate, lang: Language, formula: string): string {
  if (lang === 'en') return formula;
  // A day takes the article and a month or year does not: "del 27 de marzo de 2022 al 8 de febrero de 2026",
  // "de enero de 2013 a febrero de 2021".
  const range = (key: 'formula.monthsFrom' | 'formula.dateRange', from: string, to: string) =>
    t(lang, key, { from: dated(from, lang), to: dated(to, lang) })
      .replace(/\bde el\b/g, 'del')
      .replace(/\ba el\b/g, 'al');
  let out = formula
    .replace(new RegExp(`months from (${ISO}) to (${ISO})`, 'g'), (_, from: string, to: string) =>
      range('formula.monthsFrom', from, to),
    )
    .replace(new RegExp(`(${ISO}) to (${ISO})`, 'g'), (_, from: string, to: string) =>
      range('formula.dateRange', from, to),
    );
  for (const word of FORMULA_WORDS) {
    out = out.replace(new RegExp(`\\b${t('en', `formula.${word}`)}\\b`, 'g'), t(lang, `formula.${word}`));
  }
  return out;
}

/** A date in a Spanish range: a day with its article ("el 27 de marzo de 2022"), a month or year without. */
function dated(iso: string, lang: Language): string {
  const text = formatDate(iso as IsoDate, lang);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `el ${text}` : text;
}
