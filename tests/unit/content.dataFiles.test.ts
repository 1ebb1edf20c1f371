/**
 * The content files of the data (content/data/sources.yaml and facts.yaml): read into the same records the site
 * used when they were TypeScript, and every mistake an editor can make reported at once as `file:line: message`,
 * naming the record, the field and what is allowed. The mistakes are planted in a temporary copy of the files.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, checkDataFiles, formatProblem } from '../../src/lib/build/contentChecks';
import { contentIdsModule } from '../../src/lib/build/contentIds';
import { parseSources } from '../../src/data/sourcesFile';
import { parseFacts } from '../../src/data/factsFile';
import { facts, DATASET_FACT_IDS } from '../../src/data/facts';
import { sources, sourcesEs, SOURCE_IDS } from '../../src/data/sources';
import { closest } from '../../src/lib/closest';
import { dateToTime } from '../../src/data/dates';

const SOURCES = 'content/data/sources.yaml';
const FACTS = 'content/data/facts.yaml';
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the project's content files with `extra` appended to each; returns the line each appended text starts on. */
function copyWith(extra: { sources?: string; facts?: string }): { sources: number; facts: number } {
  root = mkdtempSync(path.join(tmpdir(), 'data-files-'));
  cpSync('content', path.join(root, 'content'), { recursive: true });
  const start = { sources: 0, facts: 0 };
  for (const [key, file] of [
    ['sources', SOURCES],
    ['facts', FACTS],
  ] as const) {
    const text = readFileSync(file, 'utf8');
    start[key] = text.split('\n').length + 1;
    writeFileSync(path.join(root, file), `${text}\n${extra[key] ?? ''}`);
  }
  return start;
}

describe('the content files as the site reads them', () => {
  it('hold every source and its Spanish wording, descriptions in brackets as readers see them', () => {
    expect(SOURCE_IDS.length).toBeGreaterThan(80);
    expect(sources['cnn-2025-03-17'].publisher).toBe('Webjosh (copy of CNN)');
    expect(sourcesEs['cnn-2025-03-17'].publisher).toBe('Webjosh (copia de CNN)');
    expect(sources['bbc-pressway-2024-02'].title).toBe('[BBC report from inside CECOT, February 2024]');
    expect(sourcesEs['bbc-pressway-2024-02'].title).toBe(
      '[Reportaje de la BBC desde el interior del CECOT, febrero de 2024]',
    );
    expect(sources['wpb-trend-2014'].published).toBe('2014');
  });

  it('give facts read in a source, with the Spanish note beside the English', () => {
    expect(facts['prisoners-hrw-estimate-2025']).toEqual({
      value: 108000,
      unit: 'count',
      date: '2025',
      sources: ['afp-ecotv-2025'],
      confidence: 'medium',
      qualifier: 'about',
      note: 'Human Rights Watch\'s estimate, "an alarming 1.7%" of the population, as AFP relayed it.',
      noteEs: 'Estimación de Human Rights Watch, un "alarmante 1,7 %" de la población, según la recogió AFP.',
    });
    // A date fact's figure is its date.
    expect(facts['restraining-order-date']).toMatchObject({ unit: 'date', date: '2025-03-15' });
    expect(facts['restraining-order-date'].value).toBe(dateToTime('2025-03-15'));
  });

  it('pass their own checks, and the id types generated from them are up to date (npm run check:content)', () => {
    expect(checkDataFiles('.').map(formatProblem)).toEqual([]);
    expect(contentIdsModule('.')).toBe(readFileSync('src/data/contentIds.ts', 'utf8'));
  });
});

