/**
 * The UI strings chart islands look up in the browser: only the page's language, and only the key groups the
 * islands on the page use.
 *
 * Chart code imports `virtual:ui-strings/<group>+…` (both languages), which on the server, in the images and in
 * the tests are the dictionaries themselves. In the browser build those modules are this object instead
 * (src/lib/build/uiStrings.ts), and each chart's island fills it from its `strings` prop, which the server
 * computed for the page (`islandStrings` in src/lib/build/uiStrings.ts), before the chart renders. A page in
 * Spanish so downloads the Spanish strings only; a key nobody provided still fails loudly in t().
 */
import type { Language } from '../data/types';
import type { UiStrings } from './uiText';

export const pageStrings: UiStrings = { en: {}, es: {} };

export function providePageStrings(strings: Partial<UiStrings>): void {
  for (const [lang, some] of Object.entries(strings) as [Language, UiStrings[Language]][]) {
    Object.assign(pageStrings[lang], some);
  }
}
