/**
 * Gate: JavaScript byte budgets per page type, from budgets.config.json (shared with the benchmark). Read from the
 * built files, not measured in a browser, so the result is the same on every run and machine.
 */
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../../scripts/lib/staticServer';
import { BuildReader, pageJs, staticImports } from '../../../scripts/lib/jsWeight';
import { builtPages, readBudgets, readPage, type PageType } from '../../../scripts/lib/builtSite';
import { isHydrationMarker } from '../../../src/charts/hydrationMarkers';

const pages = builtPages();
const budgets = readBudgets();
const reader = new BuildReader(DIST_DIR);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

describe('static import reader', () => {
  it.each([
    ['import{a as b}from"./x.js";', ['./x.js']],
    ['import"./side.js";import d from"./d.js"', ['./side.js', './d.js']],
    ['export*from"./all.js";export{q}from"./q.js";', ['./all.js', './q.js']],
    ['import x,{y}from"./xy.js";', ['./xy.js']],
    ['const m=import("./lazy.js");a.import("./no.js")', []],
  ])('%s', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('JavaScript budgets (gzip)', () => {
  it('every page type has a budget', () => {
    const covered = new Set(Object.values(budgets.js).flatMap((b) => b.pageTypes));
    const missing = [...new Set(pages.map((p) => p.type))].filter((t: PageType) => !covered.has(t));
    expect(missing, 'page types without a JS budget in budgets.config.json').toEqual([]);
  });

  for (const [name, budget] of Object.entries(budgets.js)) {
    const ofType = pages.filter((p) => budget.pageTypes.includes(p.type));
    if (ofType.length === 0) continue;
    it(`${name} pages (${budget.pageTypes.join(', ')}): total <= ${budget.totalGzipKB} KiB${
      budget.beforeIslandGzipKB === undefined ? '' : `, before islands <= ${budget.beforeIslandGzipKB} KiB`
    }`, () => {
      const over: string[] = [];
      for (const page of ofType) {
        const js = pageJs(readPage(page), reader, page.path);
        if (js.totalGzip > budget.totalGzipKB * 1024) {
          over.push(`${page.path}: total ${kib(js.totalGzip)} > ${budget.totalGzipKB} KiB (${js.allFiles.join(', ')})`);
        }
        if (budget.beforeIslandGzipKB !== undefined && js.beforeIslandGzip > budget.beforeIslandGzipKB * 1024) {
          over.push(
            `${page.path}: before islands ${kib(js.beforeIslandGzip)} > ${budget.beforeIslandGzipKB} KiB ` +
              `(${js.inlineScripts} inline scripts; ${js.eagerFiles.join(', ') || 'no files'})`,
          );
        }
      }
      expect(over.length, `pages over their JavaScript budget:\n${over.join('\n')}`).toBe(0);
    });
  }
});

describe('HTML weight', () => {
  /**
   * An HTML comment in an Astro template is copied into the page every time the component renders (a note marker's
   * comment once took 7 KB of a chapter), so the templates' comments belong in their frontmatter, their styles or a
   * JavaScript comment in braces. The only comments a page may carry are the ones its islands hydrate by (see
   * src/charts/hydrationMarkers.ts) and Astro's own end-of-island marker.
   */
  it("no page carries a template's own comments", () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const [comment] of readPage(page).matchAll(/<!--([\s\S]*?)-->/g)) {
        if (isHydrationMarker(comment) || comment === '<!--astro:end-->') continue;
        found.push(`${page.path}: ${comment.slice(0, 80)}`);
      }
    }
    expect(found.slice(0, 10), `${found.length} comments in built pages`).toEqual([]);
  });
});
