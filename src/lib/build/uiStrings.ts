/**
 * Vite plugin behind `virtual:ui-strings/<group>+<group>…`: the UI strings (content/i18n/<lang>.json) whose keys
 * start with one of the groups (`deaths` for `deaths.*`), in every language.
 *
 * Why: chart islands run t() in the browser, and importing the whole dictionaries there made every chapter
 * download both languages' ~260 strings, most of them page chrome the server already rendered. Each client-side
 * module asks for the groups it uses; server code keeps the full dictionaries (src/lib/i18n.ts).
 *
 * A chart's title, dek, notes and data-table headings (`<group>.title`, `.dek`, `.notes`, `.table.*`) are left
 * out: only the server draws the frame around a chart (src/charts/registry.ts). A module that asked for one anyway
 * would throw "Missing UI string" while the build renders it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:ui-strings/';
const FRAME_ONLY = /^[^.]+\.(?:title|dek|notes|table\..+)$/;
const LANGUAGES = ['en', 'es'] as const;
const dictionaryFile = (lang: string) => fileURLToPath(new URL(`../../../content/i18n/${lang}.json`, import.meta.url));

/** The strings of the given key groups but the frame's, per language: `{ en: { 'deaths.unit': '…' }, es: { … } }`. */
export function stringsOfGroups(groups: readonly string[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const lang of LANGUAGES) {
    const all = JSON.parse(readFileSync(dictionaryFile(lang), 'utf8')) as Record<string, string>;
    out[lang] = Object.fromEntries(
      Object.entries(all).filter(([key]) => groups.includes(key.split('.')[0]!) && !FRAME_ONLY.test(key)),
    );
  }
  return out;
}

export function uiStrings(): Plugin {
  return {
    name: 'cecot:ui-strings',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const groups = id.slice(PREFIX.length + 1).split('+');
      const strings = stringsOfGroups(groups);
      for (const lang of LANGUAGES) this.addWatchFile(dictionaryFile(lang));
      for (const group of groups) {
        if (!Object.keys(strings['en']!).some((key) => key.startsWith(`${group}.`))) {
          this.error(`${id.slice(1)}: no UI strings start with "${group}." in content/i18n/en.json`);
        }
      }
      return `export default ${JSON.stringify(strings)};`;
    },
  };
}
