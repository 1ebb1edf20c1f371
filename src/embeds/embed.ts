/**
 * One embed (chart × language × view) described from the chart registry: what its page, its oEmbed document and
 * the "Embed" disclosure under the chart need. Every route that lists embeds goes through `allEmbeds`, so a chart
 * added to the registry (or a view added to its states) gets all of them.
 */
import type { Language } from '../data/types';
import { describeState, registry, type RegisteredChartId } from '../charts/registry';
import { LANGUAGES, t } from '../lib/i18n';
import { embedPath, HOST_SCRIPT_PATH, imagePath, oembedPath, type EmbedCodeInput } from './code';
import { embedViews } from './views';

export interface EmbedRef {
  lang: Language;
  chart: RegisteredChartId;
  view: string;
  state: object;
}

/** Every embed the site publishes. */
export function allEmbeds(): EmbedRef[] {
  const charts = Object.keys(registry) as RegisteredChartId[];
  return LANGUAGES.flatMap((lang) =>
    charts.flatMap((chart) => embedViews(chart).map(({ name, state }) => ({ lang, chart, view: name, state }))),
  );
}

/** The embed code's ingredients, with absolute URLs on `site`. */
export function embedCodeInput({ lang, chart, view, state }: EmbedRef, site: URL | undefined): EmbedCodeInput {
  const entry = registry[chart];
  const absolute = (path: string) => new URL(path, site ?? 'http://localhost:4321/').href;
  const title = t(lang, entry.titleKey);
  return {
    src: absolute(embedPath(lang, chart, view)),
    hostScript: absolute(HOST_SCRIPT_PATH),
    title,
    label: t(lang, 'embed.frameLabel', { title, site: t(lang, 'site.title') }),
    height: entry.embedHeight,
    image: absolute(imagePath(lang, chart, view, 'png')),
    alt: describeState(chart, state, lang),
    id: `cecot-${chart}-${view}`,
  };
}

/** The oEmbed document's absolute URL. */
export function oembedUrl({ lang, chart, view }: EmbedRef, site: URL | undefined): string {
  return new URL(oembedPath(lang, chart, view), site ?? 'http://localhost:4321/').href;
}
