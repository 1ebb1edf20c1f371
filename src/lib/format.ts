/**
 * Number and date formatting for readers, per language. Charts, facts, notes and tables all format through here,
 * on the server, so a figure reads the same wherever it appears.
 */
import type { Language, Qualifier } from '../data/types';
import type { StoryFact } from '../data/facts';
import { LOCALES } from './uiText';
import { formatDate } from './formatDate';
import { t } from './i18n';

export { formatDate };

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], options)));
  return f;
}

/** 109519 → "109,519"; decimals fixed when given. */
export function formatNumber(value: number, lang: Language, decimals?: number): string {
  return nf(
    lang,
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
  ).format(value);
}

/** 0.62 → "62%". */
export function formatShare(value: number, lang: Language, decimals = 0): string {
  return nf(lang, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/**
 * Compact axis labels: 110000 → "110K" (en) / "110,000" (es). Spanish axes write numbers in full, as the prose
 * does (109,519): es-SV's short form is "110 k", which Salvadoran newsrooms do not write, and its long form
 * ("110 mil") would read differently from the same chart's axis below 100,000. Full numbers take the same width.
 */
export function formatCompact(value: number, lang: Language): string {
  if (lang === 'es') return formatNumber(value, lang);
  return nf(lang, {
    notation: 'compact',
    compactDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** 6000000 → "$6 million"; smaller amounts in full ("$250,000"). */
export function formatUsd(value: number, lang: Language): string {
  if (value >= 1_000_000) return t(lang, 'unit.usdMillions', { n: formatNumber(value / 1_000_000, lang) });
  return nf(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
}

/** A JS Date (from frontmatter) as a long date. */
export function formatJsDate(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : LOCALES[lang], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/** A fact's value as a reader sees it in a sentence, with its unit and any "at least"/"about". */
export function formatFact(fact: StoryFact, lang: Language): string {
  let text: string;
  switch (fact.unit) {
    case 'count':
      text = formatNumber(fact.value, lang, fact.decimals ?? 0);
      break;
    case 'decimal':
      text = formatNumber(fact.value, lang, fact.decimals);
      break;
    case 'year':
      text = String(fact.value);
      break;
    case 'usd':
      text = formatUsd(fact.value, lang);
      break;
    case 'm2':
      // A whole area reads as the chart writes it ("1 m²", not "1.00 m²").
      text = `${formatNumber(fact.value, lang, Number.isInteger(fact.value) ? 0 : fact.decimals)} ${t(lang, 'unit.m2')}`;
      break;
    case 'per100k':
      text = `${formatNumber(fact.value, lang, 0)} ${t(lang, 'unit.per100k')}`;
      break;
    case 'percent':
      text = formatShare(fact.value / 100, lang, fact.decimals ?? 0);
      break;
    case 'share':
      text = formatShare(fact.value, lang, fact.decimals ?? 0);
      break;
    case 'date':
      text = formatDate(fact.date, lang);
      break;
  }
  return withQualifier(text, fact.qualifier, lang);
}

const SPANISH_WORDS = ['', '', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];

/**
 * A fact's value inside a sentence: as formatFact, but Spanish prose writes whole counts from two to nine in words
 * ("dos inodoros", "unos cuatro meses"). One stays a digit: "un"/"una" depends on the noun, which the fact does
 * not know.
 */
export function formatFactInProse(fact: StoryFact, lang: Language): string {
  const v = fact.value;
  if (lang === 'es' && fact.unit === 'count' && !fact.decimals && Number.isInteger(v) && v >= 2 && v <= 9) {
    return withQualifier(SPANISH_WORDS[v]!, fact.qualifier, lang);
  }
  return formatFact(fact, lang);
}

/** "about 89,000", "at least 84,000", "72,600": a count in words for tables and descriptions. */
export function formatQualified(value: number, qualifier: Qualifier | undefined, lang: Language): string {
  return withQualifier(formatNumber(value, lang), qualifier, lang);
}

function withQualifier(text: string, qualifier: Qualifier | undefined, lang: Language): string {
  return qualifier && qualifier !== 'exact' ? `${t(lang, `qualifier.${qualifier}`)} ${text}` : text;
}
