/**
 * The built site in headless Chromium, read the way a reader does: at a phone and a desktop size, from the story
 * index to the first chapter, its sourced figures and notes, and the sources page with its data downloads; and
 * each chart's "Show the data" table and disclosures, named for screen-reader users.
 * Needs `npm run build` first; serves dist/ itself (no Astro preview) and talks to no other host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Request } from 'playwright-core';
import { launchBrowser, newPage, type PageOptions, type TestPage } from './support/browser';
import { settle } from './support/settle';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { chapterAddresses } from '../../src/lib/chapterAddresses';
import en from '../../content/i18n/en.json';
import es from '../../content/i18n/es.json';

const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

const CHAPTER = '/en/the-flights/';
/** A chapter's address in a language, by its file name's slug (Spanish chapters have Spanish slugs). */
const chapterUrl = (lang: string, key: string) => chapterAddresses().find((c) => c.lang === lang && c.key === key)!.url;
const MIN_SOURCES = 60;

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

/** Opens a page and records every request it makes (page loads, scripts, styles, images, fetches). */
async function open(options: PageOptions): Promise<{ page: TestPage; requests: string[] }> {
  const page = await newPage(browser, options);
  const requests: string[] = [];
  page.on('request', (request: Request) => requests.push(request.url()));
  return { page, requests };
}

/** Scrolls to the end in viewport-sized steps, so islands that load when visible do load, then waits for quiet. */
async function readToTheEnd(page: TestPage) {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await page.waitForLoadState('networkidle');
}

/** The figure as printed, without any superscript ("261", not "2612"). */
async function figureText(fact: Locator): Promise<string> {
  return fact.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('sup').forEach((sup) => sup.remove());
    return (copy.textContent ?? '').trim();
  });
}

