/**
 * The content check (src/lib/build/contentChecks.ts): `npm run check:content` and the build run it over every
 * chapter and list every problem at once. Here it runs on a temporary chapters folder with mistakes planted in it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/build/contentChecks';
import { ContentError, storyChecks } from '../../src/lib/build/storyChecks';

const chapter = (lang: 'en' | 'es', body: string) =>
  [
    '---',
    lang === 'en' ? 'title: A test chapter' : 'title: Un capítulo de prueba',
    'navTitle: Test',
    lang === 'en'
      ? 'dek: A chapter written for the tests of the content check.'
      : 'dek: Un capítulo escrito para las pruebas.',
    'published: 2026-11-26',
    '---',
    '',
    body,
  ].join('\n');

const valid = [
  'They sent <Fact id="men-sent-to-cecot"/> men.', // line 8
  '',
  '<Scrolly chart="cecot-cell" id="cell">',
  '  <Step state={{ occupants: 80 }}>Eighty, on one line.</Step>', // line 11
  '</Scrolly>',
].join('\n');

/** A project-like folder with content/chapters/{en,es} holding the given files, and the real content/data and front page. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-check-'));
  cpSync('content/data', path.join(root, 'content', 'data'), { recursive: true });
  cpSync('content/front', path.join(root, 'content', 'front'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, 'content', 'chapters', file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

const seeded = project({
  // Fine in both languages, with a one-line <Step>.
  'en/01-fine.mdx': chapter('en', valid),
  'es/01-fine.mdx': chapter('es', valid),
  // English only.
  'en/02-alone.mdx': chapter('en', valid),
  // The Spanish quotes another fact.
  'en/03-facts.mdx': chapter('en', valid),
  'es/03-facts.mdx': chapter('es', valid.replace('men-sent-to-cecot', 'us-payment')),
  // An unknown fact id and a bad state key, in both languages.
  'en/04-mistakes.mdx': chapter('en', valid.replace('men-sent-to-cecot', 'men-sent').replace('occupants', 'people')),
  'es/04-mistakes.mdx': chapter('es', valid.replace('men-sent-to-cecot', 'men-sent').replace('occupants', 'people')),
});
const seededChapters = path.join(seeded, 'content', 'chapters');
afterAll(() => rmSync(seeded, { recursive: true, force: true }));

describe('checkContent', () => {
  it('lists every problem at once, naming the file and line', () => {
    const lines = checkContent({ root: seeded }).problems.map(formatProblem);
    expect(lines).toEqual([
      'content/chapters/es/02-alone.mdx: is missing: every chapter needs an English and a Spanish file (02-alone.mdx exists in English only). Create it, or rename the other file if the names differ.',
      'content/chapters/es/03-facts.mdx: chapter 03-facts.mdx quotes different facts in English and Spanish (only in English: men-sent-to-cecot; only in Spanish: us-payment). Both languages must quote the same <Fact>s.',
      expect.stringMatching(
        /^content\/chapters\/en\/04-mistakes\.mdx:8: unknown fact id "men-sent"\. Closest fact ids: /,
      ),
      expect.stringMatching(/^content\/chapters\/en\/04-mistakes\.mdx:11: .*"people"/),
      expect.stringMatching(/^content\/chapters\/es\/04-mistakes\.mdx:8: unknown fact id "men-sent"/),
      expect.stringMatching(/^content\/chapters\/es\/04-mistakes\.mdx:11: .*"people"/),
    ]);
  });

  it('compares the charts and steps of the two languages', () => {
    const root = project({
      'en/01-steps.mdx': chapter('en', valid),
      'es/01-steps.mdx': chapter('es', valid.replace('id="cell"', 'id="celda"')),
    });
    try {
      expect(checkContent({ root }).problems.map(formatProblem)).toEqual([
        'content/chapters/es/01-steps.mdx: chapter 01-steps.mdx shows different charts or steps in English and Spanish: chart 1 is <Scrolly chart="cecot-cell"> with steps cell-1 in English but <Scrolly chart="cecot-cell"> with steps celda-1 in Spanish. Both languages must show the same charts, views and step ids, in the same order.',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses two chapters with the same number, and file names the site would not publish', () => {
    const root = project({
      'en/07-methods.mdx': chapter('en', valid),
      'es/07-methods.mdx': chapter('es', valid),
      'en/07-the-courts.mdx': chapter('en', valid),
      'es/07-the-courts.mdx': chapter('es', valid),
      'en/8-extra.mdx': chapter('en', valid),
    });
    try {
      const lines = checkContent({ root }).problems.map(formatProblem);
      expect(lines).toContain(
        'content/chapters/en/8-extra.mdx: is not published: chapter file names are NN-slug.mdx (two digits, then lowercase letters, digits and hyphens).',
      );
      expect(lines).toContain(
        'content/chapters/en/07-the-courts.mdx: shares the number 07 with 07-methods.mdx. Give every chapter its own number and slug (see "Order of chapters" in content/README.md).',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("checks the front page's lede: both languages, the same facts, and only <Fact> and <Figure>", () => {
    const root = project({ 'en/01-fine.mdx': chapter('en', valid), 'es/01-fine.mdx': chapter('es', valid) });
    const front = path.join(root, 'content', 'front');
    try {
      writeFileSync(path.join(front, 'en.mdx'), 'They sent <Fact id="men-sent-to-cecot"/> men.\n');
      writeFileSync(
        path.join(front, 'es.mdx'),
        [
          '---',
          'title: Portada',
          '---',
          'Enviaron <Fact id="us-payment"/>.',
          '',
          valid.split('\n').slice(2).join('\n'),
          '',
          '<Callout>Nota.</Callout>',
        ].join('\n'),
      );
      expect(checkContent({ root }).problems.map(formatProblem)).toEqual([
        'content/front/es.mdx:1: has frontmatter: the front page takes its headline and dek from content/i18n; remove it.',
        'content/front/es.mdx: uses <Scrolly chart="cecot-cell"> with steps cell-1: the front page runs no script; use <Figure> instead.',
        'content/front/es.mdx: uses <Scrolly>: the front page may use <Fact> and <Figure> only.',
        'content/front/es.mdx: uses <Step>: the front page may use <Fact> and <Figure> only.',
        'content/front/es.mdx: uses <Callout>: the front page may use <Fact> and <Figure> only.',
        'content/front/es.mdx: quotes different facts from the English front page (English: men-sent-to-cecot; Spanish: us-payment). Both languages must quote the same <Fact>s.',
        'content/front/es.mdx: shows <Scrolly chart="cecot-cell"> with steps cell-1, the English front page no chart. Both languages must show the same charts.',
      ]);
      rmSync(path.join(front, 'en.mdx'));
      expect(checkContent({ root }).problems.map(formatProblem)).toContain(
        'content/front/en.mdx: is missing: the front page needs its lede in English.',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('passes the published chapters', () => {
    expect(checkContent({ root: process.cwd() }).problems.map(formatProblem)).toEqual([]);
  });
});

describe("a chapter's own slug (frontmatter `slug`, its address in its language)", () => {
  /** The chapter with `slug: …` after its navTitle, on line 4 of the file. */
  const withSlug = (text: string, slug: string) => text.replace(/^(navTitle: .*)$/m, `$1\nslug: ${slug}`);
  const check = (files: Record<string, string>) => {
    const root = project(files);
    try {
      return checkContent({ root }).problems.map(formatProblem);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  it('takes a slug of lowercase ASCII words joined by hyphens', () => {
    expect(
      check({
        'en/01-prison-population.mdx': chapter('en', valid),
        'es/01-prison-population.mdx': withSlug(chapter('es', valid), 'poblacion-penitenciaria-2'),
      }),
    ).toEqual([]);
  });

  it.each([
    'población-penitenciaria',
    'Poblacion',
    'poblacion--penitenciaria',
    'poblacion_penitenciaria',
    '-poblacion',
    '',
  ])('refuses %j, naming the file, the line and the field', (slug) => {
    expect(
      check({
        'en/01-prison-population.mdx': chapter('en', valid),
        'es/01-prison-population.mdx': withSlug(chapter('es', valid), JSON.stringify(slug)),
      }),
    ).toEqual([
      'content/chapters/es/01-prison-population.mdx:4: frontmatter field "slug": must be lowercase letters a-z without accents, digits and single hyphens, like "poblacion-penitenciaria".',
    ]);
  });

  it("refuses a slug another chapter of the language has, or a chapter's former address, or another page's", () => {
    const lines = check({
      'en/01-one.mdx': chapter('en', valid),
      'es/01-one.mdx': withSlug(chapter('es', valid), 'uno'),
      'en/02-two.mdx': chapter('en', valid),
      'es/02-two.mdx': withSlug(chapter('es', valid), 'uno'),
      'en/03-three.mdx': chapter('en', valid),
      'es/03-three.mdx': withSlug(chapter('es', valid), 'one'),
      'en/04-four.mdx': chapter('en', valid),
      'es/04-four.mdx': withSlug(chapter('es', valid), 'sources'),
    });
    expect(lines).toEqual([
      'content/chapters/es/02-two.mdx:4: shares the address /es/uno/ (its "slug") with 01-one.mdx. Give every chapter its own number and slug (see "Order of chapters" in content/README.md).',
      'content/chapters/es/03-three.mdx:4: shares the address /es/one/ (its "slug") with 01-one.mdx. Give every chapter its own number and slug (see "Order of chapters" in content/README.md).',
      'content/chapters/es/04-four.mdx: takes the address /es/sources/ (its "slug"), which is the address of another page of the site (sources, charts, corrections, embed-preview). Choose another slug.',
    ]);
  });
});

