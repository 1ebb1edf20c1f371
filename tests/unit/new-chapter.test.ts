/**
 * `npm run new:chapter -- NN slug` (scripts/lib/newChapter.ts): both language files, valid as written, and never
 * an overwrite or a clash with another chapter's number or URL.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { newChapter } from '../../scripts/lib/newChapter';
import { checkContent, formatProblem } from '../../src/lib/build/contentChecks';
import { chapterAddresses } from '../../src/lib/chapterAddresses';

let root = '';
const chapters = () => path.join(root, 'content', 'chapters');
function fresh(existing: string[] = []) {
  root = mkdtempSync(path.join(tmpdir(), 'new-chapter-'));
  for (const lang of ['en', 'es']) mkdirSync(path.join(chapters(), lang), { recursive: true });
  // The content check reads the sources and facts, and the front page's lede, under the root too.
  cpSync('content/data', path.join(root, 'content', 'data'), { recursive: true });
  cpSync('content/front', path.join(root, 'content', 'front'), { recursive: true });
  for (const file of existing) writeFileSync(path.join(chapters(), file), 'existing text');
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('new:chapter', () => {
  it('writes an English and a Spanish file that pass the content check as they are', () => {
    fresh();
    expect(newChapter(chapters(), '07', 'the-courts', '2026-12-03')).toEqual({
      written: [path.join(chapters(), 'en', '07-the-courts.mdx'), path.join(chapters(), 'es', '07-the-courts.mdx')],
    });
    const english = readFileSync(path.join(chapters(), 'en', '07-the-courts.mdx'), 'utf8');
    expect(english).toMatch(/^---\ntitle: "New chapter: the courts"\n/);
    expect(english).toContain('<Fact id="men-sent-to-cecot"/>');
    expect(english).toContain('<Scrolly chart="prison-population">');
    expect(checkContent({ root }).problems.map(formatProblem)).toEqual([]);
  });

  it.each([
    ['7', 'the-courts', /two digits from 01 to 99/],
    ['00', 'the-courts', /two digits from 01 to 99/],
    ['07', 'The_Courts', /lowercase letters, digits and single hyphens/],
    ['07', undefined, /lowercase letters, digits and single hyphens/],
  ])('refuses number %s with slug %s', (number, slug, message) => {
    fresh();
    const outcome = newChapter(chapters(), number, slug, '2026-12-03');
    expect('refused' in outcome && outcome.refused).toMatch(message);
  });

  it('never overwrites, and refuses a number or a slug another chapter has', () => {
    fresh(['es/07-the-courts.mdx', 'en/07-methods.mdx', 'es/07-methods.mdx', 'en/03-inside-cecot.mdx']);
    expect(newChapter(chapters(), '07', 'the-courts', '2026-12-03')).toEqual({
      refused: `${path.join(chapters(), 'es', '07-the-courts.mdx')} exists; nothing was written (this command never overwrites).`,
    });
    expect(readFileSync(path.join(chapters(), 'es', '07-the-courts.mdx'), 'utf8')).toBe('existing text');
    const taken = newChapter(chapters(), '07', 'the-trials', '2026-12-03');
    expect('refused' in taken && taken.refused).toMatch(/^number 07 is taken by en\/07-methods\.mdx\. To put the new/);
    const url = newChapter(chapters(), '08', 'inside-cecot', '2026-12-03');
    expect('refused' in url && url.refused).toBe(
      'the slug "inside-cecot" (its URL) is taken by en/03-inside-cecot.mdx; choose another.',
    );
  });
});

describe('new:chapter with a Spanish slug', () => {
  it('gives the Spanish file its slug, and both pass the content check', () => {
    fresh();
    expect(newChapter(chapters(), '07', 'the-courts', '2026-12-03', 'los-tribunales')).toHaveProperty('written');
    const spanish = readFileSync(path.join(chapters(), 'es', '07-the-courts.mdx'), 'utf8');
    expect(spanish.split('---')[1]).toContain('\nslug: los-tribunales\n');
    expect(readFileSync(path.join(chapters(), 'en', '07-the-courts.mdx'), 'utf8')).not.toContain('slug:');
    expect(chapterAddresses(chapters()).map((c) => c.url)).toEqual(['/en/the-courts/', '/es/los-tribunales/']);
    expect(checkContent({ root }).problems.map(formatProblem)).toEqual([]);
  });

  it.each(['los_tribunales', 'Los-Tribunales', 'cortes-supremas-y-más', 'sources'])('refuses %j', (spanishSlug) => {
    fresh();
    const outcome = newChapter(chapters(), '07', 'the-courts', '2026-12-03', spanishSlug);
    expect('refused' in outcome && outcome.refused).toMatch(/^the Spanish slug becomes the chapter's Spanish URL/);
  });

  it("refuses an address another chapter has by its slug, or had before it (its file name's)", () => {
    fresh();
    newChapter(chapters(), '06', 'the-courts', '2026-12-03', 'los-tribunales');
    const slug = newChapter(chapters(), '07', 'the-trials', '2026-12-03', 'los-tribunales');
    expect('refused' in slug && slug.refused).toBe(
      'the address /es/los-tribunales/ is taken by another chapter; choose another slug.',
    );
    const former = newChapter(chapters(), '07', 'the-trials', '2026-12-03', 'the-courts');
    expect('refused' in former && former.refused).toBe(
      'the address /es/the-courts/ is taken by another chapter; choose another slug.',
    );
  });
});

describe('npm run new:chapter', () => {
  // Plain Node runs it (tsx): nothing it imports may need Vite, such as the data module's content files.
  it('runs under plain Node and explains its usage when called without arguments', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/new-chapter.ts'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Usage: npm run new:chapter -- NN slug');
  }, 30_000);
});
