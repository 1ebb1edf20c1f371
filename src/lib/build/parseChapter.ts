/**
 * A chapter's Markdown tree exactly as the build's remark plugins receive it, without building anything.
 *
 * The MDX compiler (@mdx-js/mdx, which the site's unified processor runs) does one thing before the plugins see the
 * tree: a paragraph that holds only components, such as a one-line `<Step state={{...}}>Text</Step>`, is unwrapped
 * so the component stands on its own. Parsing with remark-mdx alone skips that step and would see such a step as
 * text inside a paragraph; so checks and tests parse through the compiler and stop as soon as the tree is ready.
 */
import { createProcessor } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';

let captured: Root | undefined;
const stop = new Error('tree captured');
const processor = createProcessor({
  remarkPlugins: [
    () => (tree: Root) => {
      captured = tree;
      throw stop;
    },
  ],
});

/** The tree of an MDX text (without frontmatter). A syntax error throws the compiler's message, with its line. */
export function parseMdx(text: string): Root {
  captured = undefined;
  try {
    // The processor's types describe its whole run (to JavaScript); the run stops at the Markdown tree.
    processor.runSync(processor.parse(text) as never);
  } catch (e) {
    if (e !== stop && !captured) throw e;
  }
  const tree = captured;
  captured = undefined;
  if (!tree) throw new Error('the MDX compiler returned no tree');
  return tree;
}

/** A chapter file's frontmatter and tree; the frontmatter is blanked, not removed, so lines keep their numbers. */
export function parseChapter(text: string): { frontmatter: Record<string, unknown>; tree: Root } {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  return { frontmatter, tree: parseMdx(content) };
}
