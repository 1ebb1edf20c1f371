/**
 * Vite plugin behind the UI string modules that code running in the browser imports:
 *
 * - `virtual:ui-strings/<group>+<group>…`: the UI strings (content/i18n/<lang>.json) whose keys start with one of
 *   the groups (`deaths` for `deaths.*`; a whole key, such as `chart.next`, is a group of one), per language: `{ en: { 'deaths.unit': '…' }, es: { … } }`. Chart models
 *   and layers import these. In the browser build they are the page's strings (src/lib/pageStrings.ts) instead,
 *   filled by the islands from `islandStrings` below, so a page does not download the other language.
 * - `islandStrings(groups, lang)`: the same strings in the page's language, which the server passes to a chart's
 *   island as a prop (src/components/chart/ChartFor.astro), for the groups its definition names.
 *
 * Why: chart islands run t() in the browser, and importing the whole dictionaries there made every chapter
 * download both languages' ~260 strings, most of them page chrome the server already rendered. Server code keeps
 * the full dictionaries (src/lib/i18n.ts).
 *
 * A chart's title, dek, notes and data-table headings (`<group>.title`, `.dek`, `.notes`, `.table.*`) are left
 * out: only the server draws the frame around a chart (src/charts/registry.ts). A module that asked for one anyway
 * would throw "Missing UI string" while the build renders it.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
// Imported rather than read from disk at render time: in a built page this module is a chunk whose own address
// says nothing about where content/ is (a build into .builds/bench sits one folder deeper than dist/).
import en from '../../../content/i18n/en.json';
import es from '../../../content/i18n/es.json';

const PREFIX = 'virtual:ui-strings/';
const FRAME_ONLY = /^[^.]+\.(?:title|dek|notes|table\..+)$/;
const LANGUAGES = ['en', 'es'] as const;
type Lang = (typeof LANGUAGES)[number];
const dictionaryFile = (lang: string) => fileURLToPath(new URL(`../../../content/i18n/${lang}.json`, import.meta.url));
const PAGE_STRINGS = fileURLToPath(new URL('../pageStrings.ts', import.meta.url));

const inGroup = (key: string, group: string) => key === group || key.startsWith(`${group}.`);

/** The strings of the given key groups but the frame's, in one language: `{ 'deaths.unit': '…' }`. */
export function stringsOfGroupsIn(lang: Lang, groups: readonly string[]): Record<string, string> {
  const all: Record<string, string> = { en, es }[lang];
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => groups.some((g) => inGroup(key, g)) && !FRAME_ONLY.test(key)),
  );
}

/**
 * What a chart island needs of the given groups on a page in `lang`. Formulas are written in English words, which
 * formulaIn() finds by their English strings (src/lib/formula.ts), so other languages also get those.
 */
export function islandStrings(groups: readonly string[], lang: Lang): Partial<Record<Lang, Record<string, string>>> {
  const strings: Partial<Record<Lang, Record<string, string>>> = { [lang]: stringsOfGroupsIn(lang, groups) };
  if (lang !== 'en' && groups.includes('formula')) strings.en = stringsOfGroupsIn('en', ['formula']);
  return strings;
}

/** The strings of the given key groups but the frame's, per language: `{ en: { 'deaths.unit': '…' }, es: { … } }`. */
export function stringsOfGroups(groups: readonly string[]): Record<string, Record<string, string>> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, stringsOfGroupsIn(lang, groups)]));
}

export function uiStrings(): Plugin {
  return {
    name: 'cecot:ui-strings',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const path = id.slice(PREFIX.length + 1);
      if (path.includes('/')) this.error(`${id.slice(1)}: expected ${PREFIX}<group>+…`);
      const groups = path.split('+');
      for (const l of LANGUAGES) this.addWatchFile(dictionaryFile(l));
      const english = stringsOfGroupsIn('en', groups);
      for (const group of groups) {
        if (!Object.keys(english).some((key) => inGroup(key, group))) {
          this.error(`${id.slice(1)}: no UI strings start with "${group}." in content/i18n/en.json`);
        }
      }
      if (this.environment?.name === 'client') {
        return `export { pageStrings as default } from ${JSON.stringify(PAGE_STRINGS)};`;
      }
      return `export default ${JSON.stringify(stringsOfGroups(groups))};`;
    },
  };
}
