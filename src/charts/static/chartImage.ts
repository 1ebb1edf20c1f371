/**
 * Chart images: every registered chart, in its default state and each named view, drawn as a standalone SVG at
 * a fixed pixel size (IMAGE_WIDTH × IMAGE_HEIGHT) from the same model the live chart draws, inside the frame
 * with the registry's title, dek, sources and "as of" date. The PNG is rendered from this SVG (png.ts). Used by
 * the /images/ endpoints, as embeds' no-script fallback and as Open Graph images.
 */
import { registry, type RegisteredChartId } from '../registry';
import type { ChartStateOf } from '../states';
import type { Language } from '../../data/types';
import { creditsOf } from '../../lib/citation';
import { formatDate } from '../../lib/format';
import { t } from '../../lib/i18n';
import { frame } from './frame';
import { imageState, imageViews } from '../../lib/images';
import type { Box } from './svg';
import { prisonPopulationImage } from '../PrisonPopulation/staticSvg';
import { crackdownContextImage } from '../CrackdownContext/staticSvg';
import { cecotCellImage } from '../CecotCell/staticSvg';
import { deathsInCustodyImage } from '../DeathsInCustody/staticSvg';
import { worldComparisonImage } from '../WorldComparison/staticSvg';

/** What each chart's staticSvg.ts provides. */
export interface StaticChart<S> {
  /** The chart in `state`, drawn into `box` (pixels), as SVG markup without the frame. */
  draw(state: S, lang: Language, box: Box): string;
  /** Whether this state draws data points whose shape shows confidence (the frame then adds the key). */
  hasDots(state: S): boolean;
}

const charts: { [C in RegisteredChartId]: StaticChart<ChartStateOf<C>> } = {
  'prison-population': prisonPopulationImage,
  'crackdown-context': crackdownContextImage,
  'cecot-cell': cecotCellImage,
  'deaths-in-custody': deathsInCustodyImage,
  'world-comparison': worldComparisonImage,
};

/** The source line's text: each credit once, then the "as of" date, as under the live chart. */
export function sourceLine(chart: RegisteredChartId, lang: Language): string {
  const entry = registry[chart];
  const names = creditsOf(entry.sources, lang).map((c) => c.name);
  return `${names.join('; ')}. ${t(lang, 'chart.asOf', { date: formatDate(entry.asOf, lang) })}.`;
}

/** The chart in one view as a standalone SVG document of IMAGE_WIDTH × IMAGE_HEIGHT pixels. */
export function chartImageSvg<C extends RegisteredChartId>(chart: C, view: string, lang: Language): string {
  const entry = registry[chart];
  const state = imageState(chart, view);
  const renderer = charts[chart] as StaticChart<ChartStateOf<C>>;
  return frame(
    {
      title: t(lang, entry.titleKey),
      dek: t(lang, entry.dekKey),
      key: renderer.hasDots(state) ? t(lang, 'chart.confidenceKey') : undefined,
      sourcesLabel: t(lang, 'chart.sources'),
      sources: sourceLine(chart, lang),
      credit: t(lang, 'site.title'),
      description: entry.describe(state as never, lang),
    },
    (box) => renderer.draw(state, lang, box),
  );
}

/** Route parameters of every image, for the /images/ endpoints' getStaticPaths. */
export function imageRoutes(
  languages: readonly Language[],
): { params: { lang: Language; chart: RegisteredChartId; view: string } }[] {
  return languages.flatMap((lang) =>
    (Object.keys(registry) as RegisteredChartId[]).flatMap((chart) =>
      imageViews(chart).map((view) => ({ params: { lang, chart, view } })),
    ),
  );
}
