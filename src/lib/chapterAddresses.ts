/**
 * Every chapter's address read straight from content/chapters (file names and the frontmatter `slug`), for code
 * that runs outside the Astro build: the built-site reader the browser tests and the benchmark share, and tests.
 * The build itself reads the same fields through the content collection (src/lib/chapters.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { CHAPTER_FILE, chapterPath } from './chapterFile';

export interface ChapterAddress {
  lang: string;
  /** The file name's slug, the same in every language (`prison-population`). */
  key: string;
  /** The chapter's URL path (`/es/poblacion-penitenciaria/`). */
  url: string;
  /** The file name's address when the chapter is served elsewhere: a redirect to `url` (`/es/prison-population/`). */
  formerUrl?: string;
}

/** Every chapter of every language folder under `chapters`, in file order. */
export function chapterAddresses(chapters = path.resolve('content/chapters')): ChapterAddress[] {
  if (!existsSync(chapters)) return [];
  const found: ChapterAddress[] = [];
  for (const lang of readdirSync(chapters).sort()) {
    const dir = path.join(chapters, lang);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      const m = CHAPTER_FILE.exec(file);
      if (!m) continue;
      const key = m[2]!;
      const { frontmatter } = parseFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
      const slug = typeof frontmatter['slug'] === 'string' ? frontmatter['slug'] : undefined;
      const url = chapterPath(lang, key, slug);
      const former = chapterPath(lang, key);
      found.push({ lang, key, url, ...(former !== url ? { formerUrl: former } : {}) });
    }
  }
  return found;
}
