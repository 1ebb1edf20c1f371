/**
 * Gate: every page reads without JavaScript. With scripts disabled, each page's text is rendered (headings,
 * paragraphs, list items, captions and table cells in its main content are visible and not faded out) and every
 * chart is there as server-rendered markup: each chart frame, scrolly step and embed has a chart area
 * (`.chart-graphic`, `.step-static`, `.embed-graphic`) showing a chart container (`[data-chart-svg]`) with an
 * <svg> that has drawn marks, or HTML marks (`data-mark`) with a size, and no visible chart container is empty.
 *
 * Left out of the text check on purpose: the sticky scrolly graphic (JavaScript only; without it each step carries
 * its own chart), text inside chart areas (checked as charts: a view may hide part of a chart, such as a panel it
 * leaves out), the contents of closed <details> ("Show the data" tables, opened by the reader) and text for screen
 * readers only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from '../../../scripts/lib/browser';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/staticServer';
import { builtPages } from '../../../scripts/lib/builtSite';
import { openPage } from './browse';

// A chapter's former address (type 'redirect') leaves for the chapter as it opens: chapter-addresses.test.ts.
const pages = builtPages().filter((p) => p.type !== 'redirect');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startStaticServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface NoJsReport {
  textElements: number;
  hiddenText: string[];
  charts: number;
  chartsWithoutSvg: string[];
  framesWithoutChart: string[];
}

describe('pages without JavaScript', () => {
  // One page with scripts disabled, navigated from one built page to the next: nothing carries over between
  // static pages without JavaScript, and a context per page would double the time.
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser, { width: 1280, height: 900, javaScriptEnabled: false });
  });
  afterAll(async () => {
    await page?.context().close();
  });

  for (const builtPage of pages) {
    it(`${builtPage.path}: text and charts are there`, async () => {
      await openPage(page, server.url, builtPage.path);
      const report: NoJsReport = await page.evaluate(() => {
        const root = document.querySelector('main') ?? document.body;
        const label = (el: Element) => {
          const id = el.id ? `#${el.id}` : '';
          const cls =
            typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
          return `<${el.tagName.toLowerCase()}${id}${cls}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
        };
        // Chart drawings are checked as charts below (a state may hide part of one on purpose, such as a
        // panel the view leaves out); the sticky scrolly graphic is JavaScript only.
        const CHART_AREAS = '.chart-graphic, .step-static, .embed-graphic';
        const excluded = (el: Element) =>
          el.closest(
            `.scrolly-graphic, ${CHART_AREAS}, details:not([open]), .visually-hidden, .sr-only, [aria-hidden="true"], template`,
          ) !== null;
        const shown = (el: Element) => {
          const r = el.getBoundingClientRect();
          return el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && r.width > 0 && r.height > 0;
        };
        // A chart is drawn in SVG, or in HTML whose marks say so (`data-mark`, as the world comparison's bars).
        const hasDrawnSvg = (el: Element) => {
          const svg = el.querySelector('svg');
          if (!svg)
            return [...el.querySelectorAll('[data-mark]')].some((m) => {
              const r = m.getBoundingClientRect();
              return r.width > 0 && r.height > 0;
            });
          const r = svg.getBoundingClientRect();
          return (
            r.width > 0 &&
            r.height > 0 &&
            svg.querySelector('path, rect, circle, line, polyline, polygon, use, text') !== null
          );
        };

        const texts = [...root.querySelectorAll('h1, h2, h3, h4, p, li, figcaption, td, th, blockquote')].filter(
          (el) => (el.textContent ?? '').trim() !== '' && !excluded(el),
        );
        const areas = [...root.querySelectorAll(CHART_AREAS)].filter((el) => !el.closest('.scrolly-graphic'));
        const visibleCharts = [...root.querySelectorAll('[data-chart-svg]')].filter(
          (el) => !el.closest('.scrolly-graphic') && shown(el),
        );
        const frames = [...root.querySelectorAll('.chart-frame, [data-scrolly] .step')];
        return {
          textElements: texts.length,
          hiddenText: texts.filter((el) => !shown(el)).map(label),
          charts: areas.length,
          chartsWithoutSvg: [
            ...visibleCharts.filter((el) => !hasDrawnSvg(el)),
            ...areas.filter(
              (a) => ![...a.querySelectorAll('[data-chart-svg]')].some((c) => shown(c) && hasDrawnSvg(c)),
            ),
          ].map(label),
          framesWithoutChart: frames.filter((f) => !f.querySelector(CHART_AREAS)).map(label),
        };
      });
      expect(report.textElements, 'text elements in the main content').toBeGreaterThan(0);
      expect(report.hiddenText, 'text not visible without JavaScript').toEqual([]);
      expect(report.chartsWithoutSvg, 'charts without a visible, drawn <svg>').toEqual([]);
      expect(report.framesWithoutChart, 'chart frames and steps without a chart').toEqual([]);
      if (builtPage.type === 'embed') expect(report.charts, 'an embed shows its chart').toBeGreaterThan(0);
    });
  }
});
