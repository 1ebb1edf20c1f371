/**
 * Chart images (src/charts/static/, served at /images/<lang>/<chart>/<view>.svg|png): every chart in every view
 * and language renders a well-formed SVG that names the chart and its sources, contains no NaN or undefined, keeps
 * every text inside the canvas and clear of every other text, and draws only characters the image font has. PNGs
 * come out at the fixed pixel size. Each chart's default view is a vitest file snapshot, a normalised SVG in
 * __snapshots__/static-images/<chart>.svg beside this file, so a change to a chart shows up as a readable diff;
 * after looking at the new images, update with `npx vitest run --project unit tests/unit/static-images.test.ts -u`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartImageSvg, imageRoutes, sourceLine } from '../../src/charts/static/chartImage';
import { svgToPng } from '../../src/charts/static/png';
import { LIGHT } from '../../src/charts/static/theme';
import { findFontFile, fontFiles, MissingFontError } from '../../src/charts/static/fonts';
import { missingGlyphs, textWidth, wrap, wrapBalanced } from '../../src/charts/static/text';
import { registry, type RegisteredChartId } from '../../src/charts/registry';
import { mixViews } from '../../src/charts/explore';
import { chapterImage, chartImageUrl, firstChart, IMAGE_HEIGHT, IMAGE_WIDTH, imageViews } from '../../src/lib/images';
import { checkChapterFile } from '../support/chapters';
import { LANGUAGES, t } from '../../src/lib/i18n';
import type { Language } from '../../src/data/types';

const CHARTS = Object.keys(registry) as RegisteredChartId[];
const SNAPSHOTS = path.resolve('tests/unit/__snapshots__/static-images');

/** Throws unless `xml` is well-formed: tags nest and close, attributes are quoted once each, entities are known. */
function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  const token =
    /<!--[\s\S]*?-->|<\/([A-Za-z][\w:-]*)\s*>|<([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);|[<&]/g;
  for (const m of xml.matchAll(token)) {
    const [whole, close, open, attrs = '', selfClosing] = m;
    if (whole === '<' || whole === '&')
      throw new Error(`stray "${whole}" at ${m.index}: ${xml.slice(m.index, m.index + 60)}`);
    if (close) {
      const top = stack.pop();
      if (top !== close) throw new Error(`</${close}> closes <${top}> at ${m.index}`);
    } else if (open) {
      const names = [...attrs.matchAll(/([\w:-]+)="/g)].map((a) => a[1]);
      if (new Set(names).size !== names.length) throw new Error(`duplicate attribute in <${open}${attrs}>`);
      if (!selfClosing) stack.push(open);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (!/^<svg[\s>]/.test(xml)) throw new Error('does not start with <svg>');
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every <text> of an image with its box (from the font's widths; anchors are always "start"). */
function textBoxes(svg: string): TextBox[] {
  return [...svg.matchAll(/<text ([^>]*)>([\s\S]*?)<\/text>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(m[1]!)?.[1];
    const size = Number(attr('font-size'));
    const bold = attr('font-weight') === 'bold';
    const runs = m[2]!.includes('<tspan')
      ? [...m[2]!.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/g)].map((r) => ({
          text: unescape(r[2]!),
          bold: /font-weight="bold"/.test(r[1]!),
        }))
      : [{ text: unescape(m[2]!), bold }];
    const width = runs.reduce((w, r) => w + textWidth(r.text, size, r.bold ? 'bold' : 'normal'), 0);
    const x = Number(attr('x'));
    const y = Number(attr('y'));
    // DejaVu Sans: ascender 0.93 em, descender 0.24 em.
    return {
      text: runs.map((r) => r.text).join(''),
      left: x,
      right: x + width,
      top: y - size * 0.93,
      bottom: y + size * 0.24,
    };
  });
}

/** All text of an image in document order, whitespace collapsed (wrapped lines join back into sentences). */
function allText(svg: string): string {
  return textBoxes(svg)
    .map((b) => b.text)
    .join(' ')
    .replace(/[\s\u00a0]+/g, ' ');
}

/** Normalised for snapshots: numbers to one decimal, one element per line. */
function normalise(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}

const cases = imageRoutes(LANGUAGES).map(({ params }) => params);

describe('every chart image', () => {
  it('covers every chart, view and language', () => {
    expect(cases.length).toBe(LANGUAGES.length * CHARTS.reduce((n, c) => n + imageViews(c).length, 0));
    for (const c of CHARTS)
      expect(imageViews(c)).toEqual([
        'default',
        ...Object.keys(registry[c].spec.views),
        ...mixViews(registry[c]).map((v) => v.name),
      ]);
  });

  describe.each(cases)('$lang / $chart / $view', ({ lang, chart, view }) => {
    const svg = chartImageSvg(chart, view, lang);
    const boxes = textBoxes(svg);

    it('is a well-formed SVG of the fixed pixel size', () => {
      expect(() => checkWellFormed(svg)).not.toThrow();
      expect(svg).toContain(
        `width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}"`,
      );
    });

    it('has no NaN, undefined, Infinity or unresolved CSS variable', () => {
      expect(svg).not.toMatch(/NaN|undefined|Infinity|var\(--/);
    });

    it('shows the title and the full source line with the "as of" date', () => {
      const text = allText(svg);
      expect(text).toContain(t(lang, registry[chart].titleKey));
      expect(text).toContain(`${t(lang, 'chart.sources')}: ${sourceLine(chart, lang)}`.replace(/\s+/g, ' '));
      expect(svg).toContain(`<title>${t(lang, registry[chart].titleKey).replace(/&/g, '&amp;')}</title>`);
    });

    it('keeps every text inside the canvas', () => {
      for (const b of boxes) {
        expect.soft(b.left, b.text).toBeGreaterThanOrEqual(0);
        expect.soft(b.right, b.text).toBeLessThanOrEqual(IMAGE_WIDTH);
        expect.soft(b.top, b.text).toBeGreaterThanOrEqual(0);
        expect.soft(b.bottom, b.text).toBeLessThanOrEqual(IMAGE_HEIGHT);
      }
    });

    it('keeps texts clear of each other', () => {
      const overlaps: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          // One pixel of tolerance: line boxes of one paragraph touch.
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
            overlaps.push(`"${a.text}" × "${b.text}"`);
        }),
      );
      expect(overlaps).toEqual([]);
    });

    it('draws only characters the image font has', () => {
      expect(missingGlyphs(boxes.map((b) => b.text).join(''))).toEqual([]);
    });
  });
});

describe('PNG', () => {
  it.each(CHARTS)('%s renders at the fixed pixel size', (chart) => {
    const png = svgToPng(chartImageSvg(chart, 'default', 'en'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([IMAGE_WIDTH, IMAGE_HEIGHT]);
    expect(png.length).toBeGreaterThan(20_000);
  });

  it('refuses a layer drawn wholly off the canvas (which would abort resvg) with an error', () => {
    const svg = chartImageSvg('prison-population', 'default', 'en').replace(
      '</svg>',
      '<g clip-path="url(#plot)"><circle cx="5000" cy="10" r="4" fill="red"/></g>\n</svg>',
    );
    expect(() => svgToPng(svg)).toThrow(/draws nothing on the 1200 × 675 canvas/);
  });
});

describe('snapshots of each default view (__snapshots__/static-images)', () => {
  it.each(CHARTS)('%s', async (chart) => {
    await expect(normalise(chartImageSvg(chart, 'default', 'en'))).toMatchFileSnapshot(
      `__snapshots__/static-images/${chart}.svg`,
    );
  });

  it('has no stale snapshot files', () => {
    expect(readdirSync(SNAPSHOTS).sort()).toEqual(CHARTS.map((c) => `${c}.svg`).sort());
  });
});

describe('theme', () => {
  it('matches the light colours of src/styles/global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const root = /:root\s*\{([\s\S]*?)\n\}/.exec(css)![1]!;
    const vars = Object.fromEntries([...root.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
    for (const [name, value] of Object.entries(LIGHT)) expect(vars[name], `--${name}`).toBe(value);
    // Every chart colour of the site has a light value here.
    for (const name of Object.keys(vars).filter((n) => n.startsWith('c-')))
      expect(LIGHT, `--${name}`).toHaveProperty(name);
  });
});

describe('text', () => {
  it('wraps within the width and keeps a unit with its number', () => {
    const lines = wrap('The ICRC minimum for a shared cell is 3.4 m² a person and more words to wrap', 160, 16);
    for (const l of lines) expect(textWidth(l, 16)).toBeLessThanOrEqual(160);
    expect(lines.join('|')).toMatch(/3\.4\u00a0m²/);
  });

  it('balances lines without adding one', () => {
    const text = 'State of exception declared, 27 March 2022';
    expect(wrap(text, 250, 14)).toEqual(['State of exception declared, 27', 'March 2022']);
    expect(wrapBalanced(text, 250, 14)).toEqual(['State of exception', 'declared, 27 March 2022']);
  });

  it('fails with the install command when a font file is missing, instead of drawing no text', () => {
    expect(() => findFontFile('NoSuchFont.ttf')).toThrow(MissingFontError);
    expect(() => findFontFile('NoSuchFont.ttf')).toThrow(/apt-get install -y fonts-dejavu-core/);
    expect(fontFiles()).toHaveLength(2);
  });

  it('refuses a character the font has no glyph for', () => {
    expect(missingGlyphs('Sources: AP, Página/12 ≥ 261 ▲ m²')).toEqual([]);
    expect(() => textWidth('漢', 12)).toThrow(/no glyph/);
  });
});

describe('Open Graph images', () => {
  it('names images by language, chart and view', () => {
    expect(chartImageUrl('en', 'prison-population', 'state-of-exception')).toBe(
      '/images/en/prison-population/state-of-exception.png',
    );
    expect(chartImageUrl('es', 'cecot-cell', 'default', 'svg')).toBe('/images/es/cecot-cell/default.svg');
  });

  it.each([
    {
      uses: [{ chart: 'cecot-cell', anchor: 'cecot-cell-1', steps: ['cecot-cell-1-1'] }],
      expected: { chart: 'cecot-cell', view: 'default' },
    },
    {
      uses: [{ chart: 'crackdown-context', anchor: 'crackdown-context', view: 'both' }],
      expected: { chart: 'crackdown-context', view: 'both' },
    },
    {
      uses: [{ chart: 'crackdown-context', anchor: 'crackdown-context', view: 'nope' }],
      expected: { chart: 'crackdown-context', view: 'default' },
    },
    {
      uses: [
        { chart: 'not-registered', anchor: 'x' },
        { chart: 'crackdown-context', anchor: 'crackdown-context', view: 'arrests' },
      ],
      expected: { chart: 'crackdown-context', view: 'arrests' },
    },
    { uses: [], expected: undefined },
  ])('first chart of $uses', ({ uses, expected }) => {
    expect(firstChart(uses)).toEqual(expected);
  });

  it('gives every chapter an image that is built', () => {
    const built = new Set(cases.map((c) => chartImageUrl(c.lang, c.chart, c.view)));
    for (const lang of LANGUAGES) {
      const dir = path.resolve('content/chapters', lang);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
        const image = chapterImage(lang as Language, checkChapterFile(path.join(dir, file)).charts);
        expect(built.has(image.url), `${lang}/${file}: ${image.url}`).toBe(true);
        expect(image).toMatchObject({ width: IMAGE_WIDTH, height: IMAGE_HEIGHT, type: 'image/png' });
        expect(image.alt.length).toBeGreaterThan(40);
      }
    }
  });
});
