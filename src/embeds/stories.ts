/**
 * Where the story uses each chart, as the chapter check recorded it while the MDX build parsed each chapter
 * (src/lib/build/remarkStoryComponents.ts; no list to keep in sync): embeds link back to that chapter and name it
 * as their canonical page, and a chapter page advertises its first chart's oEmbed.
 */
import { render } from 'astro:content';
import type { Language } from '../data/types';
import { chaptersIn, type ChapterRef } from '../lib/chapters';
import type { ChartUse } from '../lib/build/remarkStoryComponents';

export type { ChartUse };

/** The charts a chapter shows, in reading order. */
async function chartUsesOf(chapter: ChapterRef): Promise<ChartUse[]> {
  const { remarkPluginFrontmatter } = await render(chapter.entry);
  return (remarkPluginFrontmatter['charts'] ?? []) as ChartUse[];
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
    const use = (await chartUsesOf(chapter)).find((u) => u.chart === chart);
    if (use) return { url: chapter.url, href: `${chapter.url}#${use.anchor}`, title: chapter.entry.data.title };
  }
  return null;
}

/** The first chart a chapter page shows (the one it advertises for oEmbed), by the chapter's URL path. */
export async function firstChartOf(pathname: string, lang: Language): Promise<ChartUse | null> {
  const chapter = (await chaptersIn(lang)).find((c) => c.url === pathname);
  return chapter ? ((await chartUsesOf(chapter))[0] ?? null) : null;
}
