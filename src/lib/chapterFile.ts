/**
 * The form of a chapter's file name and address, in a module of its own so that command-line scripts run by plain
 * Node (`npm run new:chapter`) can use it without loading the data module, which only Vite can load.
 */

/** NN-slug.mdx: two digits for the position, then the URL slug in lowercase letters, digits and hyphens. */
export const CHAPTER_FILE = /^(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** A URL slug: lowercase ASCII letters and digits in words joined by single hyphens ("poblacion-penitenciaria"). */
export const CHAPTER_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Pages under /<lang>/ that are not chapters: a chapter's slug (or its file name's, which stays a redirect when
 * the slug differs) must not take their address.
 */
export const RESERVED_SLUGS: readonly string[] = ['sources', 'charts', 'corrections', 'embed-preview'];

/**
 * A chapter's address in its language: the frontmatter `slug` when it has one (Spanish chapters have Spanish
 * slugs), else the file name's. The file name's slug stays the chapter's key: it pairs the two languages' files
 * and is what the corrections log names.
 */
export function chapterPath(lang: string, key: string, slug?: string): string {
  return `/${lang}/${slug ?? key}/`;
}
