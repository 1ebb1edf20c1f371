/**
 * Where the story uses each chart, found by reading the chapters' MDX (no list to keep in sync): embeds link back
 * to that chapter and name it as their canonical page, and a chapter page advertises its first chart's oEmbed.
 */
import type { Language } from '../data/types';
import { chaptersIn } from '../lib/chapters';

export interface ChartUse {
  chart: string;
  /** The named view of a <Figure view="...">, if any. */
  view?: string;
  /** Fragment id of the chart in the chapter page (as remarkStoryComponents and ChartFrame assign it). */
  anchor: string;
}

const TAG = /<(Scrolly|Figure)\b([^>]*)>/g;
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * The charts a chapter body uses, in reading order. A scroller's anchor is its `id`, else `<chart>-<n>` with n
 * counting scrollers in the chapter; a figure's is its chart id (ChartFrame's default).
 */
export function chartUsesIn(body: string): ChartUse[] {
  const uses: ChartUse[] = [];
  let scrollers = 0;
  for (const [, tag, attrs = ''] of body.matchAll(TAG)) {
    const chart = attribute(attrs, 'chart');
    if (chart === undefined) continue;
    if (tag === 'Scrolly') {
      scrollers += 1;
      uses.push({ chart, anchor: attribute(attrs, 'id') ?? `${chart}-${scrollers}` });
    } else {
      const view = attribute(attrs, 'view');
      uses.push({ chart, anchor: chart, ...(view === undefined ? {} : { view }) });
    }
  }
  return uses;
}

export interface StoryPlace {
  /** The chapter's URL path, e.g. /en/prison-population/ (the embed's canonical page). */
  url: string;
  /** The same with the chart's fragment, for "Read the story" links. */
  href: string;
  /** The chapter's title. */
  title: string;
}

/** The first chapter (in story order) that shows the chart, or null when only the catalogue does. */
export async function chapterFor(chart: string, lang: Language): Promise<StoryPlace | null> {
  for (const chapter of await chaptersIn(lang)) {
    const use = chartUsesIn(chapter.entry.body ?? '').find((u) => u.chart === chart);
    if (use) return { url: chapter.url, href: `${chapter.url}#${use.anchor}`, title: chapter.entry.data.title };
  }
  return null;
}

/** The first chart a chapter page shows (the one it advertises for oEmbed), by the chapter's URL path. */
export async function firstChartOf(pathname: string, lang: Language): Promise<ChartUse | null> {
  const chapter = (await chaptersIn(lang)).find((c) => c.url === pathname);
  return chapter ? (chartUsesIn(chapter.entry.body ?? '')[0] ?? null) : null;
}
