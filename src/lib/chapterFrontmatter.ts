/**
 * The fields at the top of every chapter file. The content collection (src/content.config.ts) and the content
 * check (src/lib/build/contentChecks.ts) use this one schema, so both reject the same frontmatter.
 */
import { z } from 'astro/zod';
import { CHAPTER_SLUG } from './chapterFile';

export const chapterFrontmatter = z
  .object({
    /** Chapter headline. */
    title: z.string().min(3),
    /** One or two sentences under the headline; also the page description for search and sharing. */
    dek: z.string().min(20).max(300),
    /**
     * The chapter's address in this language (`/es/<slug>/`), when it is not the file name's: Spanish chapters
     * have Spanish slugs. The file name's address then redirects here.
     */
    slug: z
      .string()
      .regex(CHAPTER_SLUG, {
        message:
          'must be lowercase letters a-z without accents, digits and single hyphens, like "poblacion-penitenciaria"',
      })
      .optional(),
    /** Short label for navigation between chapters. */
    navTitle: z.string().min(2).max(40),
    /** First publication of this chapter. */
    published: z.coerce.date(),
    /** Last substantive update, if any. */
    updated: z.coerce.date().optional(),
  })
  .strict();
