/**
 * URLs of an embed and the code partners paste, in one place so the embed pages, the "Embed" disclosure under
 * every chart, the oEmbed documents, the previewer and the tests all agree.
 *
 * URL scheme (kebab-case ids, trailing slashes as everywhere on the site):
 *   /embed/<lang>/<chart>/            the chart's default state     /embed/<lang>/<chart>/<view>/   a named view
 *   /oembed/<lang>/<chart>/<view>.json  (view "default" for the default state)
 *   /images/<lang>/<chart>/<view>.png and .svg  static renderings (src/lib/images.ts), same view names
 *   /embed.js                         the host script
 */
import { IMAGE_HEIGHT, IMAGE_WIDTH } from '../lib/images';
import { DEFAULT_VIEW } from './views';

export function embedPath(lang: string, chart: string, view: string = DEFAULT_VIEW): string {
  return view === DEFAULT_VIEW ? `/embed/${lang}/${chart}/` : `/embed/${lang}/${chart}/${view}/`;
}

export function oembedPath(lang: string, chart: string, view: string = DEFAULT_VIEW): string {
  return `/oembed/${lang}/${chart}/${view}.json`;
}

export function imagePath(
  lang: string,
  chart: string,
  view: string = DEFAULT_VIEW,
  format: 'png' | 'svg' = 'png',
): string {
  return `/images/${lang}/${chart}/${view}.${format}`;
}

export const HOST_SCRIPT_PATH = '/embed.js';

/** Width we suggest to oEmbed consumers: a typical article column. The iframe itself is fluid (100%). */
export const OEMBED_WIDTH = 640;

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A JS string literal that is safe inside <script> (no "</script>", no line separators). */
const jsString = (text: string) =>
  JSON.stringify(text)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export interface EmbedCodeInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** Absolute URL of the host script. */
  hostScript: string;
  /** The iframe's title: the chart's title. */
  title: string;
  /** The iframe's accessible name, e.g. "<title>: interactive chart from Inside CECOT". */
  label: string;
  /** Initial height in pixels, before the page reports its own (the registry's embedHeight). */
  height: number;
  /** Absolute URL of the static PNG, shown where scripts and frames do not run (feeds, AMP converters). */
  image: string;
  /** Text alternative of the image: the chart's description in that state. */
  alt: string;
  /** Element id for the Pym.js variant; unique on the partner's page. */
  id: string;
}

function noscript({ image, alt }: EmbedCodeInput): string {
  return `<noscript><img src="${escapeAttribute(image)}" alt="${escapeAttribute(alt)}" style="width:100%;height:auto"></noscript>`;
}

/** The recommended code: a responsive iframe sized by our host script, with a static fallback. */
export function iframeCode(input: EmbedCodeInput): string {
  const { src, hostScript, title, label, height } = input;
  return [
    `<iframe data-cecot-embed src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" aria-label="${escapeAttribute(label)}" ` +
      `loading="lazy" height="${Math.round(height)}" style="width:1px;min-width:100%;border:0"></iframe>`,
    `<script async src="${escapeAttribute(hostScript)}"></script>`,
    noscript(input),
  ].join('\n');
}

/**
 * Pym.js's `xdomain` setting for frames served from `origin`: a regular expression that matches that origin and
 * nothing else. Pym appends `$` itself and tests the sending window's origin with it; the `^` added here anchors
 * the start, so neither `https://evil.example/?https://our.site` nor `https://our.site.evil.example` passes.
 */
export function pymXdomain(origin: string): string {
  return `^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}

/** Where the Pym.js variant loads Pym from: NPR's own copy of the current 1.x release. */
export const PYM_SCRIPT_URL = 'https://pym.nprapps.org/pym.v1.min.js';

/**
 * For sites that already use Pym.js (NPR's library): the same page, sized by Pym's own parent.
 *
 * Without `xdomain`, a Pym parent obeys any window that posts a message naming its id, and the id is printed
 * here: a cross-origin frame elsewhere on the partner's page (an ad, a comment widget) could stretch our frame or
 * send the partner's whole page to another address with Pym's `navigateTo` message. With `xdomain` set to our
 * origin, Pym ignores messages from any other origin.
 *
 * No `integrity` attribute on the Pym script: NPR serves the 1.x line at one address and updates it in place, so a
 * pinned hash would break every partner's embed at NPR's next release; sites of this kind mostly load their own
 * copy of Pym anyway, and what protects them is `xdomain`.
 */
export function pymCode(input: EmbedCodeInput): string {
  const { src, title, id } = input;
  const xdomain = pymXdomain(new URL(src).origin);
  return [
    `<div id="${escapeAttribute(id)}"></div>`,
    `<script src="${PYM_SCRIPT_URL}"></script>`,
    `<script>new pym.Parent(${jsString(id)}, ${jsString(src)}, { title: ${jsString(title)}, xdomain: ${jsString(xdomain)} });</script>`,
    noscript(input),
  ].join('\n');
}

export interface OEmbedDocument {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The oEmbed response (https://oembed.com/, type "rich") for one embed. */
export function oembedDocument(input: EmbedCodeInput, provider: { name: string; url: string }): OEmbedDocument {
  return {
    type: 'rich',
    version: '1.0',
    title: input.title,
    provider_name: provider.name,
    provider_url: provider.url,
    html: iframeCode(input),
    width: OEMBED_WIDTH,
    height: Math.round(input.height),
    thumbnail_url: input.image,
    thumbnail_width: IMAGE_WIDTH,
    thumbnail_height: IMAGE_HEIGHT,
  };
}
