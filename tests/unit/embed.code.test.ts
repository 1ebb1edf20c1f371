/**
 * What partners paste and what oEmbed consumers read (src/embeds/code.ts, embed.ts), the views an embed can show
 * (views.ts) and how embeds find their chapter (stories.ts). Every chart in the registry, in every language and
 * view, gets an embed with a title, a label, a text alternative and a height.
 */
import { describe, expect, it } from 'vitest';
import {
  embedPath,
  iframeCode,
  imagePath,
  oembedDocument,
  oembedPath,
  pymCode,
  pymXdomain,
  type EmbedCodeInput,
} from '../../src/embeds/code';
import { allEmbeds, embedCodeInput } from '../../src/embeds/embed';
import { mixViews } from '../../src/charts/explore';
import { DEFAULT_VIEW, embedViews, stepperFor, viewOf } from '../../src/embeds/views';
import { chartStates } from '../../src/charts/states';
import { registry, type RegisteredChartId } from '../../src/charts/registry';
import { LANGUAGES } from '../../src/lib/i18n';
import { chartImageUrl, DEFAULT_VIEW as IMAGE_DEFAULT_VIEW } from '../../src/lib/images';

const SITE = new URL('https://charts.example/');

const input: EmbedCodeInput = {
  src: 'https://charts.example/embed/en/prison-population/rate/',
  hostScript: 'https://charts.example/embed.js',
  title: `El Salvador's "prison" <population> & more`,
  label: 'A label',
  height: 640.4,
  image: 'https://charts.example/images/en/prison-population/rate.png',
  alt: 'Line chart "quoted" </script>',
  id: 'cecot-prison-population-rate',
};

/** Parses pasted code the way a partner's page would, in a throwaway document-like form: tag by tag. */
function attributesOf(code: string, tag: string): Record<string, string> {
  const match = new RegExp(`<${tag}\\b([^>]*)>`).exec(code);
  if (!match) throw new Error(`no <${tag}> in ${code}`);
  const out: Record<string, string> = {};
  for (const [, name, value] of match[1]!.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) out[name!] = value ?? '';
  return out;
}
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('URL scheme', () => {
  it('puts the default state at the chart, named views below it', () => {
    expect(embedPath('en', 'prison-population')).toBe('/embed/en/prison-population/');
    expect(embedPath('en', 'prison-population', DEFAULT_VIEW)).toBe('/embed/en/prison-population/');
    expect(embedPath('en', 'prison-population', 'rate')).toBe('/embed/en/prison-population/rate/');
    expect(oembedPath('en', 'prison-population')).toBe('/oembed/en/prison-population/default.json');
    expect(imagePath('en', 'cecot-cell', 'reported-80', 'svg')).toBe('/images/en/cecot-cell/reported-80.svg');
  });
});

describe('iframe code', () => {
  const code = iframeCode(input);
  const iframe = attributesOf(code, 'iframe');

  it('is a lazy, borderless, full-width iframe marked for the host script, with title and label', () => {
    expect(iframe).toMatchObject({
      'data-cecot-embed': '',
      src: input.src,
      loading: 'lazy',
      height: '640',
      'aria-label': 'A label',
    });
    expect(unescape(iframe['title']!)).toBe(input.title);
    expect(iframe['style']).toContain('min-width:100%');
    expect(iframe['style']).toContain('border:0');
  });

  it('loads the host script asynchronously', () => {
    expect(attributesOf(code, 'script')).toEqual({ async: '', src: input.hostScript });
  });

  it('falls back to the static image with its text alternative', () => {
    expect(code).toMatch(/<noscript><img [^>]*><\/noscript>$/);
    const img = attributesOf(code, 'img');
    expect(img['src']).toBe(input.image);
    expect(unescape(img['alt']!)).toBe(input.alt);
  });

  it('escapes every attribute value', () => {
    expect(code).not.toContain('"prison"');
    expect(code).not.toContain('</script>"');
  });
});

