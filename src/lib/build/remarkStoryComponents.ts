/**
 * Remark plugin that checks every chapter's use of the story components at build time.
 *
 * Chapters may use only the components in src/components/mdx (see ALLOWED below) and may not import anything:
 * that keeps what an editor can write small and documented. For each component it checks the props against the
 * data module and the chart registry, so a wrong chart name, an invalid state or an unknown fact id fails the
 * build with the chapter file, the line, and the allowed values (or the closest fact ids).
 *
 * It also places one note marker after each sentence that quotes figures (src/lib/build/noteGroups.ts) and stores
 * the notes (`notes`: each marker's figures) and the ordered fact ids (`factIds`) in the chapter's frontmatter, so
 * the page can print the numbered notes the markers open; and it stores the charts the chapter shows (`charts`),
 * for the embed pages' links back to the story. Pages read them with `render(entry)`, as
 * `remarkPluginFrontmatter`: the chapters are parsed once, by the MDX build.
 */
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { FACT_IDS, FACT_IDS_IN_FILES, facts } from '../../data/facts';
import { chartStates, CHART_IDS, isChartId, type ChartId } from '../../charts/states';
import { closest } from '../closest';
import { groupNotes, type NoteGroup } from './noteGroups';

/** Components a chapter may use, and the props each accepts (required ones first). */
export const ALLOWED: Record<string, { required: string[]; optional: string[] }> = {
  Fact: { required: ['id'], optional: ['show'] },
  Scrolly: { required: ['chart'], optional: ['id'] },
  Step: { required: ['state'], optional: ['id'] },
  Figure: { required: ['chart'], optional: ['state', 'view'] },
  Callout: { required: [], optional: ['title'] },
  PullQuote: { required: ['cite'], optional: [] },
};

/** One problem in a chapter, printed as `file:line: problem`. */
export class ChapterError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'ChapterError';
  }
}

/** Several problems in one chapter, one `file:line: problem` per line. */
export class ChapterErrors extends Error {
  constructor(readonly problems: ChapterError[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'ChapterErrors';
  }
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string; data?: { estree?: EstreeProgram } };
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: JsxNode[];
  position?: { start: { line: number } };
}
interface EstreeNode {
  type: string;
  [key: string]: unknown;
}
interface EstreeProgram {
  body: EstreeNode[];
}

/**
 * Evaluates a JSX attribute expression that must be plain data (objects, arrays, strings, numbers, booleans,
 * null, negative numbers). Anything else (variables, calls) is refused: states must be readable as written.
 */
export function evaluateLiteral(node: EstreeNode): unknown {
  switch (node.type) {
    case 'ExpressionStatement':
      return evaluateLiteral(node['expression'] as EstreeNode);
    case 'Literal':
      return node['value'];
    case 'TemplateLiteral': {
      const quasis = node['quasis'] as { value: { cooked: string } }[];
      if ((node['expressions'] as unknown[]).length > 0) throw new Error('template strings with ${} are not allowed');
      return quasis.map((q) => q.value.cooked).join('');
    }
    case 'UnaryExpression':
      if (node['operator'] === '-') return -(evaluateLiteral(node['argument'] as EstreeNode) as number);
      break;
    case 'ArrayExpression':
      return (node['elements'] as EstreeNode[]).map((e) => evaluateLiteral(e));
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of node['properties'] as EstreeNode[]) {
        if (p.type !== 'Property' || p['computed']) throw new Error('only plain "key: value" pairs are allowed');
        const key = p['key'] as EstreeNode;
        const name = key.type === 'Identifier' ? (key['name'] as string) : String(key['value']);
        out[name] = evaluateLiteral(p['value'] as EstreeNode);
      }
      return out;
    }
  }
  throw new Error(`a plain value is expected (text, number, list or {key: value}); found a ${node.type}`);
}

function attributeValue(attr: JsxAttribute): unknown {
  const v = attr.value;
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v;
  const program = v.data?.estree;
  if (!program || program.body.length !== 1) throw new Error('expected a single value in { }');
  return evaluateLiteral(program.body[0]!);
}

/** A chart as a chapter shows it, in reading order. */
export interface ChartUse {
  chart: string;
  /** The named view of a <Figure view="...">, if any. */
  view?: string;
  /** Fragment id of the chart in the chapter page: a scroller's id (else `<chart>-<n>`), a figure's chart id. */
  anchor: string;
  /** A scroller's step ids, in order (a step's own `id`, else `<scroller id>-<n>`, as Step.astro sets them). */
  steps?: string[];
}