describe('the build (storyChecks)', () => {
  const setup = (root: string) => () =>
    (storyChecks().hooks['astro:config:setup'] as (options: unknown) => void)({
      config: { root: pathToFileURL(`${root}/`) },
      command: 'build',
      logger: { warn: () => undefined },
    });

  it('refuses a missing language twin and facts that differ between languages, with the whole list', () => {
    expect(setup(seeded)).toThrow(ContentError);
    expect(setup(seeded)).toThrow(/^6 problems in the content \(npm run check:content lists them again\):\n/);
    expect(setup(seeded)).toThrow(
      'content/chapters/es/02-alone.mdx: is missing: every chapter needs an English and a Spanish file',
    );
    expect(setup(seeded)).toThrow(
      'content/chapters/es/03-facts.mdx: chapter 03-facts.mdx quotes different facts in English and Spanish',
    );
  });
});

describe('npm run check:content', () => {
  it('prints every problem as file:line: message, without a stack trace, and exits 1, in under 10 s of CPU', () => {
    // CPU time (user + system, from bash's `time`), not wall-clock time: on a loaded machine the wall clock measures
    // the other processes too, and this check would fail for no fault of its own.
    const run = spawnSync(
      'bash',
      [
        '-c',
        'TIMEFORMAT="cpu %U %S"; time "$0" scripts/check-content.ts --chapters "$1"',
        path.join('node_modules', '.bin', 'tsx'),
        seededChapters,
      ],
      { encoding: 'utf8' },
    );
    const cpu = /\ncpu (\d+\.\d+) (\d+\.\d+)\s*$/.exec(run.stderr);
    expect(cpu, 'bash reports the CPU time').not.toBeNull();
    expect(Number(cpu![1]) + Number(cpu![2])).toBeLessThan(10);
    run.stderr = run.stderr.slice(0, cpu!.index);
    expect(run.status).toBe(1);
    const [list, summary] = run.stderr.trim().split('\n\n');
    const lines = list!.split('\n');
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line).toMatch(/^\S+\.mdx(:\d+)?: \S/);
    expect(lines.filter((l) => /\.mdx:\d+: /.test(l))).toHaveLength(4);
    expect(lines[0]).toMatch(/es\/02-alone\.mdx: is missing/);
    expect(summary).toMatch(/^6 problems in 9 content files and the data \(\d+\.\d s\)\.$/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
