/**
 * Looking up UI strings, with the dictionary handed in (src/lib/i18n.ts hands in the full dictionaries; the tests
 * hand in small ones); and the locales numbers and dates are written in.
 */
import type en from '../../content/i18n/en.json';
import type { Language } from '../data/types';

export type UiKey = keyof typeof en;
export type UiStrings = Record<Language, Partial<Record<UiKey, string>>>;
export type Translate = (lang: Language, key: UiKey, vars?: Record<string, string | number>) => string;

/**
 * Locale used for numbers and dates. El Salvador writes thousands with a comma and decimals with a point
 * (109,519 and 1.9), as Mexico, Central America and the United States do and unlike Spain (109.519 and 1,9);
 * es-SV's CLDR data says the same, so Intl with es-SV gives the Salvadoran forms.
 */
export const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-SV' };

/**
 * t() over one dictionary: looks up a UI string and fills {placeholders}. Unknown or untranslated keys fail
 * loudly rather than print a key or another language's text.
 */
export function translator(strings: UiStrings): Translate {
  return (lang, key, vars = {}) => {
    const template: string | undefined = strings[lang]?.[key];
    if (template === undefined)
      throw new Error(`Missing UI string "${key}" for ${lang}: add it to content/i18n/${lang}.json`);
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in vars)) throw new Error(`UI string "${key}" needs a value for {${name}}`);
      return String(vars[name]);
    });
  };
}
