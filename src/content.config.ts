/**
 * The chapter collection, and the front page's lede. Chapters live in content/chapters/<lang>/NN-slug.mdx; the
 * same NN-slug exists in every language (a chapter's address in its language may differ: the frontmatter `slug`).
 * Bad frontmatter fails the build with a message naming the file and the field (the schema is in
 * src/lib/chapterFrontmatter.ts, shared with `npm run check:content`).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterFrontmatter } from './lib/chapterFrontmatter';

const chapters = defineCollection({
  // The id is always the file's path (es/02-prison-population), which pairs the languages' files: the glob
  // loader would otherwise take a frontmatter `slug` as the id.
  loader: glob({
    pattern: '*/[0-9][0-9]-*.mdx',
    base: './content/chapters',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: chapterFrontmatter,
});

// The front page's lede and lead chart, one file per language (content/front/<lang>.mdx): the same components as a
// chapter, checked the same way (no frontmatter: the headline and dek are the story's own, in content/i18n).
const front = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/front' }),
});

export const collections = { chapters, front };
