/**
 * The two editions, English and Spanish, as one story: the same UI keys, the same chapters with the same figures
 * and steps, every reader-facing text in the data module given in Spanish, and numbers and dates written the way
 * each locale writes them (El Salvador: 109,519 and 1.9; "15 de marzo de 2025").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../content/i18n/en.json';
import es from '../../content/i18n/es.json';
import { LANGUAGES, LOCALES, formulaIn, localized, t, type UiKey } from '../../src/lib/i18n';
import { formatCompact, formatDate, formatFact, formatNumber, formatShare, formatUsd } from '../../src/lib/format';
import { facts, FACT_IDS } from '../../src/data/facts';
import { sources, sourcesEs, SOURCE_IDS } from '../../src/data/sources';
import { seedClaims } from '../../src/data/seedClaims';
import { datasets } from '../../src/data/index';
import { spaceStandards } from '../../src/data/standards';
import { creditOf, publisherOf, titleOf, viaOf } from '../../src/lib/citation';
import { expectFormulaInSpanish } from '../../src/charts/testing';
import * as derive from '../../src/data/derive';
import { causesOfDeath } from '../../src/data/deathCauses';
import { STATE_OF_EXCEPTION_START } from '../../src/data/deaths';
import { parseIsoDate } from '../../src/data/dates';

const CHAPTERS = 'content/chapters';
const enKeys = Object.keys(en).sort();
const esKeys = Object.keys(es).sort();

describe('UI strings (content/i18n/<lang>.json)', () => {
  it('the story is published in English and Spanish', () => {
    expect(LANGUAGES).toEqual(['en', 'es']);
  });

  it('Spanish has exactly the English keys: none missing, none extra', () => {
    expect(esKeys.filter((k) => !(k in en))).toEqual([]);
    expect(enKeys.filter((k) => !(k in es))).toEqual([]);
  });

  it('every string has the same {placeholders} in both languages, so t() gets the values it needs', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of enKeys as UiKey[]) expect([key, names(es[key])]).toEqual([key, names(en[key])]);
  });

  it('no Spanish string is empty, and the Spanish is not left in English', () => {
    for (const key of esKeys as UiKey[]) expect(es[key].trim(), key).not.toBe('');
    // Strings long enough to be sentences must differ from the English (names such as "Cristosal" may not).
    const untranslated = (enKeys as UiKey[]).filter((k) => en[k].split(' ').length > 3 && en[k] === es[k]);
    expect(untranslated).toEqual([]);
  });

  it('t() fills placeholders and refuses unknown keys instead of printing them', () => {
    expect(t('es', 'chart.step', { n: 2, total: 7 })).toBe('Paso 2 de 7');
    expect(t('en', 'chart.step', { n: 2, total: 7 })).toBe('Step 2 of 7');
    expect(() => t('es', 'no.such.key' as UiKey)).toThrow(/Missing UI string "no.such.key" for es/);
    expect(() => t('es', 'chart.step', { n: 2 })).toThrow(/needs a value for \{total\}/);
  });
});

describe('number and date formatting per locale', () => {
  it('uses es-SV for Spanish: El Salvador writes thousands with a comma and decimals with a point', () => {
    expect(LOCALES.es).toBe('es-SV');
    expect(formatNumber(109519, 'es')).toBe('109,519');
    expect(formatNumber(5348, 'es')).toBe('5,348');
    expect(formatNumber(1.9, 'es', 1)).toBe('1.9');
    expect(formatNumber(1.54, 'es')).toBe('1.54');
    expect(formatShare(0.365, 'es', 1)).toBe('36.5%');
    expect(formatNumber(109519, 'en')).toBe('109,519');
    expect(formatNumber(1.9, 'en', 1)).toBe('1.9');
  });

  it('writes compact axis labels and dollar amounts in words Salvadoran readers use', () => {
    expect(formatCompact(110000, 'es')).toBe('110,000');
    expect(formatCompact(110000, 'en')).toBe('110K');
    expect(formatUsd(6_000_000, 'es')).toBe('6 millones de dólares');
    expect(formatUsd(6_000_000, 'en')).toBe('$6 million');
  });

  it.each([
    ['2025-03-15', '15 de marzo de 2025', '15 March 2025'],
    ['2025-03', 'marzo de 2025', 'March 2025'],
    ['2024', '2024', '2024'],
  ] as const)('writes %s at its own precision: "%s" / "%s"', (date, spanish, english) => {
    expect(formatDate(date, 'es')).toBe(spanish);
    expect(formatDate(date, 'en')).toBe(english);
  });

  it('gets full dates where Spanish strings write "el {date}" ("hasta el 15 de abril de 2024", never "el abril")', () => {
    const dated = [...Object.values(causesOfDeath).map((b) => b.date), STATE_OF_EXCEPTION_START];
    for (const date of dated) expect(parseIsoDate(date)?.precision, date).toBe('day');
    expect(
      t('es', 'deaths.causes.subtitle', { counter: 'Cristosal', total: '261', date: formatDate('2024-04-15', 'es') }),
    ).toBe('Cristosal: causas de las 261 muertes registradas hasta el 15 de abril de 2024');
  });

  it('writes facts with Spanish qualifiers and units', () => {
    expect(formatFact(facts['prisoners-2024-civil-society'], 'es')).toBe('109,519');
    expect(formatFact(facts['homicide-rate-2024'], 'es')).toBe('1.9');
    expect(formatFact(facts['deaths-sjh-2024-04'], 'es')).toBe('al menos 241');
    expect(formatFact(facts['rate-2024-census'], 'es')).toBe('1,775 por cada 100,000 habitantes');
    expect(formatFact(facts['transfer-date'], 'es')).toBe('16 de marzo de 2025');
    expect(formatFact(facts['us-payment'], 'es')).toBe('6 millones de dólares');
  });

  it('every fact has a Spanish form', () => {
    for (const id of FACT_IDS) expect(formatFact(facts[id], 'es').length, id).toBeGreaterThan(0);
  });
});

describe('our arithmetic, shown in Spanish', () => {
  // The formulas a chart works out itself are checked the same way in its folder's tests.
  const formulas = [
    ...FACT_IDS.flatMap((id) => (facts[id].formula ? [facts[id].formula] : [])),
    derive.cecotCellFloorArea().formula,
  ];

  it.each(formulas)('"%s" has no English word left and keeps its numbers', (formula) => {
    expectFormulaInSpanish(formula);
  });

  it('turns date ranges into Spanish', () => {
    expect(formulaIn('es', '487 deaths / 46.46 months (2022-03-27 to 2026-02-08)')).toBe(
      '487 muertes / 46.46 meses (del 27 de marzo de 2022 al 8 de febrero de 2026)',
    );
    expect(formulaIn('es', 'months from 2025-03-16 to 2025-07-18')).toBe(
      'meses del 16 de marzo de 2025 al 18 de julio de 2025',
    );
    expect(formulaIn('es', '850 deaths / 98 months (2013-01 to 2021-02)')).toBe(
      '850 muertes / 98 meses (de enero de 2013 a febrero de 2021)',
    );
  });
});

/** Every run of digits (with separators) in a text, in order. */
const numbersIn = (text: string) => text.match(/\d[\d,.]*\d|\d/g) ?? [];

