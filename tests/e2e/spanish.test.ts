/**
 * The Spanish edition as built and as a reader meets it: both editions exist page for page, every page declares
 * its language and points to its counterpart in the other one, no English interface text is left on a Spanish
 * page, the language switcher keeps the reader on the same chapter and step, and a browser that prefers the other
 * language is offered it, never sent there. (The Spanish scrollers get the English browser tests in scrolly.test.ts.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { wheelTurn } from './support/reading';
import { startStaticServer, DIST_DIR, type StaticServer } from './support/staticServer';
import { registry, type RegisteredChartId } from '../../src/charts/registry';
import { LANGUAGES } from '../../src/lib/i18n';
import { chapterAddresses } from '../../src/lib/chapterAddresses';
import en from '../../content/i18n/en.json';
import es from '../../content/i18n/es.json';

const SITE = 'https://cecot-explainer.example';
const chapters = chapterAddresses();
/** A chapter's address in one language, by its file name's slug: /es/muertes-bajo-custodia/. */
const chapterUrl = (lang: string, key: string) => chapters.find((c) => c.lang === lang && c.key === key)!.url;
/** Chapters' former addresses, which only send readers on (chapter-addresses.test.ts). */
const formerUrls = new Set(chapters.flatMap((c) => (c.formerUrl ? [c.formerUrl] : [])));
/** The same page in another edition: a chapter at its slug there, any other page under the other prefix. */
function counterpartIn(lang: string, urlPath: string): string {
  const chapter = chapters.find((c) => c.url === urlPath);
  if (chapter) return chapterUrl(lang, chapter.key);
  return urlPath === '/' ? `/${lang}/` : `/${lang}${urlPath.slice(3)}`;
}

/** Every HTML file in the build, as a URL path ("/es/metodos/", "/404.html"). */
function htmlPages(dir = DIST_DIR, base = '/'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlPages(full, `${base}${name}/`);
    if (!name.endsWith('.html')) return [];
    return [name === 'index.html' ? base : `${base}${name}`];
  });
}

function fileFor(urlPath: string): string {
  return path.join(DIST_DIR, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

const html = (urlPath: string) => readFileSync(fileFor(urlPath), 'utf8');
const pages = existsSync(DIST_DIR) ? htmlPages().filter((p) => !formerUrls.has(p)) : [];

describe('both editions are built', () => {
  it.each(LANGUAGES)('%s: the front page, every chapter, sources and the chart catalogue', (lang) => {
    const own = chapters.filter((c) => c.lang === lang).map((c) => c.url);
    expect(own.length).toBeGreaterThan(5);
    for (const page of [`/${lang}/`, ...own, `/${lang}/sources/`, `/${lang}/charts/`]) {
      expect(existsSync(fileFor(page)), page).toBe(true);
    }
  });

  it('every page of one edition exists in the other: chapters at their own slugs, other pages under the same path', () => {
    const inEdition = (lang: string) => pages.filter((p) => p.startsWith(`/${lang}/`));
    expect(
      inEdition('en')
        .map((p) => counterpartIn('es', p))
        .sort(),
    ).toEqual(inEdition('es').sort());
  });

  it('the site root offers both editions and redirects nowhere', () => {
    const root = html('/');
    expect(root).not.toMatch(/http-equiv="refresh"/i);
    for (const lang of LANGUAGES) expect(root).toContain(`href="/${lang}/"`);
  });
});

describe('every page declares its language and its counterparts', () => {
  it.each(pages)('%s', (page) => {
    const doc = html(page);
    const segment = page.split('/').find((s) => (LANGUAGES as string[]).includes(s));
    expect(/<html[^>]*\slang="([^"]+)"/.exec(doc)?.[1]).toBe(segment ?? 'en');

    const alternates = [...doc.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]);
    const first = page.split('/')[1] ?? '';
    // Story pages (/en/..., /es/...) and the root must list every edition and a default; other pages (embeds, the
    // 404) may list none, but whatever they list must exist.
    if (page === '/' || (LANGUAGES as string[]).includes(first)) {
      expect(alternates.map(([l]) => l).sort()).toEqual([...LANGUAGES, 'x-default'].sort());
      for (const lang of LANGUAGES) expect(alternates).toContainEqual([lang, `${SITE}${counterpartIn(lang, page)}`]);
    }
    for (const [, href = ''] of alternates) {
      expect(href.startsWith(SITE), href).toBe(true);
      expect(existsSync(fileFor(href.slice(SITE.length))), href).toBe(true);
    }
  });
});

describe('no English interface text on Spanish pages', () => {
  // Every English UI string of three or more words that differs in Spanish, cut at its placeholders.
  const phrases = (Object.keys(en) as (keyof typeof en)[])
    .filter((k) => en[k] !== es[k])
    .flatMap((k) => en[k].split(/\{\w+\}/))
    .map((p) =>
      p
        .trim()
        .replace(/^[,.:;()]+|[,.:;()]+$/g, '')
        .trim(),
    )
    .filter((p) => p.split(/\s+/).length >= 3);
  // The offer of the English edition (in English, marked lang="en") is the one English text a Spanish page carries.
  const text = (page: string) =>
    html(page)
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<aside class="lang-note[\s\S]*?<\/aside>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
  const spanishPages = pages.filter((p) => p.startsWith('/es/'));

  it.each(spanishPages)('%s', (page) => {
    const body = text(page);
    expect(phrases.filter((p) => body.includes(p))).toEqual([]);
  });
});

