/**
 * Notes that serve the reader, in headless Chromium at 375x812 and 1440x900, in both languages: one marker per
 * sentence with figures, each opening its note in place (focus moves into it, Escape closes it and returns focus
 * to the marker), a link from the note to the list at the foot and back, the list folded on phones and open on
 * desktop (a link to a note unfolds it), and the original publisher named rather than the copy read.
 * Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, type TestPage } from './support/browser';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { builtPages } from '../../scripts/lib/builtSite';

const VIEWPORTS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;
const LANGS = ['en', 'es'] as const;
const chapters = builtPages()
  .filter((p) => p.type === 'chapter')
  .map((p) => p.path);
/** A chapter with notes in each language (any will do: the chapter on the cells has many). */
const chapterIn = (lang: string) => chapters.find((p) => p.startsWith(`/${lang}/`) && /cecot|celda/.test(p))!;

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

/** The id of the focused element, and whether it is inside an open popover. */
const focusOf = (page: TestPage) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    inOpenNote: !!document.activeElement?.closest('[popover]:popover-open'),
  }));

for (const viewport of VIEWPORTS) {
  for (const lang of LANGS) {
    describe(`${lang} at ${viewport.width}x${viewport.height}`, () => {
      it('a marker opens its note in place; Escape closes it and gives focus back to the marker', async () => {
        const page = await newPage(browser, viewport);
        try {
          await page.goto(`${server.url}${chapterIn(lang)}`);
          const marker = page.locator('.chapter-body .note-ref button').nth(1);
          const id = (await marker.getAttribute('id'))!;
          const note = page.locator(`#${(await marker.getAttribute('popovertarget'))!}`);
          await marker.scrollIntoViewIfNeeded();
          expect(await note.isVisible()).toBe(false);

          // By keyboard: the marker is a button named by its number, and Enter opens the note.
          await marker.focus();
          expect(await marker.evaluate((b) => b.tagName)).toBe('BUTTON');
          const number = (await marker.evaluate((b) => b.lastChild?.textContent ?? '')).trim();
          expect(number).toMatch(/^\d+$/);
          const label = lang === 'en' ? `Note ${number}` : `Nota ${number}`;
          expect(await page.getByRole('button', { name: label, exact: true }).count()).toBeGreaterThan(0);
          await page.keyboard.press('Enter');
          expect(await note.isVisible()).toBe(true);
          expect((await focusOf(page)).inOpenNote).toBe(true);

          // In place: inside the screen, next to its marker rather than at the foot of the chapter.
          const [m, n] = [await marker.boundingBox(), await note.boundingBox()];
          expect(n!.x).toBeGreaterThanOrEqual(0);
          expect(n!.x + n!.width).toBeLessThanOrEqual(viewport.width);
          const gap = Math.min(Math.abs(n!.y - (m!.y + m!.height)), Math.abs(m!.y - (n!.y + n!.height)));
          expect(gap, 'the note opens against its marker').toBeLessThan(40);

          // The open note passes axe (the page gate sees notes closed), and keeps its frame in forced colours.
          const axe = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .include(`#${(await note.getAttribute('id'))!}`)
            .analyze();
          expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`)).toEqual(
            [],
          );
          await page.emulateMedia({ forcedColors: 'active' });
          const frame = await note.evaluate(
            (el) => getComputedStyle(el).borderTopStyle + ' ' + getComputedStyle(el).borderTopWidth,
          );
          expect(frame).toMatch(/^solid [1-9]/);
          await page.emulateMedia({ forcedColors: 'none' });

          // It cites in full and links to its entry in the list of notes.
          expect(await note.locator('a[href^="http"]').count()).toBeGreaterThan(0);
          const inList = (await note.locator('a[href^="#note-"]').last().getAttribute('href'))!;
          expect(await page.locator(`section.notes li${inList}`).count()).toBe(1);

          // Tab stays in the page's order (no trap): from the note to its Close button and on.
          await page.keyboard.press('Tab');
          expect((await focusOf(page)).inOpenNote).toBe(true);
          await page.keyboard.press('Escape');
          expect(await note.isVisible()).toBe(false);
          expect((await focusOf(page)).id).toBe(id);

          // The Close button closes it too, and so does a tap elsewhere.
          await marker.click();
          expect(await note.isVisible()).toBe(true);
          await note.locator('button').click();
          expect(await note.isVisible()).toBe(false);
          expect((await focusOf(page)).id).toBe(id);
          await marker.click();
          await page.mouse.click(2, viewport.height - 2);
          expect(await note.isVisible()).toBe(false);

          // From the note to the list, and from the list back to the text.
          await marker.click();
          await note.locator(`a[href="${inList}"]`).click();
          await expect.poll(() => page.evaluate(() => location.hash)).toBe(inList);
          const item = page.locator(`section.notes li${inList}`);
          expect(await item.isVisible()).toBe(true);
          const back = (await item.locator('a.back').getAttribute('href'))!;
          expect(back).toMatch(/^#ref-\d+$/);
          await item.locator('a.back').click();
          await expect.poll(() => page.evaluate(() => location.hash)).toBe(back);
          const inView = await page.locator(back).evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight;
          });
          expect(inView, `${back} should be on screen`).toBe(true);
          expect(page.errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      });

      it(`the list of notes is ${viewport.name === 'phone' ? 'folded' : 'open'}, and a link to a note opens it`, async () => {
        const page = await newPage(browser, viewport);
        try {
          const path = chapterIn(lang);
          await page.goto(`${server.url}${path}`);
          const list = page.locator('section.notes details');
          const phone = viewport.name === 'phone';
          expect(await list.locator('summary').isVisible()).toBe(phone);
          expect(await page.locator('section.notes li#note-3').isVisible()).toBe(!phone);
          expect(await page.locator('section.notes h2').isVisible()).toBe(true);
          if (phone) {
            // A reader unfolds it with the summary, which names how many notes there are.
            await list.locator('summary').click();
            expect(await page.locator('section.notes li#note-3').isVisible()).toBe(true);
          }

          await page.goto('about:blank');
          await page.goto(`${server.url}${path}#note-3`);
          await expect.poll(() => list.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
          expect(await page.locator('section.notes li#note-3').isVisible()).toBe(true);
        } finally {
          await page.context().close();
        }
      });
    });
  }
}

describe('without JavaScript', () => {
  it('notes still open in place on a phone, and the folded list unfolds', async () => {
    const page = await newPage(browser, { width: 375, height: 812, javaScriptEnabled: false });
    try {
      await page.goto(`${server.url}${chapterIn('en')}`);
      const marker = page.locator('.chapter-body .note-ref button').first();
      await marker.click();
      expect(await page.locator(`#${(await marker.getAttribute('popovertarget'))!}`).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      const list = page.locator('section.notes details');
      expect(await list.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      await list.locator('summary').click();
      expect(await page.locator('section.notes li').first().isVisible()).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});

describe('every chapter, in both languages', () => {
  it('has no sentence with two markers, and none of its notes names the copy read', async () => {
    const page = await newPage(browser, { width: 375, height: 812, javaScriptEnabled: false });
    try {
      for (const path of chapters) {
        await page.goto(`${server.url}${path}`);
        const found = await page.evaluate(() => {
          const problems: string[] = [];
          const blocks = new Set(
            [...document.querySelectorAll('.chapter-body .note-ref')].map((r) => r.parentElement!),
          );
          for (const block of blocks) {
            const copy = block.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('[popover]').forEach((p) => p.remove());
            copy.querySelectorAll('.note-ref').forEach((r) => r.replaceWith('⁂'));
            const text = (copy.textContent ?? '').replace(/\s+/g, ' ');
            const runs = text.split('⁂');
            // Each marker ends a sentence (after its full stop), or ends its block: so no sentence has two.
            runs.slice(0, -1).forEach((run, k) => {
              const endsSentence = /[.!?…]["”’»)\]]*$/.test(run.trimEnd());
              const endsBlock = k === runs.length - 2 && runs[k + 1]!.trim() === '';
              if (!endsSentence && !endsBlock) problems.push(`a marker inside a sentence: …${run.slice(-80)}⁂`);
              if (runs[k + 1]!.trim() !== '' && !/^\s/.test(runs[k + 1]!))
                problems.push(`a marker inside a word: ⁂${runs[k + 1]!}`);
            });
          }
          const notes = [...document.querySelectorAll('section.notes li, .chapter-body [popover]')]
            .map((n) => n.textContent ?? '')
            .join(' ');
          const copyWords = notes.match(
            /copy of|copia de|copia del|republication|republicación|undated copy|copia sin fecha|seen on a copy/gi,
          );
          return { problems, copyWords, markers: document.querySelectorAll('.chapter-body .note-ref').length };
        });
        expect(found.problems, path).toEqual([]);
        expect(found.copyWords, path).toBeNull();
      }
    } finally {
      await page.context().close();
    }
  });
});
