/**
 * How long a chapter takes to read, for the front page's chapter cards: its words (prose, step cards, callouts and
 * quotes; each figure counts as one word) at a steady silent-reading pace, rounded up to whole minutes. Charts add
 * no time of their own: a reader looks at them while the step text scrolls past.
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { parseChapter } from './build/parseChapter';

/**
 * Words a minute. Silent reading of non-fiction by adults averages about 238 words a minute in English (Brysbaert,
 * "How many words do we read per minute?", Journal of Memory and Language, 2019); figures and names slow a reader,
 * so the estimate rounds down to 200, in both languages.
 */
export const WORDS_PER_MINUTE = 200;

/** The words a reader reads in an MDX text (frontmatter, component names and props left out). */
export function wordCount(mdx: string): number {
  const { tree } = parseChapter(mdx);
  let words = 0;
  visit(tree as Node, (node) => {
    const n = node as Node & { value?: string; name?: string | null };
    if (n.type === 'text' || n.type === 'inlineCode') words += (n.value ?? '').split(/\s+/).filter(Boolean).length;
    else if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Fact') words += 1;
  });
  return words;
}

/** Whole minutes to read an MDX text, at least one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.ceil(wordCount(mdx) / WORDS_PER_MINUTE));
}
