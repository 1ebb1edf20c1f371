/**
 * A chapter file parsed as the MDX build parses it (src/lib/build/parseChapter.ts) and put through the build's
 * chapter check, for tests that need what a chapter shows without building the site. The charts a chapter shows,
 * with their states, are src/charts/testing.ts's chartsShownIn.
 */
import { readFileSync } from 'node:fs';
import { parseChapter } from '../../src/lib/build/parseChapter';
import { checkChapterTree, type ChapterCheckResult } from '../../src/lib/build/remarkStoryComponents';

export function checkChapterFile(file: string): ChapterCheckResult {
  return checkChapterTree(parseChapter(readFileSync(file, 'utf8')).tree, file);
}
