/**
 * The UI strings chart islands take into the browser (virtual:ui-strings/<group>+…, src/lib/build/uiStrings.ts):
 * the requested groups in both languages, without the frame text only the server draws.
 */
import { describe, expect, it } from 'vitest';
import en from '../../content/i18n/en.json';
import { islandStrings, stringsOfGroups, uiStrings } from '../../src/lib/build/uiStrings';

describe('virtual:ui-strings', () => {
  it.each([['deaths'], ['cell', 'qualifier', 'formula'], ['chart']])('%s: same keys in every language', (...groups) => {
    const strings = stringsOfGroups(groups);
    expect(Object.keys(strings).sort()).toEqual(['en', 'es']);
    expect(Object.keys(strings['es']!).sort()).toEqual(Object.keys(strings['en']!).sort());
    for (const key of Object.keys(strings['en']!)) expect(groups).toContain(key.split('.')[0]);
  });

  it("leaves out a chart's title, dek, notes and table headings, and keeps the rest of its group", () => {
    const keys = Object.keys(stringsOfGroups(['cell'])['en']!);
    const all = Object.keys(en).filter((k) => k.startsWith('cell.'));
    expect(keys).not.toContain('cell.title');
    expect(keys).not.toContain('cell.dek');
    expect(keys).not.toContain('cell.notes');
    expect(keys.filter((k) => k.startsWith('cell.table.'))).toEqual([]);
    expect(keys).toEqual(all.filter((k) => !/^cell\.(?:title|dek|notes|table\..+)$/.test(k)));
    expect(keys.length).toBeGreaterThan(10);
  });

  it('fails the build on a group with no strings', () => {
    const plugin = uiStrings();
    const load = plugin.load as unknown as (this: object, id: string) => string | undefined;
    const context = {
      addWatchFile() {},
      error(message: string): never {
        throw new Error(message);
      },
    };
    expect(() => load.call(context, '\0virtual:ui-strings/deaths+nosuchgroup')).toThrow(/"nosuchgroup\."/);
    expect(load.call(context, '\0virtual:ui-strings/deaths')).toMatch(/^export default \{"en":\{"deaths\./);
  });
});

describe('islandStrings: what the server hands a chart island', () => {
  it("holds the page's language only", () => {
    const strings = islandStrings(['deaths', 'qualifier'], 'en');
    expect(Object.keys(strings)).toEqual(['en']);
    expect(strings.en).toEqual(stringsOfGroups(['deaths', 'qualifier'])['en']);
  });

  it("adds only the formulas' English words to another language, as formulaIn() looks them up by those", () => {
    const strings = islandStrings(['cell', 'formula'], 'es');
    expect(Object.keys(strings).sort()).toEqual(['en', 'es']);
    expect(strings.es).toEqual(stringsOfGroups(['cell', 'formula'])['es']);
    expect(Object.keys(strings.en!).every((k) => k.startsWith('formula.'))).toBe(true);
    expect(Object.keys(strings.en!).length).toBeGreaterThan(0);
  });
});
