/**
 * Gate: accessibility. axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every built page, in both languages,
 * embeds and catalogue included, with every island hydrated: zero violations. Then a keyboard pass through a
 * scrolly chapter: Tab reaches the step controls with a visible focus ring at every stop, Enter and the arrow keys
 * move through the steps.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from '../../../scripts/lib/browser';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/staticServer';
import { builtPages, readPage } from '../../../scripts/lib/builtSite';
import { hydrateAll, openPage } from './browse';
import { pagePool, type PagePool } from '../support/pool';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
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

describe.concurrent('axe-core on every page (WCAG 2.2 A/AA)', () => {
  // A few pages, each navigated from one built page to the next, rather than a fresh context per test: Chromium
  // then reuses the compiled axe-core script (about 0.4 s per page instead of 1.5 to 3 s on a 2-core machine). The
  // pages are static and nothing in them depends on an earlier visit. Legacy mode runs axe in the page itself,
  // without the extra blank page AxeBuilder otherwise opens for every analysis; frames (the embed preview) are
  // still analysed.
  let pool: PagePool;
  beforeAll(async () => {
    // Under reduced motion (charts change state at once) and after `hydrateAll` has let the page settle: axe
    // measures colour contrast from what is painted, and a fading element would fail it for a frame.
    pool = await pagePool(3, () => newPage(browser, { width: 1280, height: 900, reducedMotion: 'reduce' }));
  });
  afterAll(async () => {
    await pool?.close();
  });

  it('finds the pages', ({ expect }) => {
    expect(pages.length).toBeGreaterThan(5);
  });

  for (const builtPage of pages) {
    it(builtPage.path, ({ expect }) =>
      pool.with(async (page) => {
        await openPage(page, server.url, builtPage.path);
        await hydrateAll(page);
        const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).analyze();
        const found = violations.flatMap((v) =>
          v.nodes.map((n) => `${builtPage.path}: ${v.id} (${v.impact ?? 'n/a'}) at ${n.target.join(' ')} — ${v.help}`),
        );
        expect(found.length, `axe violations:\n${found.join('\n')}`).toBe(0);
      }),
    );
  }
});

/** The first English chapter with a scroller (found in the build, so it follows the content). */
function scrollyChapter(): string | undefined {
  return pages.find((p) => p.type === 'chapter' && p.path.startsWith('/en/') && readPage(p).includes('data-scrolly'))
    ?.path;
}

interface FocusStop {
  description: string;
  visibleRing: boolean;
  isNext: boolean;
}

async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { description: 'body', visibleRing: false, isNext: false };
    const style = getComputedStyle(el);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      (style.boxShadow !== 'none' && style.boxShadow !== '');
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      description: `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> "${text}"`,
      visibleRing: el.matches(':focus-visible') && ring,
      isNext: el.matches('[data-scrolly] [data-step-next]'),
    };
  });
}

describe('keyboard pass through a scrolly chapter', () => {
  it('Tab reaches the step controls with a visible focus at every stop; Enter and arrows move the steps', async () => {
    const chapter = scrollyChapter();
    expect(chapter, 'an English chapter with a scroller').toBeDefined();
    const page = await newPage(browser, { width: 1280, height: 900, reducedMotion: 'reduce' });
    try {
      await page.goto(server.url + chapter!, { waitUntil: 'load' });
      // The scroll controller loads with the chart, once the scroller comes into view (a chapter may open with
      // text taller than the screen): bring it into view, wait for it, and go back to the top to start tabbing.
      const scroller = page.locator('[data-scrolly]').first();
      await scroller.scrollIntoViewIfNeeded();
      await page.locator('[data-scrolly].is-enhanced').first().waitFor({ state: 'attached' });
      await page.evaluate(() => window.scrollTo(0, 0));

      // The first stop is the skip link.
      await page.keyboard.press('Tab');
      const first = await focusStop(page);
      expect(first.description).toMatch(/^<a/);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);

      const stops: FocusStop[] = [first];
      for (let i = 0; i < 150 && !stops.at(-1)!.isNext; i++) {
        await page.keyboard.press('Tab');
        stops.push(await focusStop(page));
      }
      const withoutRing = stops.filter((s) => !s.visibleRing).map((s) => s.description);
      expect(withoutRing, 'focus stops without a visible focus indicator').toEqual([]);
      expect(
        stops.at(-1)!.isNext,
        `Tab never reached the "next step" button; stops: ${stops.map((s) => s.description).join(', ')}`,
      ).toBe(true);

      const section = page
        .locator('[data-scrolly]')
        .filter({ has: page.locator(':focus') })
        .first();
      const activeStep = () => section.getAttribute('data-active-step');
      const start = Number(await activeStep());
      await page.keyboard.press('Enter');
      await expect.poll(activeStep, { timeout: 5_000 }).toBe(String(start + 1));
      await page.keyboard.press('ArrowDown');
      await expect.poll(activeStep, { timeout: 5_000 }).toBe(String(start + 2));
      await page.keyboard.press('ArrowUp');
      await expect.poll(activeStep, { timeout: 5_000 }).toBe(String(start + 1));
    } finally {
      await page.context().close();
    }
  });
});
