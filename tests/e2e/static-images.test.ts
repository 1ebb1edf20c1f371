/**
 * The built chart images (/images/<lang>/<chart>/<view>.png|svg): one of each for every chart, view and language,
 * served with the right type, at the fixed pixel size, the SVG exactly as the renderer writes it, and both
 * displayable by a browser (an <img> of each loads at 1200 × 675). Needs a build (`npm run build`, or
 * ASTRO_OUT_DIR for one built elsewhere).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { startStaticServer, type StaticServer } from './support/staticServer';
import { chartImageSvg, imageRoutes } from '../../src/charts/static/chartImage';
import { chartImageUrl, IMAGE_HEIGHT, IMAGE_WIDTH } from '../../src/lib/images';
import { LANGUAGES } from '../../src/lib/i18n';

const routes = imageRoutes(LANGUAGES).map((r) => r.params);
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

describe('built chart images', () => {
  it.each(routes)('$lang / $chart / $view: PNG and SVG', async ({ lang, chart, view }) => {
    const png = await fetch(server.url + chartImageUrl(lang, chart, view, 'png'));
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([IMAGE_WIDTH, IMAGE_HEIGHT]);

    const svg = await fetch(server.url + chartImageUrl(lang, chart, view, 'svg'));
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await svg.text()).toBe(chartImageSvg(chart, view, lang));
  });

  it('load in a browser at their pixel size', async () => {
    const page = await newPage(browser, { width: 800, height: 600 });
    await page.goto(`${server.url}/`);
    const sizes = await page.evaluate(
      async (urls) =>
        Promise.all(
          urls.map(
            (src) =>
              new Promise<string>((resolve) => {
                const img = new Image();
                img.onload = () => resolve(`${src} ${img.naturalWidth}x${img.naturalHeight}`);
                img.onerror = () => resolve(`${src} failed`);
                img.src = src;
              }),
          ),
        ),
      routes.flatMap(({ lang, chart, view }) => [
        chartImageUrl(lang, chart, view, 'png'),
        chartImageUrl(lang, chart, view, 'svg'),
      ]),
    );
    expect(sizes.filter((s) => !s.endsWith(` ${IMAGE_WIDTH}x${IMAGE_HEIGHT}`))).toEqual([]);
    await page.context().close();
  });
});
