/**
 * The UI strings chart islands look up in the browser: only the page's language, and only the key groups the
 * islands on the page use.
 *
 * Chart code imports `virtual:ui-strings/<group>+…` (both languages), which on the server, in the images and in
 * the tests are the dictionaries themselves. In the browser build those modules are this object instead
 * (src/lib/build/uiStrings.ts), and each island's entry for one language (Island.en.svelte, Island.es.svelte)
 * fills it from `virtual:ui-strings/<lang>/<group>+…` before it renders. A page in Spanish so downloads the
 * Spanish strings only; a key nobody provided still fails loudly in t().
 */
import type { Language } from '../data/types';
import type { UiKey, UiStrings } from './uiText';

export const pageStrings: UiStrings = { en: {}, es: {} };

export function providePageStrings(lang: Language, strings: Partial<Record<UiKey, string>>): void {
  Object.assign(pageStrings[lang], strings);
}
