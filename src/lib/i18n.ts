/**
 * UI strings, one JSON file per language in content/i18n. English defines the keys; every other language must
 * have exactly the same keys: a missing or extra key is a type error here and a failing unit test
 * (tests/unit/i18n.test.ts), and `t()` throws rather than print another language's text to a reader.
 *
 * Only the server looks strings up (pages, captions, images, chart models): chart islands get text already written.
 */
import en from '../../content/i18n/en.json';
import es from '../../content/i18n/es.json';
import type { Language } from '../data/types';
import { formulaIn as formulaWith } from './formula';
import { translator, type UiKey } from './uiText';

export { LOCALES, type UiKey } from './uiText';
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

/** Looks up a UI string and fills {placeholders}. Unknown or untranslated keys fail loudly rather than print a key. */
export const t = translator(strings);

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

/** A derived figure's formula in the reader's language (see src/lib/formula.ts). */
export function formulaIn(lang: Language, formula: string): string {
  return formulaWith(t, lang, formula);
}