describe('checkDataFiles: mistakes planted in a copy, all listed at once with their lines', () => {
  it('reports each broken source and fact by file, line, record and field', () => {
    const at = copyWith({
      sources: [
        'new-source-1:', // +0
        '  publisher: An Outlet (copy of AP)',
        '  via: AP',
        '  tittle: A headline', // +3
        '  url: http://example.org/story', // +4
        '  published: 2025-02-30', // +5
        '  accessed: 2026-12',
        '  language: english', // +7
        '  es:',
        '    publisher: Un medio (copia de AP)',
        'new-source-2:', // +10
        '  publisher: Outlet',
        '  title: "[Our description of a page]"', // +12
        '  url: https://example.org/other',
        '  published: null',
        '  accessed: 2026-12',
        '  language: en',
        '',
      ].join('\n'),
      facts: [
        'new-fact-1:', // +0
        '  value: 1,600', // +1
        '  unit: people', // +2
        '  date: 2025-03',
        '  source: cnn-2025-03-71', // +4
        '  confidence: high',
        'new-fact-2:', // +6
        '  value: 3', // +7
        '  unit: date',
        '  date: 2025-03-15',
        '  source: cnn-2025-03-17',
        '  confidence: sure', // +11
        '  note: Written in English only.', // +12
        'men-sent-to-cecot:', // +13
        '  value: 261',
        '  unit: count',
        '  date: 2025-03-16',
        '  source: cnn-2025-03-17',
        '  confidence: medium',
        '',
      ].join('\n'),
    });
    const s = (n: number) => `${SOURCES}:${at.sources + n}`;
    const f = (n: number) => `${FACTS}:${at.facts + n}`;
    expect(checkDataFiles(root).map(formatProblem)).toEqual([
      `${s(0)}: source "new-source-1", field "title": missing: give the page's headline as title, or our description of it as description`,
      `${s(2)}: source "new-source-1", field "es.via": missing: give the Spanish form of via "AP", with its article where it takes one ("la Fiscalía General de la República (FGR)")`,
      `${s(3)}: source "new-source-1": unknown field "tittle"; did you mean "title"? Fields: publisher, via, credit, title, description, url, published, accessed, language, es.`,
      `${s(4)}: source "new-source-1", field "url": expected an absolute https URL, got "http://example.org/story"`,
      `${s(5)}: source "new-source-1", field "published": expected YYYY, YYYY-MM, YYYY-MM-DD, or null when the copy shows no date, got "2025-02-30"`,
      `${s(7)}: source "new-source-1", field "language": expected one of en, es, fr, nl, id, got "english"`,
      `${s(12)}: source "new-source-2", field "title": is in [brackets]: a description of ours goes in description: (without brackets); title is for the page’s own headline`,
      `${f(1)}: fact "new-fact-1", field "value": expected a number (digits only: 109519, 3.4; no commas, units or words), got "1,600"`,
      `${f(2)}: fact "new-fact-1", field "unit": expected one of count, usd, m2, per100k, percent, share, year, decimal, date, got "people"`,
      `${f(4)}: fact "new-fact-1", field "source": unknown source id "cnn-2025-03-71" (add it to content/data/sources.yaml); closest: ${closest(
        'cnn-2025-03-71',
        SOURCE_IDS,
      )
        .map((id) => JSON.stringify(id))
        .join(', ')}`,
      `${f(7)}: fact "new-fact-2", field "value": a fact with unit date has no value: the date is the figure`,
      `${f(11)}: fact "new-fact-2", field "confidence": expected one of high, medium, low, got "sure"`,
      `${f(12)}: fact "new-fact-2", field "es.note": missing: give the note in Spanish too (the Spanish edition shows it)`,
      `${f(13)}: fact "men-sent-to-cecot" is also defined in src/data/facts.ts (from a dataset); give this one another id.`,
    ]);
  });

  it('asks for the Spanish wording a source needs, at the line of the English', () => {
    const { problems } = parseSources(
      [
        'a-source:',
        '  publisher: Outlet (copy of AP)',
        '  via: AP, citing Cristosal',
        '  description: Our description',
        '  url: https://example.org/',
        '  published: 2024',
        '  accessed: 2026-12',
        '  language: en',
      ].join('\n'),
    );
    expect(problems.map(formatProblem)).toEqual([
      `${SOURCES}:2: source "a-source", field "es.publisher": missing: the publisher "Outlet (copy of AP)" carries a note; give its Spanish form ("Webjosh (copia de CNN)")`,
      `${SOURCES}:3: source "a-source", field "es.via": missing: give the Spanish form of via "AP, citing Cristosal", with its article where it takes one ("la Fiscalía General de la República (FGR)")`,
      `${SOURCES}:4: source "a-source", field "es.description": missing: give the Spanish form of the description`,
    ]);
  });

  it('reports a YAML syntax error and a repeated id with their lines', () => {
    const known = new Set(['a-source']);
    expect(
      parseFacts(
        'a-fact:\n  unit: date\n  date: 2025\n  source: a-source\n  confidence: high\na-fact:\n  unit: date\n',
        known,
      ).problems.map(formatProblem),
    ).toEqual([`${FACTS}:6: this fact id is already used above; every fact needs its own id`]);
    // A colon in unquoted text: the parser's several complaints about line 2 come out as one.
    const broken = parseFacts('a-fact:\n  note: Figure: 3, "about"\n  unit: count\n', known).problems;
    expect(broken.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/data\/facts\.yaml:2: is not valid YAML here: .*in single quotes\.$/),
    ]);
    expect(parseFacts('Not_an_id:\n  unit: date\n', known).problems.map(formatProblem)).toEqual([
      `${FACTS}:1: fact id "Not_an_id" must be lowercase letters, digits and hyphens (for example cnn-2025-03-17).`,
    ]);
  });

  it('is part of the content check that the build runs, and the build stops on it', () => {
    copyWith({ facts: 'new-fact:\n  value: 3\n  unit: count\n  date: 2025\n  source: nowhere\n  confidence: high\n' });
    const lines = checkContent({ root }).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/data\/facts\.yaml:\d+: fact "new-fact", field "source": unknown source id "nowhere"/,
      ),
    ]);
  });

  it('keeps fact ids of the content files apart from those of the datasets', () => {
    const fromFile = Object.keys(parseFacts(readFileSync(FACTS, 'utf8'), new Set(SOURCE_IDS)).facts);
    expect(fromFile.length).toBeGreaterThan(0);
    expect(fromFile.filter((id) => DATASET_FACT_IDS.includes(id))).toEqual([]);
  });
});
