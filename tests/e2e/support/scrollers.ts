/**
 * The built chapters that hold a scroller, read from dist/ so the phone tests cover every scroller (including a
 * new chart's) without a list to keep up to date.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from './staticServer';

export interface Chapter {
  page: string;
  /** Ids of each scroller's steps, per scroller id. */
  scrollers: Record<string, string[]>;
}

/** The built chapters of one language that hold a scroller, with their step ids (read from the HTML). */
export function chaptersWithScrollers(lang: string): Chapter[] {
  const root = path.join(DIST_DIR, lang);
  if (!existsSync(root)) return [];
  const found: Chapter[] = [];
  for (const dir of readdirSync(root)) {
    const file = path.join(root, dir, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const scrollers: Record<string, string[]> = {};
    for (const section of html.split(/<section(?=[^>]*data-scrolly)/).slice(1)) {
      const id = /\sid="([^"]+)"/.exec(section)?.[1];
      const body = section.slice(0, section.indexOf('</section>'));
      if (id) scrollers[id] = [...body.matchAll(/<div class="step"[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
    }
    if (Object.keys(scrollers).length) found.push({ page: `/${lang}/${dir}/`, scrollers });
  }
  return found;
}