describe('Pym.js code', () => {
  const code = pymCode(input);

  it('creates a pym.Parent in a container of its own', () => {
    expect(code).toContain(`<div id="${input.id}"></div>`);
    expect(code).toContain('<script src="https://pym.nprapps.org/pym.v1.min.js"></script>');
    expect(code).toContain(`new pym.Parent("${input.id}", "${input.src}", { title: `);
  });

  /** What the code hands to pym.Parent, read by running its script against a stand-in for Pym. */
  function parentArguments(pasted: string): { id: string; url: string; config: Record<string, unknown> } {
    const script = /<script>([\s\S]*?)<\/script>/.exec(pasted)![1]!;
    let seen: { id: string; url: string; config: Record<string, unknown> } | undefined;
    const pym = {
      Parent: function (id: string, url: string, config: Record<string, unknown>) {
        seen = { id, url, config };
      },
    };
    new Function('pym', script)(pym);
    return seen!;
  }
  /** Whether Pym would take a message from this origin: it tests `new RegExp(xdomain + '$')` against it. */
  const pymAccepts = (xdomain: string, origin: string) => new RegExp(`${xdomain}$`).test(origin);

  it('tells Pym to take messages from our origin only (xdomain), so no other frame on the page can drive it', () => {
    const { id, url, config } = parentArguments(code);
    expect({ id, url, title: config['title'] }).toEqual({ id: input.id, url: input.src, title: input.title });
    const xdomain = config['xdomain'];
    expect(typeof xdomain).toBe('string');
    expect(pymAccepts(xdomain as string, 'https://charts.example')).toBe(true);
    for (const origin of [
      'null',
      'https://evil.example',
      'https://charts.example.evil.example',
      'https://evil.example/https://charts.example',
      'https://evilcharts.example',
      'http://charts.example',
      'https://chartsXexample',
      'https://charts.example:8443',
    ])
      expect(pymAccepts(xdomain as string, origin), origin).toBe(false);
  });

  it('derives xdomain from the embed address, port included', () => {
    const local = pymCode({ ...input, src: 'http://127.0.0.1:4321/embed/en/prison-population/' });
    const xdomain = parentArguments(local).config['xdomain'] as string;
    expect(xdomain).toBe(pymXdomain('http://127.0.0.1:4321'));
    expect(pymAccepts(xdomain, 'http://127.0.0.1:4321')).toBe(true);
    expect(pymAccepts(xdomain, 'http://127.0.0.1:43210')).toBe(false);
    expect(pymAccepts(xdomain, 'http://127.0.0.1:1')).toBe(false);
  });

  it('cannot close its own script element early, whatever the title says', () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(code)![1]!;
    expect(script).not.toMatch(/<\//);
    // The title survives as a string literal.
    expect(script).toContain(JSON.stringify(input.title).replace(/</g, '\\u003c'));
  });
});

describe('oEmbed document', () => {
  it('is a version 1.0 "rich" response with the iframe code, size, provider and thumbnail', () => {
    const doc = oembedDocument(input, { name: 'Inside CECOT', url: 'https://charts.example/en/' });
    expect(doc).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: input.title,
      provider_name: 'Inside CECOT',
      height: 640,
      thumbnail_url: input.image,
    });
    expect(doc.html).toBe(iframeCode(input));
    for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height'] as const)
      expect(Number.isInteger(doc[key]) && doc[key] > 0).toBe(true);
  });
});

describe('views', () => {
  it.each(Object.keys(chartStates) as (keyof typeof chartStates)[])(
    '%s: the default state, then every named view, then the mixes of its explore toggles',
    (chart) => {
      const views = embedViews(chart);
      expect(views[0]).toEqual({ name: DEFAULT_VIEW, state: chartStates[chart].defaults });
      expect(views.slice(1).map((v) => v.name)).toEqual([
        ...Object.keys(chartStates[chart].views),
        ...mixViews(registry[chart]).map((v) => v.name),
      ]);
    },
  );

  it.each(Object.keys(chartStates) as (keyof typeof chartStates)[])(
    '%s: the stepper starts at each named view, and has no mix',
    (chart) => {
      const stepper = stepperFor(chart);
      const mixes = new Set(mixViews(registry[chart]).map((v) => v.name));
      for (const { name, state } of embedViews(chart)) {
        expect(stepper.has(name)).toBe(!mixes.has(name));
        if (!mixes.has(name)) expect(stepper.states[stepper.indexOf(name)]).toEqual(state);
      }
      expect(stepper.has('no-such-view')).toBe(false);
      expect(stepper.indexOf('no-such-view')).toBe(0);
    },
  );

  it('names the view a state shows, and the default for any other state', () => {
    const spec = chartStates['prison-population'];
    expect(viewOf('prison-population', spec.views['rate'])).toBe('rate');
    expect(viewOf('prison-population', spec.parse({ window: [1995, 2000] }))).toBe(DEFAULT_VIEW);
  });
});

describe('every embed', () => {
  const embeds = allEmbeds();

  it('covers every registered chart in every language and view', () => {
    const expected = LANGUAGES.flatMap((lang) =>
      (Object.keys(registry) as RegisteredChartId[]).flatMap((chart) =>
        [DEFAULT_VIEW, ...Object.keys(chartStates[chart].views), ...mixViews(registry[chart]).map((v) => v.name)].map(
          (view) => `${lang}/${chart}/${view}`,
        ),
      ),
    );
    expect(embeds.map((e) => `${e.lang}/${e.chart}/${e.view}`)).toEqual(expected);
  });

  it.each(allEmbeds().map((e) => [`${e.lang}/${e.chart}/${e.view}`, e] as const))(
    '%s has a title, label, text alternative and height',
    (_, embed) => {
      const code = embedCodeInput(embed, SITE);
      expect(code.title.length).toBeGreaterThan(5);
      expect(code.label).toContain(code.title);
      expect(code.alt.length).toBeGreaterThan(20);
      expect(code.height).toBeGreaterThan(200);
      expect(code.src).toBe(new URL(embedPath(embed.lang, embed.chart, embed.view), SITE).href);
      expect(code.image).toBe(new URL(imagePath(embed.lang, embed.chart, embed.view, 'png'), SITE).href);
    },
  );

  it('names its static images as the image generator does', () => {
    expect(DEFAULT_VIEW).toBe(IMAGE_DEFAULT_VIEW);
    for (const { lang, chart, view } of embeds) {
      for (const format of ['png', 'svg'] as const) {
        expect(imagePath(lang, chart, view, format)).toBe(chartImageUrl(lang, chart, view, format));
      }
    }
  });
});
