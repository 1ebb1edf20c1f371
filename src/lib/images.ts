/**
 * Where each chart image lives, for Open Graph tags, embeds' no-script fallbacks and oEmbed thumbnails. The
 * images themselves are built by src/pages/images/ from src/charts/static/; this module only names them, so pages
 * can import it without loading the renderers.
 */
import { registry, type RegisteredChartId } from '../charts/registry';
import { embedViews } from '../embeds/views';
import type { ChartStateOf } from '../charts/states';
import type { Language } from '../data/types';
import type { ChartUse } from './build/remarkStoryComponents';
import { t } from './i18n';

/** Pixel size of every chart image (PNG and SVG): 16:9, close to Open Graph's 1.91:1 but keeping more of the chart in crops. */
export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 675;
/** The view name of a chart's default state; every other view name is a named view or an explore mix. */
export const DEFAULT_VIEW = 'default';

export type ImageFormat = 'png' | 'svg';

/** Site-relative URL of a chart image: /images/en/prison-population/default.png. */
export function chartImageUrl(
  lang: Language,
  chart: RegisteredChartId,
  view: string = DEFAULT_VIEW,
  format: ImageFormat = 'png',
): string {
  return `/images/${lang}/${chart}/${view}.${format}`;
}

export interface ChartImage {
  /** Site-relative URL of the PNG; make it absolute with `new URL(url, Astro.site)` for og:image. */
  url: string;
  /** The same image as SVG. */
  svgUrl: string;
  width: number;
  height: number;
  type: 'image/png';
  /** Alt text: the chart's title and what its state shows, from the registry. */
  alt: string;
}

/** Every image a chart has: one per embeddable view (default, named views, explore mixes: src/embeds/views.ts). */
export function imageViews(chart: RegisteredChartId): string[] {
  return embedViews(chart).map((v) => v.name);
}

/** The state an image shows. Throws on a view the chart does not have. */
export function imageState<C extends RegisteredChartId>(chart: C, view: string): ChartStateOf<C> {
  const state = embedViews(chart).find((v) => v.name === view)?.state as ChartStateOf<C> | undefined;
  if (state === undefined)
    throw new Error(`Chart "${chart}" has no view "${view}"; views: ${imageViews(chart).join(', ')}`);
  return state;
}

/** A chart image with its size and alt text. Throws on a view the chart does not have. */
export function chartImage<C extends RegisteredChartId>(
  lang: Language,
  chart: C,
  view: string = DEFAULT_VIEW,
): ChartImage {
  const entry = registry[chart];
  const description = entry.describe(imageState(chart, view), lang);
  return {
    url: chartImageUrl(lang, chart, view, 'png'),
    svgUrl: chartImageUrl(lang, chart, view, 'svg'),
    width: IMAGE_WIDTH,
    height: IMAGE_HEIGHT,
    type: 'image/png',
    alt: `${t(lang, entry.titleKey)}. ${description}`,
  };
}

/**
 * The first chart a chapter shows (as the chapter check recorded it), with the named view of a
 * <Figure view="…">, else its default view.
 */
export function firstChart(uses: readonly ChartUse[]): { chart: RegisteredChartId; view: string } | undefined {
  const use = uses.find((u) => u.chart in registry);
  if (!use) return undefined;
  const id = use.chart as RegisteredChartId;
  const named = use.view !== undefined && Object.hasOwn(registry[id].spec.views, use.view);
  return { chart: id, view: named && use.view !== undefined ? use.view : DEFAULT_VIEW };
}

/**
 * The Open Graph image of a chapter: the image of the first chart it shows (a scroller's chart in its default
 * state, a figure in its named view). Chapters without a chart share the story's lead image, the first chart of
 * the story in its default state, so every page has a preview.
 */
export function chapterImage(lang: Language, uses: readonly ChartUse[]): ChartImage {
  const found = firstChart(uses);
  return found ? chartImage(lang, found.chart, found.view) : storyImage(lang);
}

/** The story's lead image (home page, chapters without a chart): the first registered chart, default view. */
export function storyImage(lang: Language): ChartImage {
  return chartImage(lang, Object.keys(registry)[0] as RegisteredChartId);
}
