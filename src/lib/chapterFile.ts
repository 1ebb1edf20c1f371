/**
 * The form of a chapter's file name, in a module of its own so that command-line scripts run by plain Node
 * (`npm run new:chapter`) can use it without loading the data module, which only Vite can load.
 */

/** NN-slug.mdx: two digits for the position, then the URL slug in lowercase letters, digits and hyphens. */
export const CHAPTER_FILE = /^(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
