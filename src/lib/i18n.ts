/**
 * UI strings, one JSON file per language in content/i18n. English defines the keys; every other language must
 * have exactly the same keys (a unit test checks).
 */
import en from '../../content/i18n/en.json';
import type { Language } from '../data/types';

export type UiKey = keyof typeof en;
export const LANGUAGES: readonly Language[] = ['en'];

const strings: Record<Language, Partial<Record<UiKey, string>>> = { en, es: {} };

/** Locale used for numbers and dates. El Salvador writes 109,519 and 1.9, as es-SV does. */
export const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-SV' };

/** Looks up a UI string and fills {placeholders}. Unknown keys fail loudly rather than print a key to readers. */
export function t(lang: Language, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = strings[lang][key] ?? en[key];
  if (template === undefined) throw new Error(`Missing UI string "${key}" for ${lang}`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`UI string "${key}" needs a value for {${name}}`);
    return String(vars[name]);
  });
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as string[]).includes(value);
}