describe('reader-facing text in the data module has its Spanish beside it, with the same figures', () => {
  it.each(seedClaims.map((c) => [c.id, c] as const))('seed claim %s', (_, claim) => {
    const s = localized(claim, 'es');
    expect(s.claim).not.toBe(claim.claim);
    expect(numbersIn(s.claim)).toEqual(numbersIn(claim.claim));
    expect(numbersIn(s.finding).sort()).toEqual(numbersIn(claim.finding).sort());
  });

  it.each(datasets.map((d) => [d.id, d] as const))('dataset %s', (_, dataset) => {
    expect(dataset.es).toBeDefined();
    const s = localized(dataset, 'es');
    expect(s.title).not.toBe(dataset.title);
    expect(numbersIn(s.title)).toEqual(numbersIn(dataset.title));
    expect(localized(dataset, 'en')).toBe(dataset);
  });

  it('space standards name their body in Spanish', () => {
    for (const s of Object.values(spaceStandards)) expect(localized(s, 'es').body).not.toBe(s.body);
  });

  it('every source note, `via` and bracketed description has its Spanish form', () => {
    for (const id of SOURCE_IDS) {
      const s = sources[id];
      if (/[(,]/.test(s.publisher)) expect(sourcesEs[id].publisher, `publisher of ${id}`).toBeDefined();
      if (s.via) expect(sourcesEs[id].via, `via of ${id}`).toBeDefined();
      if (s.title.startsWith('[')) expect(sourcesEs[id].title, `title of ${id}`).toMatch(/^\[.+\]$/);
    }
  });

  it('cites real headlines in their own language in both editions, and our descriptions as descriptions in the edition language', () => {
    const headline = SOURCE_IDS.find((id) => !sources[id].title.startsWith('[') && sources[id].language === 'en')!;
    expect(titleOf(headline, 'es')).toEqual({ text: sources[headline].title, lang: 'en', described: false });
    // A description is shown as one (no brackets; the page renders it without quotation marks).
    expect(titleOf('bbc-pressway-2024-02', 'es')).toEqual({
      text: 'Reportaje de la BBC desde el interior del CECOT, febrero de 2024',
      lang: 'es',
      described: true,
    });
    expect(titleOf('bbc-pressway-2024-02', 'en').described).toBe(true);
    expect(publisherOf('cnn-2025-03-17', 'es')).toBe('Webjosh (copia de CNN)');
    expect(publisherOf('cnn-2025-03-17', 'en')).toBe('Webjosh (copy of CNN)');
    expect(viaOf('ap-bastille-2024-07', 'es')).toBe('AP, con datos de Cristosal');
    expect(creditOf('ap-bastille-2024-07', 'es')).toBe('AP');
  });
});

// ---- Chapters: the same story in both folders ----

interface ChapterShape {
  frontmatter: Record<string, string>;
  /** Components with their language-neutral props, in reading order (titles and quotes' `cite` are prose). */
  components: string[];
  /** Prose without components and frontmatter. */
  prose: string;
  links: string[];
}

function readChapter(lang: string, file: string): ChapterShape {
  const text = readFileSync(path.join(CHAPTERS, lang, file), 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!fm) throw new Error(`${lang}/${file} has no frontmatter`);
  const frontmatter = Object.fromEntries(
    fm[1]!.split('\n').map((line) => {
      const i = line.indexOf(':');
      return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
    }),
  );
  const body = text.slice(fm[0].length);
  const tag = /<\/?(Fact|Scrolly|Step|Figure|Callout|PullQuote)\b((?:[^>{]|\{\{[^}]*\}\}|\{[^}]*\})*)>/g;
  const components = [...body.matchAll(tag)].map(
    (m) =>
      `${m[0].startsWith('</') ? '/' : ''}${m[1]}${(m[2] ?? '')
        .replace(/\s(title|cite)="[^"]*"/g, '')
        .replace(/\s+/g, ' ')
        .trimEnd()}`,
  );
  return {
    frontmatter,
    components,
    prose: body.replace(tag, ' '),
    links: [...body.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!),
  };
}

