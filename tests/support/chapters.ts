/**
 * A chapter file parsed as the MDX build parses it (remark-parse with remark-mdx) and put through the build's
 * chapter check, for tests that need what a chapter shows without building the site.
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { checkChapterTree, type ChapterCheckResult } from '../../src/lib/build/remarkStoryComponents';

export function checkChapterFile(file: string): ChapterCheckResult {
  // remark-parse does not read frontmatter; blank it out, keeping line numbers.
  const text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/[^\n]/g, ''));
  return checkChapterTree(unified().use(remarkParse).use(remarkMdx).parse(text), file);
}
