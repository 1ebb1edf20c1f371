/**
 * UI strings, one JSON file per language in content/i18n. English defines the keys; every other language must
 * have exactly the same keys: a missing or extra key is a type error here and a failing unit test
 * (tests/unit/i18n.test.ts), and `t()` throws rather than print another language's text to a reader.
 */
import en from '../../content/i18n/en.json';
import es from '../../content/i18n/es.json';
import type { Language } from '../data/types';

export type UiKey = keyof typeof en;
export const LANGUAGES: readonly Language[] = ['en', 'es'];

/** Keys of A that B lacks. */
type MissingIn<A, B> = Exclude<keyof A, keyof B>;
/**
 * Type-level check that es.json has exactly en.json's keys. When it fails, the compiler names the offending keys:
 * a missing key in the `strings` assignment below, an extra one here.
 */
const esHasNoExtraKeys: [MissingIn<typeof es, typeof en>] extends [never] ? true : MissingIn<typeof es, typeof en> =
  true;

const strings: Record<Language, Record<UiKey, string>> = { en, es };
void esHasNoExtraKeys;

/**
 * Locale used for numbers and dates. El Salvador writes thousands with a comma and decimals with a point
 * (109,519 and 1.9), as Mexico, Central America and the United States do and unlike Spain (109.519 and 1,9);
 * es-SV's CLDR data says the same, so Intl with es-SV gives the Salvadoran forms.
 */
export const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-SV' };

/** Looks up a UI string and fills {placeholders}. Unknown or untranslated keys fail loudly rather than print a key. */
export function t(lang: Language, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template: string | undefined = strings[lang]?.[key];
  if (template === undefined)
    throw new Error(`Missing UI string "${key}" for ${lang}: add it to content/i18n/${lang}.json`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`UI string "${key}" needs a value for {${name}}`);
    return String(vars[name]);
  });
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as string[]).includes(value);
}

/**
 * Reader-facing text kept in the data module (claims, dataset titles) has its English in the record's own fields
 * and its Spanish beside them in `es`; this returns the record with the fields of the reader's language.
 */
export function localized<T extends { readonly es?: object }>(item: T, lang: Language): T {
  return lang === 'es' && item.es ? { ...item, ...item.es } : item;
}

/** The language of the other edition (the story is published in two). */
export function otherLanguage(lang: Language): Language {
  return lang === 'en' ? 'es' : 'en';
}

const ISO = String.raw`\d{4}(?:-\d{2}){0,2}`;
const FORMULA_WORDS = ['people', 'deaths', 'months', 'cells', 'buildings', 'venezuelans', 'salvadorans'] as const;

/**
 * A derived figure's formula (src/data/derive.ts) in the reader's language. Formulas are written once, in English
 * words with en-US numbers and ISO dates ("487 deaths / 46.4 months (2022-03-27 to 2026-02-08)"); es-SV writes
 * numbers the same way, so only the words and the date ranges are translated, through the `formula.*` strings.
 */
export function formulaIn(lang: Language, formula: string): string {
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
