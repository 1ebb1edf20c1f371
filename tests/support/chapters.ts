/**
 * A chapter file parsed as the MDX build parses it (src/lib/build/parseChapter.ts) and put through the build's
 * chapter check, for tests that need what a chapter shows without building the site.
 */
import { readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import { parseChapter } from '../../src/lib/build/parseChapter';
import { checkChapterTree, evaluateLiteral, type ChapterCheckResult } from '../../src/lib/build/remarkStoryComponents';
import { chartStates, type ChartId } from '../../src/charts/states';

export function checkChapterFile(file: string): ChapterCheckResult {
  return checkChapterTree(parseChapter(readFileSync(file, 'utf8')).tree, file);
}

/** A scroller or figure of a chapter, with the full states the page shows. */
export interface ChartShown {
  /** The file and the element, for messages: "content/chapters/en/02-….mdx <Scrolly prison-population-1>". */
  where: string;
  chart: ChartId;
  /** A scroller's steps, as the build hands them to it; a figure's one state. */
  states: unknown[];
}

interface JsxElement {
  type: string;
  name?: string | null;
  attributes?: { name?: string; value?: unknown }[];
}

/** Every scroller and figure of a chapter file, in reading order, with the states its page shows. */
export function chartsShownIn(file: string): ChartShown[] {
  const { tree } = parseChapter(readFileSync(file, 'utf8'));
  // The check adds each scroller's parsed steps to its element (the `steps` prop), as in the build.
  checkChapterTree(tree, file);
  const found: ChartShown[] = [];
  visit(tree as never, (node: JsxElement) => {
    if (node.type !== 'mdxJsxFlowElement' || (node.name !== 'Scrolly' && node.name !== 'Figure')) return;
    const attr = (name: string) => node.attributes?.find((a) => a.name === name)?.value;
    const chart = attr('chart') as ChartId;
    if (node.name === 'Scrolly') {
      found.push({
        where: `${file} <Scrolly ${String(attr('id'))}>`,
        chart,
        states: JSON.parse(attr('steps') as string),
      });
      return;
    }
    // As Figure.astro does: the named view (or the defaults) with the figure's own state over it.
    const spec = chartStates[chart];
    const view = attr('view') as string | undefined;
    const own = attr('state') as { data?: { estree?: { body: never[] } } } | undefined;
    const base = view === undefined ? spec.defaults : (spec.views as Record<string, object>)[view];
    const extra = own?.data?.estree?.body[0] ? (evaluateLiteral(own.data.estree.body[0]) as object) : {};
    found.push({ where: `${file} <Figure ${chart}>`, chart, states: [spec.parse({ ...base, ...extra })] });
  });
  return found;
}
