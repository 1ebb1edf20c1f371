/**
 * The corrections log and the published-figures check (src/data/corrections.ts, src/data/publishedFigures.ts,
 * src/lib/build/correctionsCheck.ts). Every case uses its own fixture log; the real log is never edited here.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import {
  checkLog,
  corrections,
  entriesForChapter,
  latestChange,
  newestFirst,
  type LogEntry,
} from '../../src/data/corrections';
import {
  checkPublishedFigures,
  figureOf,
  parseFigures,
  publishFigures,
  serializeFigures,
  type PublishedFigures,
} from '../../src/data/publishedFigures';
import type { StoryFact } from '../../src/data/facts';
import { facts } from '../../src/data/facts';
import { checkCorrections, chapterSlugsOnDisk, FIGURES_FILE } from '../../src/lib/build/correctionsCheck';
import { storyChecks } from '../../src/lib/build/storyChecks';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const fact = (value: number, extra: Partial<StoryFact> = {}): StoryFact => ({
  value,
  unit: 'count',
  date: '2025-03-16',
  sources: ['cnn-2025-03-17'],
  confidence: 'high',
  ...extra,
});

/** A valid entry; tests override what they need. */
function entry(id: string, extra: Partial<Record<keyof LogEntry, unknown>> = {}): LogEntry {
  return {
    id,
    date: '2026-12-03',
    kind: 'correction',
    said: { en: 'The story said 261 men.', es: 'La historia decía 261 hombres.' },
    says: { en: 'It says 262 men.', es: 'Dice 262 hombres.' },
    facts: ['men-sent'],
    charts: [],
    chapters: [],
    ...extra,
  } as LogEntry;
}

const published: PublishedFigures = {
  entries: ['older-entry'],
  figures: { 'men-sent': figureOf(fact(261)), cells: figureOf(fact(256, { date: '2023-03' })) },
};

describe('checkPublishedFigures: a published figure never changes silently', () => {
  it('accepts facts equal to the published ones', () => {
    expect(
      checkPublishedFigures(published, { 'men-sent': fact(261), cells: fact(256, { date: '2023-03' }) }, []),
    ).toEqual([]);
  });

  it('refuses a changed value that no entry names, naming the fact, the field, the old and the new value', () => {
    const errors = checkPublishedFigures(
      published,
      { 'men-sent': fact(262), cells: fact(256, { date: '2023-03' }) },
      [],
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /^Data error in published figures, fact "men-sent", field "value": value was 261, is now 262;/,
    );
    expect(errors[0]!.message).toContain('add an entry to src/data/corrections.ts');
    expect(errors[0]!.message).toContain('npm run figures:publish');
  });

  it('lists every changed field (date, sources, qualifier, unit)', () => {
    const changed = fact(261, {
      date: '2025-03-17',
      sources: ['cnn-2025-03-17', 'kazinform-2025-12-24'],
      qualifier: 'about',
      unit: 'decimal',
    });
    const [error] = checkPublishedFigures(
      published,
      { 'men-sent': changed, cells: fact(256, { date: '2023-03' }) },
      [],
    );
    expect(error!.field).toBe('unit, date, sources, qualifier');
    expect(error!.message).toContain('date was 2025-03-16, is now 2025-03-17');
    expect(error!.message).toContain('sources was cnn-2025-03-17, is now cnn-2025-03-17, kazinform-2025-12-24');
    expect(error!.message).toContain('qualifier was exact, is now about');
  });

  it('accepts a change that a new log entry names', () => {
    const now = { 'men-sent': fact(262), cells: fact(256, { date: '2023-03' }) };
    expect(checkPublishedFigures(published, now, [entry('men-sent-recount')])).toEqual([]);
  });

  it('does not let an entry already included in the file excuse a later change', () => {
    const now = { 'men-sent': fact(262), cells: fact(256, { date: '2023-03' }) };
    expect(checkPublishedFigures(published, now, [entry('older-entry')])).toHaveLength(1);
  });

  it('does not let an entry about another fact excuse the change', () => {
    const now = { 'men-sent': fact(262), cells: fact(256, { date: '2023-03' }) };
    expect(checkPublishedFigures(published, now, [entry('other', { facts: ['cells'] })])).toHaveLength(1);
  });

  it('accepts a new fact that was never published', () => {
    const now = { 'men-sent': fact(261), cells: fact(256, { date: '2023-03' }), 'new-fact': fact(5) };
    expect(checkPublishedFigures(published, now, [])).toEqual([]);
  });

  it('refuses a published fact that was removed without an entry, and accepts it with one', () => {
    const now = { 'men-sent': fact(261) };
    const errors = checkPublishedFigures(published, now, []);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/fact "cells", field "\(fact\)": was published as 256 \(count, 2023-03\) and is no longer/),
    ]);
    expect(checkPublishedFigures(published, now, [entry('drop-cells', { facts: ['cells'] })])).toEqual([]);
  });

  it('accepts a removed fact that a new entry lists in removedFacts, and says to list it there', () => {
    const now = { 'men-sent': fact(261) };
    const [error] = checkPublishedFigures(published, now, []);
    expect(error!.message).toContain('lists this fact id in `removedFacts`');
    const removal = entry('drop-cells', { facts: [], chapters: ['the-flights'], removedFacts: ['cells'] });
    expect(checkPublishedFigures(published, now, [removal])).toEqual([]);
    expect(checkPublishedFigures({ ...published, entries: ['drop-cells'] }, now, [removal])).toHaveLength(1);
  });
});