export interface ChapterCheckResult {
  factIds: string[];
  /** The chapter's notes in reading order: one per marker, listing the figures of its sentence(s). */
  notes: NoteGroup[];
  charts: ChartUse[];
}

/**
 * Checks one parsed chapter tree; throws ChapterError if there is one problem, ChapterErrors if there are more.
 */
export function checkChapterTree(tree: unknown, file: string): ChapterCheckResult {
  const { errors, ...result } = collectChapterProblems(tree, file);
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new ChapterErrors(errors);
  return result;
}

/**
 * Checks one parsed chapter tree and lists every problem, in reading order: one per element (an element's
 * first problem hides the rest of that element's, which usually follow from it), one per step of a scroller.
 */
export function collectChapterProblems(tree: unknown, file: string): ChapterCheckResult & { errors: ChapterError[] } {
  const errors: ChapterError[] = [];
  // A step is checked twice, by its scroller (its state) and as an element (its props): report it once.
  const failed = new Set<unknown>();
  /** Runs one element's checks, recording the first problem instead of stopping the whole chapter. */
  const each = (node: unknown, check: () => void) => {
    if (failed.has(node)) return;
    try {
      check();
    } catch (e) {
      if (!(e instanceof ChapterError)) throw e;
      errors.push(e);
      failed.add(node);
    }
  };
  const factIds: string[] = [];
  const charts: ChartUse[] = [];
  // Attributes added to a <Step> are applied after the walk: the walk reaches each Step after its Scrolly, and
  // would otherwise reject the added "chart" and "index" as props the editor wrote.
  const stepAttributes: [JsxNode, JsxAttribute[]][] = [];
  const fail = (node: { position?: { start: { line: number } } } | undefined, message: string): never => {
    throw new ChapterError(file, node?.position?.start.line, message);
  };

  visit(tree as never, (node: { type: string; position?: { start: { line: number } }; value?: string }) =>
    each(node, () => {
      if (node.type === 'mdxjsEsm') {
        fail(node, 'chapters may not import or export anything; the story components are available without imports.');
      }
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        const text = (node.value ?? '').trim();
        // MDX comments ({/* ... */}) are fine; any other expression could compute a number outside the data module.
        if (!/^\/\*[\s\S]*\*\/$/.test(text))
          fail(
            node,
            `expressions in { } are not allowed in chapters (found {${text}}). Use <Fact id="..."/> for figures.`,
          );
      }
    }),
  );

  let scrollyCount = 0;
  visit(tree as never, (raw: unknown) =>
    each(raw, () => {
      const node = raw as JsxNode;
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name ?? '';
      if (/^[a-z]/.test(name)) {
        fail(
          node,
          `raw HTML element <${name}> is not allowed in chapters; use Markdown or one of: ${Object.keys(ALLOWED).join(', ')}.`,
        );
      }
      const spec = ALLOWED[name];
      if (!spec) fail(node, `unknown component <${name}>. Chapters may use: ${Object.keys(ALLOWED).join(', ')}.`);
      const props: Record<string, unknown> = {};
      for (const attr of node.attributes) {
        if (attr.type !== 'mdxJsxAttribute' || !attr.name) fail(node, `<${name}> does not accept spread props.`);
        if (![...spec!.required, ...spec!.optional].includes(attr.name!)) {
          fail(
            node,
            `<${name}> has no prop "${attr.name}". Allowed props: ${[...spec!.required, ...spec!.optional].join(', ')}.`,
          );
        }
        try {
          props[attr.name!] = attributeValue(attr);
        } catch (e) {
          fail(node, `<${name} ${attr.name}=...>: ${(e as Error).message}`);
        }
      }
      for (const req of spec!.required) if (!(req in props)) fail(node, `<${name}> needs the prop "${req}".`);

      if (name === 'Fact') {
        const id = props['id'];
        if (typeof id !== 'string' || !FACT_IDS_IN_FILES.has(id)) {
          fail(
            node,
            `unknown fact id ${JSON.stringify(id)}. Closest fact ids: ${closest(String(id), FACT_IDS).join(', ')}. Every fact is listed at the end of content/README.md; new ones go in content/data/facts.yaml.`,
          );
        }
        const show = props['show'];
        if (show !== undefined && show !== 'value' && show !== 'date') {
          fail(node, `<Fact show=...> must be "value" (the default) or "date"; got ${JSON.stringify(show)}.`);
        }
        factIds.push(id as string);
      }
      if (name === 'Scrolly' || name === 'Figure') {
        const chart = props['chart'];
        if (!isChartId(chart)) {
          fail(node, `unknown chart ${JSON.stringify(chart)}. Allowed charts: ${CHART_IDS.join(', ')}.`);
        }
        const states = chartStates[chart as ChartId];
        if (name === 'Figure') {
          const view = props['view'];
          if (view !== undefined && !(typeof view === 'string' && view in states.views)) {
            fail(
              node,
              `chart "${String(chart)}" has no view ${JSON.stringify(view)}. Views: ${Object.keys(states.views).join(', ')}.`,
            );
          }
          charts.push({ chart: String(chart), anchor: String(chart), ...(typeof view === 'string' ? { view } : {}) });
          try {
            const base = typeof view === 'string' ? (states.views as Record<string, object>)[view] : {};
            const own = props['state'];
            const isPlainObject = typeof own === 'object' && own !== null && !Array.isArray(own);
            // A state that is not an object (e.g. state="x") goes to the parser as is, for its clear message.
            states.parse(own === undefined || isPlainObject ? { ...base, ...(own as object | undefined) } : own);
          } catch (e) {
            fail(node, (e as Error).message);
          }
        } else {
          const steps = node.children.filter((c) => c.type === 'mdxJsxFlowElement');
          if (steps.length === 0) fail(node, '<Scrolly> needs at least one <Step state={{...}}> inside it.');
          scrollyCount += 1;
          const scrollyId = typeof props['id'] === 'string' ? props['id'] : `${String(chart)}-${scrollyCount}`;
          const stepStates: unknown[] = [];
          const stepIds: string[] = [];
          charts.push({ chart: String(chart), anchor: scrollyId, steps: stepIds });
          steps.forEach((step, index) =>
            each(step, () => {
              if (step.name !== 'Step') fail(step, `<Scrolly> may contain only <Step> elements, found <${step.name}>.`);
              const stateAttr = step.attributes.find((a) => a.name === 'state');
              const idAttr = step.attributes.find((a) => a.name === 'id');
              stepIds.push(idAttr && typeof idAttr.value === 'string' ? idAttr.value : `${scrollyId}-${index + 1}`);
              try {
                stepStates.push(states.parse(stateAttr ? attributeValue(stateAttr) : undefined));
              } catch (e) {
                fail(step, (e as Error).message);
              }
              // Each step learns its chart and position, so it can render its own static chart for readers without
              // JavaScript and a stable id for its URL fragment.
              stepAttributes.push([
                step,
                [
                  { type: 'mdxJsxAttribute', name: 'chart', value: String(chart) },
                  { type: 'mdxJsxAttribute', name: 'index', value: String(index) },
                  { type: 'mdxJsxAttribute', name: 'scrolly', value: scrollyId },
                ],
              ]);
            }),
          );
          // The scroller needs every step's full state up front, to hydrate its chart island with all of them.
          const scrollyAttributes: JsxAttribute[] = [
            { type: 'mdxJsxAttribute', name: 'steps', value: JSON.stringify(stepStates) },
          ];
          if (props['id'] === undefined)
            scrollyAttributes.push({ type: 'mdxJsxAttribute', name: 'id', value: scrollyId });
          stepAttributes.push([node, scrollyAttributes]);
        }
      }
    }),
  );
  for (const [step, attributes] of stepAttributes) step.attributes.push(...attributes);
  // Markers are added after the walk, which would otherwise reject <NoteRef> as a component editors may not use.
  const notes = groupNotes(tree, (id) => (id in facts ? facts[id as keyof typeof facts].sources : []));
  return { factIds: [...new Set(factIds)], notes, charts, errors };
}

/** The remark plugin itself: checks the tree and passes the fact order and charts to pages through frontmatter. */
export function remarkStoryComponents() {
  return (tree: unknown, file: { path?: string; data: Record<string, unknown> }) => {
    const relative = file.path ? path.relative(process.cwd(), file.path) : '(unknown chapter file)';
    // Chapters and the front page's lede are held to the chapter rules; other MDX (e.g. docs pages) is left alone.
    if (!relative.startsWith(`content${path.sep}chapters`) && !relative.startsWith(`content${path.sep}front`)) return;
    const { factIds, notes, charts } = checkChapterTree(tree, relative);
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...(astro.frontmatter ?? {}), factIds, notes, charts };
  };
}
