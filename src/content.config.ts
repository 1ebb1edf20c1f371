/**
 * The chapter collection. Chapters live in content/chapters/<lang>/NN-slug.mdx; the same NN-slug exists in every
 * language. Bad frontmatter fails the build with Astro's message naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const chapters = defineCollection({
  loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: './content/chapters' }),
  schema: z
    .object({
      /** Chapter headline. */
      title: z.string().min(3),
      /** One or two sentences under the headline; also the page description for search and sharing. */
      dek: z.string().min(20).max(300),
      /** Short label for navigation between chapters. */
      navTitle: z.string().min(2).max(40),
      /** First publication of this chapter. */
      published: z.coerce.date(),
      /** Last substantive update, if any. */
      updated: z.coerce.date().optional(),
    })
    .strict(),
});

export const collections = { chapters };