describe('the published-figures file', () => {
  it('matches the facts as they are now (run `npm run figures:publish` after logging a change)', () => {
    const file = parseFigures(readFileSync(path.join(ROOT, FIGURES_FILE), 'utf8'), FIGURES_FILE);
    expect(checkPublishedFigures(file, facts, corrections)).toEqual([]);
    expect(Object.keys(file.figures).sort()).toEqual(Object.keys(facts).sort());
  });

  it('is written one fact per line, sorted, and reads back to the same figures and entries', () => {
    const out = publishFigures({ zeta: fact(1), alpha: fact(2.5, { qualifier: 'about' }) }, [entry('a'), entry('b')]);
    const text = serializeFigures(out);
    expect(text.split('\n').filter((l) => l.includes('"value"'))).toEqual([
      '    "alpha": {"value":2.5,"unit":"count","date":"2025-03-16","sources":["cnn-2025-03-17"],"qualifier":"about"},',
      '    "zeta": {"value":1,"unit":"count","date":"2025-03-16","sources":["cnn-2025-03-17"],"qualifier":"exact"}',
    ]);
    expect(parseFigures(text, 'x.json')).toEqual(out);
    expect(serializeFigures({ entries: [], figures: {} })).toBe('{\n  "entries": [],\n  "figures": {\n\n  }\n}\n');
  });

  it('reports a broken file with the command that recreates it', () => {
    expect(() => parseFigures('{', 'f.json')).toThrow(/npm run figures:publish/);
    expect(() => parseFigures('{"figures":{}}', 'f.json')).toThrow(/"entries"/);
  });
});

describe('checkLog: each broken entry is reported by id and field', () => {
  const known = {
    facts: new Set(['men-sent', 'cells']),
    charts: new Set(['prison-population']),
    chapters: new Set(['the-flights']),
  };
  const messages = (log: unknown[]) => checkLog(log, known).map((e) => e.message);

  it('accepts valid entries', () => {
    expect(messages([entry('a'), entry('b', { charts: ['prison-population'], chapters: ['the-flights'] })])).toEqual(
      [],
    );
  });

  it('accepts an entry that only removes facts: the removed ids are no longer facts', () => {
    expect(messages([entry('a', { facts: [], removedFacts: ['men-sent-by-sex'] })])).toEqual([]);
  });

  const cases: [string, unknown[], string][] = [
    ['duplicate id', [entry('a'), entry('a')], 'entry "a", field "id": is used by an earlier entry'],
    ['id not kebab-case', [entry('Fix 1')], 'entry "Fix 1", field "id": must be lowercase letters'],
    ['missing id', [{ ...entry('x'), id: undefined }], 'entry #1, field "id"'],
    [
      'month-precision date',
      [entry('a', { date: '2026-12' })],
      'entry "a", field "date": must be the day of the change as YYYY-MM-DD, got "2026-12"',
    ],
    ['impossible date', [entry('a', { date: '2026-02-30' })], 'entry "a", field "date"'],
    [
      'dates out of order',
      [entry('a'), entry('b', { date: '2026-12-01' })],
      'entry "b", field "date": 2026-12-01 is before the previous entry\'s 2026-12-03',
    ],
    [
      'unknown kind',
      [entry('a', { kind: 'erratum' })],
      'entry "a", field "kind": must be one of "correction", "update"',
    ],
    [
      'Spanish missing',
      [entry('a', { says: { en: 'It says 262.', es: ' ' } })],
      'entry "a", field "says.es": needs the text in Spanish',
    ],
    [
      'English missing',
      [entry('a', { said: { es: 'Decía' } })],
      'entry "a", field "said.en": needs the text in English',
    ],
    ['unknown fact', [entry('a', { facts: ['men-snet'] })], 'entry "a", field "facts": "men-snet" is not a fact id'],
    [
      'unknown chart',
      [entry('a', { charts: ['prison-pop'] })],
      'entry "a", field "charts": "prison-pop" is not a chart id from src/charts/registry.ts; known: prison-population',
    ],
    [
      'unknown chapter',
      [entry('a', { chapters: ['01-the-flights'] })],
      'entry "a", field "chapters": "01-the-flights" is not a chapter slug',
    ],
    [
      'names nothing',
      [entry('a', { facts: [] })],
      'entry "a", field "facts": the entry names no fact, chart or chapter',
    ],
    ['list missing', [entry('a', { charts: undefined })], 'entry "a", field "charts": must be a list'],
    [
      'removed fact that is still a fact',
      [entry('a', { removedFacts: ['cells'] })],
      'entry "a", field "removedFacts": "cells" is still a fact; a fact that changed goes in `facts`',
    ],
    [
      'removed fact id not kebab-case',
      [entry('a', { removedFacts: ['Old fact'] })],
      'entry "a", field "removedFacts": "Old fact" is not a fact id',
    ],
    [
      'removedFacts not a list',
      [entry('a', { removedFacts: 'cells' })],
      'entry "a", field "removedFacts": must be a list',
    ],
  ];
  it.each(cases)('%s', (_problem, log, expected) => {
    expect(messages(log).join('\n')).toContain(expected);
  });
});

