/**
 * The fields at the top of every chapter file. The content collection (src/content.config.ts) and the content
 * check (src/lib/build/contentChecks.ts) use this one schema, so both reject the same frontmatter.
 */
import { z } from 'astro/zod';

export const chapterFrontmatter = z
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
  .strict();