/**
 * The components split at every structural tag (Scrolly, Step, Figure, Callout, PullQuote), with the facts of each
 * part sorted: a sentence may quote its figures in another order in Spanish, but no part may gain or lose one.
 */
function segments(components: string[]): string[][] {
  const out: string[][] = [[]];
  for (const c of components) {
    if (c.startsWith('Fact ')) out.at(-1)!.push(c);
    else out.push([c], []);
  }
  return out.map((part) => (part[0]?.startsWith('Fact ') ? [...part].sort() : part));
}

const enFiles = readdirSync(path.join(CHAPTERS, 'en'))
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const esFiles = readdirSync(path.join(CHAPTERS, 'es'))
  .filter((f) => f.endsWith('.mdx'))
  .sort();

describe('chapters (content/chapters/<lang>/NN-slug.mdx)', () => {
  it('every chapter file (and so every pair of chapters) exists in both languages', () => {
    expect(esFiles).toEqual(enFiles);
    expect(enFiles.length).toBeGreaterThan(0);
  });

  describe.each(enFiles)('%s', (file) => {
    const english = readChapter('en', file);
    const spanish = readChapter('es', file);

    it('has the same frontmatter fields and dates, written in Spanish, and a Spanish slug', () => {
      // The Spanish chapter's own address (/es/poblacion-penitenciaria/): the English one is the file name's.
      const { slug, ...rest } = spanish.frontmatter;
      expect(Object.keys(rest).sort()).toEqual(Object.keys(english.frontmatter).sort());
      expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(slug).not.toBe(file.replace(/^\d\d-|\.mdx$/g, ''));
      expect(spanish.frontmatter['published']).toBe(english.frontmatter['published']);
      expect(spanish.frontmatter['updated']).toBe(english.frontmatter['updated']);
      for (const field of ['title', 'dek']) expect(spanish.frontmatter[field]).not.toBe(english.frontmatter[field]);
    });

    it('uses the same components, charts, steps, states and step ids in the same order, and the same facts in each part', () => {
      expect(segments(spanish.components)).toEqual(segments(english.components));
    });

    it('types no figure the English does not type (every figure comes through <Fact>)', () => {
      const allowed = new Set(numbersIn(english.prose));
      expect(numbersIn(spanish.prose).filter((n) => !allowed.has(n))).toEqual([]);
    });

    it('links to pages of its own edition', () => {
      expect(spanish.links).toEqual(english.links.map((l) => l.replace(/^\/en\//, '/es/')));
    });
  });
});