describe('the real log and the build', () => {
  it('the committed log passes its own checks', () => {
    expect(() => checkCorrections(ROOT)).not.toThrow();
  });

  it('the chapter slugs come from the chapter files', () => {
    expect(chapterSlugsOnDisk(ROOT)).toContain('the-flights');
  });

  it('orders the log newest first and finds the entries of a chapter', () => {
    const log = [
      entry('a', { date: '2026-12-01', chapters: ['x'] }),
      entry('b', { date: '2026-12-03' }),
      entry('c', { date: '2026-12-03', chapters: ['x'] }),
    ];
    expect(newestFirst(log).map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(entriesForChapter('x', log).map((e) => e.id)).toEqual(['a', 'c']);
    expect(latestChange(log)).toBe('2026-12-03');
    expect(latestChange([])).toBeUndefined();
  });

  describe('the build hook (astro.config.mjs runs storyChecks) refuses a silent change', () => {
    let dir: string | undefined;
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    });

    /** Runs the integration's config hook on a copy of the project's published figures, edited by `edit`. */
    function runHook(edit: (file: PublishedFigures) => PublishedFigures): void {
      dir = mkdtempSync(path.join(tmpdir(), 'figures-'));
      mkdirSync(path.join(dir, 'content'));
      // The log names chapters; the hook checks them against the chapter files under the root.
      cpSync(path.join(ROOT, 'content/chapters'), path.join(dir, 'content/chapters'), { recursive: true });
      // The hook also runs the content check, which reads the sources and facts, and the front page, under the root.
      cpSync(path.join(ROOT, 'content/data'), path.join(dir, 'content/data'), { recursive: true });
      cpSync(path.join(ROOT, 'content/front'), path.join(dir, 'content/front'), { recursive: true });
      const real = parseFigures(readFileSync(path.join(ROOT, FIGURES_FILE), 'utf8'), FIGURES_FILE);
      writeFileSync(path.join(dir, FIGURES_FILE), serializeFigures(edit(real)));
      const hook = storyChecks().hooks['astro:config:setup'] as unknown as (o: unknown) => void;
      hook({ config: { root: new URL(`file://${dir}/`) } } as unknown as Parameters<
        NonNullable<AstroIntegration['hooks']['astro:config:setup']>
      >[0]);
    }

    it('passes with the figures as published', () => {
      expect(() => runHook((f) => f)).not.toThrow();
    });

    it('fails, naming the fact and both values, when a published value differs from the data', () => {
      const id = 'men-sent-to-cecot';
      const old = { ...facts[id], value: facts[id].value - 1 };
      expect(() => runHook((f) => ({ ...f, figures: { ...f.figures, [id]: figureOf(old) } }))).toThrow(
        `fact "men-sent-to-cecot", field "value": value was ${old.value}, is now ${facts[id].value}`,
      );
    });

    it('fails when the file is missing, saying how to create it', () => {
      dir = mkdtempSync(path.join(tmpdir(), 'figures-'));
      expect(() => checkCorrections(dir!)).toThrow(/npm run figures:publish/);
    });
  });
});