/** Requests that went anywhere but our server. data: and blob: URLs are in-page and reach no host. */
function foreignRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${server.url}/`) && !/^(data|blob):/.test(url));
}

describe('site root', () => {
  it('links to the English edition', async () => {
    const { page } = await open({ width: 1440, height: 900 });
    try {
      // The root redirects with <meta http-equiv="refresh">, so read its HTML rather than the page it lands on.
      const response = await page.request.get(`${server.url}/`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/html/);
      expect(await response.text()).toMatch(/<a\b[^>]*\bhref="\/en\/"/);
    } finally {
      await page.context().close();
    }
  });
});

for (const viewport of VIEWPORTS) {
  describe(`at ${viewport.width}x${viewport.height} (${viewport.name})`, () => {
    it('story index shows the headline and links to the first chapter', async () => {
      const { page, requests } = await open(viewport);
      try {
        const response = await page.goto(`${server.url}/en/`);
        expect(response?.status()).toBe(200);
        const h1 = page.locator('h1');
        await expect.poll(() => h1.count()).toBe(1);
        expect(await h1.isVisible()).toBe(true);
        expect((await h1.innerText()).trim()).not.toBe('');
        expect(await page.locator(`a[href="${CHAPTER}"]`).count()).toBeGreaterThan(0);
        await readToTheEnd(page);
        expect(page.errors).toEqual([]);
        expect(foreignRequests(requests)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });

    it('chapter shows its title, sourced figures and notes, with no errors and no third-party requests', async () => {
      const { page, requests } = await open(viewport);
      try {
        const response = await page.goto(`${server.url}${CHAPTER}`);
        expect(response?.status()).toBe(200);

        const h1 = page.locator('h1');
        expect(await h1.count()).toBe(1);
        expect(await h1.isVisible()).toBe(true);
        const title = (await h1.innerText()).trim();
        expect(title).not.toBe('');
        expect(await page.title()).toContain(title);

        const menSent = page.locator('.fact[data-fact="men-sent-to-cecot"]');
        expect(await menSent.count()).toBeGreaterThan(0);
        expect(await figureText(menSent.first())).toMatch(/^261\b/);

        // Every note marker opens a note that cites its source in full and points at a numbered note in the list
        // at the foot, which links out to its source, itself or through the earlier note that cites it.
        const markers = page.locator('.chapter-body .note-ref button');
        expect(await markers.count()).toBeGreaterThan(0);
        const refs = await page
          .locator('.chapter-body .note-pop a.note-pop-all')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        expect(refs.length).toBe(await markers.count());
        for (const href of refs) {
          expect(href).toMatch(/^#note-\d+$/);
          const note = page.locator(`section.notes li${href}`);
          expect(await note.count(), `${href} should be one note in the notes section`).toBe(1);
          const [back] = await note
            .locator('.cite a[href^="#note-"]')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          const citing = back ? page.locator(`section.notes li${back}`) : note;
          const external = await citing
            .locator('a[href^="http"]')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
          expect(external.length, `${href} should link to its source`).toBeGreaterThan(0);
          for (const url of external) expect(() => new URL(url)).not.toThrow();
        }

        // Following a note's link to the list lands the reader on that note, unfolding the list on a phone.
        const marker = markers.first();
        await marker.click();
        const link = page.locator(`#${(await marker.getAttribute('popovertarget'))!} a.note-pop-all`);
        const target = (await link.getAttribute('href')) ?? '';
        await link.click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
        expect(await page.locator(`li${target}`).isVisible()).toBe(true);
        const inView = await page.locator(`li${target}`).evaluate((li) => {
          const r = li.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        });
        expect(inView, `${target} should be scrolled into view`).toBe(true);

        await readToTheEnd(page);
        expect(page.errors).toEqual([]);
        expect(requests.length).toBeGreaterThan(0);
        expect(foreignRequests(requests)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });

    it(`sources page lists at least ${MIN_SOURCES} sources and links to the CSV downloads`, async () => {
      const { page, requests } = await open(viewport);
      try {
        const response = await page.goto(`${server.url}/en/sources/`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('h1').isVisible()).toBe(true);
        expect(await page.locator('ol.source-list > li').count()).toBeGreaterThanOrEqual(MIN_SOURCES);

        const csvLinks = await page
          .locator('a[href^="/data/"][href$=".csv"]')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        expect(csvLinks.length).toBeGreaterThan(0);
        expect(csvLinks).toContain('/data/deaths-in-custody.csv');

        const csv = await page.request.get(`${server.url}/data/deaths-in-custody.csv`);
        expect(csv.status()).toBe(200);
        expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
        const [header] = (await csv.text()).split(/\r?\n/);
        expect(header).toMatch(/^series,date,value/);

        await readToTheEnd(page);
        expect(page.errors).toEqual([]);
        expect(foreignRequests(requests)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  });
}

describe('without JavaScript', () => {
  it('the chapter text, figures and notes are all in the HTML', async () => {
    const { page, requests } = await open({ width: 375, height: 812, javaScriptEnabled: false });
    try {
      const response = await page.goto(`${server.url}${CHAPTER}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect((await page.locator('h1').innerText()).trim()).not.toBe('');

      const paragraphs = await page.locator('main p').allInnerTexts();
      expect(paragraphs.join(' ').length).toBeGreaterThan(500);

      const facts = page.locator('.fact');
      expect(await facts.count()).toBeGreaterThan(0);
      for (const text of await facts.allInnerTexts()) expect(text.trim()).not.toBe('');
      expect(await figureText(page.locator('.fact[data-fact="men-sent-to-cecot"]').first())).toMatch(/^261\b/);
      // One note per distinct group of figures, each reachable from the text.
      const refs = await page
        .locator('.chapter-body .note-pop a.note-pop-all')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(refs.length).toBeGreaterThan(0);
      expect(await page.locator('section.notes li[id^="note-"]').count()).toBe(new Set(refs).size);
      expect(page.errors).toEqual([]);
      expect(foreignRequests(requests)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('chapter navigation', () => {
  it('names the previous and next chapters by their headlines, in both languages', async () => {
    const page = await newPage(browser, { width: 375, height: 812 });
    try {
      for (const [path, lang] of [
        ['/en/prison-population/', 'en'],
        ['/es/poblacion-penitenciaria/', 'es'],
      ] as const) {
        await page.goto(`${server.url}${path}`);
        for (const rel of ['prev', 'next'] as const) {
          const link = page.locator(`nav.chapter-nav a[rel="${rel}"]`);
          const href = await link.getAttribute('href');
          expect(href, `${path} ${rel}`).toMatch(new RegExp(`^/${lang}/`));
          const label = await link.innerText();
          const target = await newPage(browser, { width: 375, height: 812 });
          try {
            await target.goto(`${server.url}${href}`);
            const headline = (await target.locator('h1').innerText()).trim();
            expect(label, `${path} ${rel}`).toContain(headline);
          } finally {
            await target.context().close();
          }
        }
      }
    } finally {
      await page.context().close();
    }
  });
});

describe('chapter notes', () => {
  it('say a figure is less certain only where it is, and cite each source in full once', async () => {
    const page = await newPage(browser, { width: 375, height: 812, javaScriptEnabled: false });
    try {
      for (const lang of ['en', 'es'] as const) {
        await page.goto(`${server.url}${chapterUrl(lang, 'deaths-in-custody')}`);
        const notes = await page.locator('section.notes li').count();
        const flagged = page.locator('section.notes li a.confidence');
        const count = await flagged.count();
        // The deaths chapter quotes both confirmed counts and estimates: some notes, not all, carry the word.
        expect(count, lang).toBeGreaterThan(0);
        expect(count, lang).toBeLessThan(notes);
        for (const href of await flagged.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
          expect(href).toBe(`/${lang}/sources/#confidence`);
        // A source is cited in full once; later notes citing it point back to an earlier note that does.
        const citations = await page.locator('section.notes li').evaluateAll((items) =>
          items.map((li) => ({
            n: Number(li.id.replace('note-', '')),
            full: [...li.querySelectorAll('.cite a[rel~="noopener"]')].map((a) => a.getAttribute('href')).join(' '),
            back: li.querySelector<HTMLAnchorElement>('.cite a[href^="#note-"]')?.getAttribute('href') ?? null,
          })),
        );
        const full = citations.filter((c) => c.full).map((c) => c.full);
        expect(new Set(full).size, `${lang}: a source cited in full twice`).toBe(full.length);
        const backs = citations.filter((c) => c.back);
        expect(backs.length, lang).toBeGreaterThan(0);
        for (const c of backs) {
          const target = citations.find((o) => `#note-${o.n}` === c.back)!;
          expect(target.n).toBeLessThan(c.n);
          expect(target.full).not.toBe('');
        }
      }
    } finally {
      await page.context().close();
    }
  });
});

describe('chart data tables and disclosures', () => {
  /** The "Show the data" and "Embed this chart" disclosures of a page, in order, with the names Chromium gives them. */
  async function disclosuresOf(page: TestPage) {
    const found = await page.locator('details.chart-data, details.embed-code').evaluateAll((all) =>
      all.map((details) => ({
        kind: details.classList.contains('chart-data') ? ('data' as const) : ('embed' as const),
        visible: details.querySelector('summary')!.innerText.trim(),
        caption: (details.querySelector('table > caption')?.textContent ?? '').trim(),
        headings: [...details.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim()),
      })),
    );
    // The accessible names, as a screen reader lists the page's disclosures.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'details.chart-data > summary, details.embed-code > summary',
    });
    const names = await Promise.all(
      nodeIds.map(async (nodeId) => {
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
        return String(nodes[0]?.name?.value ?? '');
      }),
    );
    expect(names).toHaveLength(found.length);
    return found.map((d, i) => ({ ...d, name: names[i]! }));
  }

  for (const [lang, strings] of [
    ['en', en],
    ['es', es],
  ] as const) {
    // A chapter with two scrollers and a figure, each with its table and embed code; an embed page, with its table.
    const pages = [
      {
        path: chapterUrl(lang, 'prison-population'),
        charts: [strings['world.title'], strings['pp.title'], strings['ctx.title']],
        embed: true,
      },
      { path: `/embed/${lang}/prison-population/`, charts: [strings['pp.title']], embed: false },
    ];
    for (const { path, charts, embed } of pages) {
      it(`${path}: each table has a caption naming its chart and a unit column; each disclosure's name starts with its words and names the chart`, async () => {
        const page = await newPage(browser, { width: 375, height: 812 });
        try {
          await page.goto(`${server.url}${path}`);
          await settle(page);
          const expected = charts.flatMap((title) => [
            { kind: 'data', title },
            ...(embed ? [{ kind: 'embed', title }] : []),
          ]);
          const found = await disclosuresOf(page);
          expect(found.map((d) => d.kind)).toEqual(expected.map((e) => e.kind));
          found.forEach((d, i) => {
            const { title } = expected[i]!;
            const words = d.kind === 'data' ? strings['chart.showData'] : strings['embed.summary'];
            // The visible words stay short; the name begins with them (WCAG 2.5.3) and goes on to the chart's title.
            expect(d.visible).toBe(words);
            expect(d.name).toBe(`${words}: ${title}`);
            if (d.kind === 'data') {
              expect(d.caption).toContain(title);
              expect(d.headings).toContain(strings['chart.table.unit']);
            }
          });

          // Opened, the table shows its caption.
          const data = page.locator('details.chart-data').first();
          await data.locator('summary').click();
          await settle(page);
          expect(await data.locator('caption').isVisible()).toBe(true);
          expect(page.errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }
});