// ---- In the browser ----

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  pathname: string,
  locale: string,
  width = 1440,
  height = 900,
): Promise<Page & { errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale,
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(server.url + pathname, { waitUntil: 'load' });
  return Object.assign(page, { errors });
}

async function waitForActive(page: Page, stepId: string): Promise<void> {
  await expect
    .poll(() => page.locator(`#${stepId}`).evaluate((el) => el.classList.contains('is-active')), { timeout: 10_000 })
    .toBe(true);
}

describe('the language switcher keeps the reader on the same chapter and step', () => {
  it.each([
    ['en', 'es'],
    ['es', 'en'],
  ] as const)('from %s to %s', async (from, to) => {
    const page = await open(chapterUrl(from, 'deaths-in-custody'), 'en-GB');
    const scroller = page.locator('section[data-scrolly]').first();
    const scrollerId = (await scroller.getAttribute('id'))!;
    const chart = (await scroller.getAttribute('data-chart')) as RegisteredChartId;
    const steps = scroller.locator('.step');
    const target = steps.nth(3);
    const stepId = (await target.getAttribute('id'))!;
    const state = JSON.parse((await target.getAttribute('data-state'))!) as unknown;

    // Read down to the fourth step as a reader would; the scroll controller keeps it in the address.
    await page.mouse.move(720, 450);
    for (let turn = 0; turn < 400 && !(await target.evaluate((el) => el.classList.contains('is-active'))); turn++)
      await wheelTurn(page);
    await waitForActive(page, stepId);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${stepId}`);

    // The header is out of view by now; the scroller's controls, pinned with the chart, carry a switcher too.
    const switcher = page.locator(`#${scrollerId} .scrolly-controls a[data-lang-switch]`);
    await expect.poll(() => switcher.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await switcher.getAttribute('hreflang')).toBe(to);
    await switcher.click();
    await page.waitForURL(`**${chapterUrl(to, 'deaths-in-custody')}#${stepId}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(to);
    await waitForActive(page, stepId);
    await expect
      .poll(() => page.locator(`#${scrollerId} [data-step-index]`).first().getAttribute('data-step-index'), {
        timeout: 10_000,
      })
      .toBe('3');
    const description = (await page.locator(`#${scrollerId} [data-chart-description]`).first().textContent())?.trim();
    expect(description).toBe(registry[chart].describe(state as never, to));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('the header switcher, used back at the top of the page, leads to the top of the other edition', async () => {
    const page = await open('/en/deaths-in-custody/', 'en-GB');
    const stepId = (await page.locator('section[data-scrolly] .step').nth(2).getAttribute('id'))!;
    await page.evaluate((id) => history.replaceState(null, '', `#${id}`), stepId);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('header a[data-lang-switch]').click();
    await page.waitForURL(`**${chapterUrl('es', 'deaths-in-custody')}`);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.context().close();
  });

  it('a malformed fragment in the address throws nothing: the switch leads to the top of the other edition', async () => {
    const page = await open('/en/deaths-in-custody/#%E0%A4%A', 'en-GB');
    await page.locator('header a[data-lang-switch]').click();
    await page.waitForURL(`**${chapterUrl('es', 'deaths-in-custody')}`);
    expect(new URL(page.url()).hash).toBe('');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe("the reader's preferred language is offered, not forced", () => {
  it('a Spanish-preferring browser on an English page sees a dismissible note in Spanish, and stays in English', async () => {
    const page = await open('/en/methods/', 'es-SV', 375, 812);
    expect(new URL(page.url()).pathname).toBe('/en/methods/');
    const note = page.locator('[data-lang-note]');
    await expect.poll(() => note.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await note.getAttribute('lang')).toBe('es');
    expect(await note.locator('a').getAttribute('href')).toBe(chapterUrl('es', 'methods'));
    expect(await note.innerText()).toContain('Leer en español');
    await note.locator('button').click();
    expect(await note.isVisible()).toBe(false);
    // Dismissed for good: a later page does not ask again.
    await page.goto(`${server.url}/en/the-flights/`, { waitUntil: 'load' });
    expect(await page.locator('[data-lang-note]').isVisible()).toBe(false);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('an English-preferring browser on a Spanish page is offered English', async () => {
    const page = await open(chapterUrl('es', 'inside-cecot'), 'en-US');
    const note = page.locator('[data-lang-note]');
    await expect.poll(() => note.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await note.getAttribute('lang')).toBe('en');
    expect(await note.locator('a').getAttribute('href')).toBe('/en/inside-cecot/');
    await page.context().close();
  });

  it('no note when the page is already in the preferred language', async () => {
    for (const [pathname, locale] of [
      ['/en/methods/', 'en-GB'],
      [chapterUrl('es', 'methods'), 'es-SV'],
    ] as const) {
      const page = await open(pathname, locale);
      expect(await page.locator('[data-lang-note]').isVisible()).toBe(false);
      await page.context().close();
    }
  });

  it.each([
    ['es-SV', 'es'],
    ['en-US', 'en'],
  ] as const)('the root highlights the edition a %s browser prefers and links to both', async (locale, lang) => {
    const page = await open('/', locale, 375, 812);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect
      .poll(() => page.locator(`[data-edition="${lang}"]`).evaluate((el) => el.classList.contains('is-preferred')), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(await page.locator('.is-preferred').count()).toBe(1);
    for (const l of LANGUAGES) expect(await page.locator(`a[href="/${l}/"]`).count()).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
