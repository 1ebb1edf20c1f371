/**
 * The build-time chapter check (src/lib/build/remarkStoryComponents.ts). Chapters are parsed the way the MDX build
 * parses them (src/lib/build/parseChapter.ts), then checked. Each failing case is a mistake an editor can make, with
 * the message the build prints: the file and line, what is wrong, and what is allowed instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import {
  ALLOWED,
  ChapterError,
  ChapterErrors,
  checkChapterTree,
  collectChapterProblems,
  evaluateLiteral,
  remarkStoryComponents,
} from '../../src/lib/build/remarkStoryComponents';
import { CHART_IDS, chartStates } from '../../src/charts/states';
import { OCCUPANT_COUNTS } from '../../src/charts/CecotCell/state';
import { closest } from '../../src/lib/closest';
import { FACT_IDS } from '../../src/data/facts';
import { parseChapter, parseMdx } from '../../src/lib/build/parseChapter';

const FILE = 'content/chapters/en/99-test.mdx';
const COMPONENTS = Object.keys(ALLOWED).join(', ');

function parse(mdx: string): Root {
  return parseMdx(mdx);
}

/** The message the check fails with (and that it is a ChapterError), or a test failure if it passes. */
function failure(mdx: string): string {
  try {
    checkChapterTree(parse(mdx), FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ChapterError);
    return (e as Error).message;
  }
  throw new Error(`expected the chapter to be rejected:\n${mdx}`);
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
function elements(tree: Root, name: string): JsxElement[] {
  const found: JsxElement[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name)
      found.push(node);
  });
  return found;
}
function attribute(node: JsxElement, name: string): unknown {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attr?.value;
}

describe('chapters that fail the build', () => {
  const intro = 'A first paragraph.\n\n';
  const cases: { mistake: string; mdx: string; message: string | RegExp }[] = [
    {
      mistake: 'unknown fact id',
      mdx: `${intro}They sent <Fact id="men-sent-to-cecott"/> men.`,
      message: `${FILE}:3: unknown fact id "men-sent-to-cecott". Closest fact ids: ${closest('men-sent-to-cecott', FACT_IDS).join(', ')}. Every fact is listed at the end of content/README.md; new ones go in content/data/facts.yaml.`,
    },
    {
      mistake: 'fact id that is not text',
      mdx: `${intro}They sent <Fact id={261}/> men.`,
      message: new RegExp(`^${FILE}:3: unknown fact id 261\\. Closest fact ids: `),
    },
    {
      mistake: 'unknown chart in <Scrolly>',
      mdx: `${intro}<Scrolly chart="cecot-cells">\n<Step state={{}}>\nText.\n</Step>\n</Scrolly>`,
      message: `${FILE}:3: unknown chart "cecot-cells". Allowed charts: ${CHART_IDS.join(', ')}.`,
    },
    {
      mistake: 'unknown chart in <Figure>',
      mdx: `${intro}<Figure chart="homicides"/>`,
      message: `${FILE}:3: unknown chart "homicides". Allowed charts: ${CHART_IDS.join(', ')}.`,
    },
    {
      mistake: 'invalid <Step> state value',
      mdx: `${intro}<Scrolly chart="cecot-cell">\n<Step state={{occupants: 80}}>\nEighty.\n</Step>\n<Step state={{occupants: 73}}>\nSeventy-three.\n</Step>\n</Scrolly>`,
      message: `${FILE}:7: Invalid state for chart "cecot-cell": "occupants" must be one of ${OCCUPANT_COUNTS.join(', ')}; got 73`,
    },
    {
      mistake: 'unknown key in a <Step> state',
      mdx: `${intro}<Scrolly chart="crackdown-context">\n<Step state={{measures: "arrests"}}>\nText.\n</Step>\n</Scrolly>`,
      message: new RegExp(
        `^${FILE}:4: Invalid state for chart "crackdown-context": "measures" is not a state key; allowed keys: measure \\(one of "arrests", "homicides", "both"\\); years `,
      ),
    },
    {
      mistake: '<Step> state given as a variable',
      mdx: `${intro}<Scrolly chart="cecot-cell">\n<Step state={reported80}>\nText.\n</Step>\n</Scrolly>`,
      message: `${FILE}:4: a plain value is expected (text, number, list or {key: value}); found a Identifier`,
    },
    {
      mistake: '<Scrolly> without steps',
      mdx: `${intro}<Scrolly chart="cecot-cell">\nJust text.\n</Scrolly>`,
      message: `${FILE}:3: <Scrolly> needs at least one <Step state={{...}}> inside it.`,
    },
    {
      mistake: '<Scrolly> containing something other than <Step>',
      mdx: `${intro}<Scrolly chart="cecot-cell">\n<Callout title="x">\nText.\n</Callout>\n</Scrolly>`,
      message: `${FILE}:4: <Scrolly> may contain only <Step> elements, found <Callout>.`,
    },
    {
      mistake: 'invalid <Figure> state',
      mdx: `${intro}<Figure chart="deaths-in-custody" state={{counters: ["sjh", "hrw"]}}/>`,
      message: `${FILE}:3: Invalid state for chart "deaths-in-custody": "counters" has unknown value "hrw"; allowed: "sjh", "cristosal", "movir", "official", "amnesty"`,
    },
    {
      mistake: '<Figure> state given as text',
      mdx: `${intro}<Figure chart="cecot-cell" state="reported-80"/>`,
      message: new RegExp(`^${FILE}:3: Invalid state for chart "cecot-cell": `),
    },
    {
      mistake: 'unknown <Figure> view',
      mdx: `${intro}<Figure chart="cecot-cell" view="reported-73"/>`,
      message: `${FILE}:3: chart "cecot-cell" has no view "reported-73". Views: ${Object.keys(chartStates['cecot-cell'].views).join(', ')}.`,
    },
    {
      mistake: 'unknown component',
      mdx: `${intro}<Foo/>`,
      message: `${FILE}:3: unknown component <Foo>. Chapters may use: Fact, Scrolly, Step, Figure, Callout, PullQuote.`,
    },
    {
      mistake: 'unknown component inline',
      mdx: `${intro}Some <Chart id="x"/> inline.`,
      message: `${FILE}:3: unknown component <Chart>. Chapters may use: ${COMPONENTS}.`,
    },
    {
      mistake: 'raw HTML block',
      mdx: `${intro}<div>\nHello.\n</div>`,
      message: `${FILE}:3: raw HTML element <div> is not allowed in chapters; use Markdown or one of: ${COMPONENTS}.`,
    },
    {
      mistake: 'raw HTML inline',
      mdx: `${intro}Some <span>styled</span> text.`,
      message: `${FILE}:3: raw HTML element <span> is not allowed in chapters; use Markdown or one of: ${COMPONENTS}.`,
    },
    {
      mistake: 'import statement',
      mdx: `${intro}import Chart from '../../src/charts/Chart.svelte';\n\nText.`,
      message: `${FILE}:3: chapters may not import or export anything; the story components are available without imports.`,
    },
    {
      mistake: 'export statement',
      mdx: `${intro}export const total = 261;\n\nText.`,
      message: `${FILE}:3: chapters may not import or export anything; the story components are available without imports.`,
    },
    {
      mistake: 'expression block',
      mdx: `${intro}{1+1}`,
      message: `${FILE}:3: expressions in { } are not allowed in chapters (found {1+1}). Use <Fact id="..."/> for figures.`,
    },
    {
      mistake: 'inline expression',
      mdx: `${intro}They sent {238 + 23} men.`,
      message: `${FILE}:3: expressions in { } are not allowed in chapters (found {238 + 23}). Use <Fact id="..."/> for figures.`,
    },
    {
      mistake: 'missing required prop on <Fact>',
      mdx: `${intro}They sent <Fact/> men.`,
      message: `${FILE}:3: <Fact> needs the prop "id".`,
    },
    {
      mistake: 'missing required prop on <Scrolly>',
      mdx: `${intro}<Scrolly>\n<Step state={{}}>\nText.\n</Step>\n</Scrolly>`,
      message: `${FILE}:3: <Scrolly> needs the prop "chart".`,
    },
    {
      mistake: 'missing required prop on <Step>',
      mdx: `${intro}<Step>\nText.\n</Step>`,
      message: `${FILE}:3: <Step> needs the prop "state".`,
    },
    {
      mistake: 'missing required prop on <PullQuote>',
      mdx: `${intro}<PullQuote>\nWords.\n</PullQuote>`,
      message: `${FILE}:3: <PullQuote> needs the prop "cite".`,
    },
    {
      mistake: 'unknown prop',
      mdx: `${intro}They sent <Fact id="men-sent-to-cecot" format="short"/> men.`,
      message: `${FILE}:3: <Fact> has no prop "format". Allowed props: id, show.`,
    },
    {
      mistake: 'unknown prop on <Figure>',
      mdx: `${intro}<Figure chart="cecot-cell" title="A cell"/>`,
      message: `${FILE}:3: <Figure> has no prop "title". Allowed props: ${[...ALLOWED['Figure']!.required, ...ALLOWED['Figure']!.optional].join(', ')}.`,
    },
    {
      mistake: 'spread props',
      mdx: `${intro}They sent <Fact {...props}/> men.`,
      message: `${FILE}:3: <Fact> does not accept spread props.`,
    },
    {
      mistake: 'a computed prop value',
      mdx: `${intro}<Figure chart="cecot-cell" state={makeState(80)}/>`,
      message: `${FILE}:3: <Figure state=...>: a plain value is expected (text, number, list or {key: value}); found a CallExpression`,
    },
  ];

  it.each(cases)('$mistake', ({ mdx, message }) => {
    if (typeof message === 'string') expect(failure(mdx)).toBe(message);
    else expect(failure(mdx)).toMatch(message);
  });

  it('an error without a position names the file only', () => {
    expect(new ChapterError('chapter.mdx', undefined, 'something is wrong').message).toBe(
      'chapter.mdx: something is wrong',
    );
    expect(new ChapterError('chapter.mdx', 12, 'something is wrong').message).toBe(
      'chapter.mdx:12: something is wrong',
    );
  });
});

describe('a valid chapter', () => {
  const mdx = [
    'On <Fact id="transfer-date"/>, planes landed with <Fact id="men-sent-to-cecot"/> men.', // 1
    '',
    'On <Fact id="transfer-date"/> El Salvador was promised <Fact id="us-payment"/>.', // 3
    '',
    '<Callout title="How to read the figures">', // 5
    'Of them, <Fact id="venezuelans-sent"/> were Venezuelans.',
    '</Callout>',
    '',
    '{/* Editors may leave comments like this one. */}',
    '',
    '<Scrolly chart="cecot-cell" id="cell">',
    '<Step state={{occupants: 80}}>',
    'Eighty people.',
    '</Step>',
    '<Step state={{occupants: 100, scale: "prison"}} id="whole-prison">',
    'The whole prison.',
    '</Step>',
    '</Scrolly>',
    '',
    '<Figure chart="deaths-in-custody" view="first-year"/>',
    '',
    '<Figure chart="prison-population" state={{window: [1992, 2019], series: ["wpb", "government"]}}/>',
    '',
    '<PullQuote cite="AP">',
    'A quotation.',
    '</PullQuote>',
  ].join('\n');

  it('passes and lists its facts in order of first appearance, without duplicates', () => {
    expect(checkChapterTree(parse(mdx), FILE).factIds).toEqual([
      'transfer-date',
      'men-sent-to-cecot',
      'us-payment',
      'venezuelans-sent',
    ]);
  });

  it('places one note marker after each sentence with figures, and leaves the figures unnumbered', () => {
    const tree = parse(mdx);
    const { notes } = checkChapterTree(tree, FILE);
    expect(elements(tree, 'Fact').map((f) => attribute(f, 'n'))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(elements(tree, 'NoteRef').map((r) => [attribute(r, 'n'), attribute(r, 'facts')])).toEqual([
      ['1', 'transfer-date men-sent-to-cecot'],
      ['2', 'transfer-date us-payment'],
      ['3', 'venezuelans-sent'],
    ]);
    expect(notes.map((n) => n.facts)).toEqual([
      ['transfer-date', 'men-sent-to-cecot'],
      ['transfer-date', 'us-payment'],
      ['venezuelans-sent'],
    ]);
  });

  it('tells each <Step> its chart and position', () => {
    const tree = parse(mdx);
    checkChapterTree(tree, FILE);
    expect(
      elements(tree, 'Step').map((s) => [attribute(s, 'chart'), attribute(s, 'index'), attribute(s, 'id')]),
    ).toEqual([
      ['cecot-cell', '0', undefined],
      ['cecot-cell', '1', 'whole-prison'],
    ]);
  });

  it('reads a one-line <Step> as a step, as the MDX compiler does (the guide writes them so)', () => {
    const oneLine = [
      '<Scrolly chart="cecot-cell" id="cell">',
      '  <Step state={{ occupants: 80 }}>Eighty people.</Step>',
      '  <Step state={{ occupants: 100 }} id="full">A hundred.</Step>',
      '</Scrolly>',
    ].join('\n');
    expect(checkChapterTree(parse(oneLine), FILE).charts).toEqual([
      { chart: 'cecot-cell', anchor: 'cell', steps: ['cell-1', 'full'] },
    ]);
  });

  it('lists every problem of a chapter, one element at a time, in reading order', () => {
    const mdx = [
      'One <Fact id="men-sent"/> and <Facts id="x"/>.',
      '',
      '<Scrolly chart="cecot-cell">',
      '<Step state={{ occupants: 81 }}>A.</Step>',
      '<Step state={{ colour: "red" }}>B.</Step>',
      '</Scrolly>',
    ].join('\n');
    const { errors } = collectChapterProblems(parse(mdx), FILE);
    expect(errors.map((e) => `${e.line}: ${e.problem.slice(0, 25)}`)).toEqual([
      '1: unknown fact id "men-sent',
      '1: unknown component <Facts>',
      '4: Invalid state for chart "',
      '5: Invalid state for chart "',
    ]);
    expect(() => checkChapterTree(parse(mdx), FILE)).toThrow(ChapterErrors);
  });

  it('accepts every named view of every chart in a <Figure>', () => {
    const figures = CHART_IDS.flatMap((chart) =>
      Object.keys(chartStates[chart].views).map((view) => `<Figure chart="${chart}" view="${view}"/>`),
    );
    expect(() => checkChapterTree(parse(figures.join('\n\n')), FILE)).not.toThrow();
  });

  it('accepts a chapter with no components at all', () => {
    expect(
      checkChapterTree(parse('# A heading\n\nJust *Markdown*, with a [link](https://example.org).'), FILE),
    ).toEqual({ factIds: [], notes: [], charts: [] });
  });
});

describe('the published chapters', () => {
  const root = path.join(process.cwd(), 'content', 'chapters');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s passes the check', (file) => {
    const { factIds } = checkChapterTree(parseChapter(readFileSync(path.join(root, file), 'utf8')).tree, file);
    for (const id of factIds) expect(FACT_IDS).toContain(id);
  });
});

describe('remarkStoryComponents (the plugin)', () => {
  const run = (mdx: string, relativePath: string | undefined, data: Record<string, unknown> = {}) => {
    const file = { path: relativePath === undefined ? undefined : path.join(process.cwd(), relativePath), data };
    remarkStoryComponents()(parse(mdx), file);
    return file;
  };

  it('passes a chapter’s fact order and notes to the page through its frontmatter, keeping what was there', () => {
    const file = run(
      '<Fact id="us-payment"/> and <Fact id="men-sent-to-cecot"/>.',
      path.join('content', 'chapters', 'en', '99-test.mdx'),
      {
        astro: { frontmatter: { title: 'Test' } },
      },
    );
    expect(file.data['astro']).toEqual({
      frontmatter: {
        title: 'Test',
        factIds: ['us-payment', 'men-sent-to-cecot'],
        notes: [{ n: 1, facts: ['us-payment', 'men-sent-to-cecot'], marker: 1 }],
        charts: [],
      },
    });
  });

  it('fails a chapter with the path relative to the project', () => {
    expect(() => run('<Foo/>', path.join('content', 'chapters', 'en', '99-test.mdx'))).toThrow(
      `${path.join('content', 'chapters', 'en', '99-test.mdx')}:1: unknown component <Foo>.`,
    );
  });

  it.each([path.join('src', 'pages', 'about.mdx'), undefined])('leaves MDX outside the chapters alone (%s)', (file) => {
    expect(run('<div>{1+1}</div>', file).data).toEqual({});
  });
});

describe('evaluateLiteral: attribute values must be plain data', () => {
  /** The estree of an attribute expression, as remark-mdx produces it. */
  function estreeOf(expression: string): Parameters<typeof evaluateLiteral>[0] {
    const [callout] = elements(parse(`<Callout title={${expression}}/>`), 'Callout');
    const value = callout!.attributes[0]!.value as {
      data?: { estree?: { body: Parameters<typeof evaluateLiteral>[0][] } };
    };
    return value.data!.estree!.body[0]!;
  }

  it.each([
    { source: '"text"', value: 'text' },
    { source: '42', value: 42 },
    { source: '-5', value: -5 },
    { source: '-2.5', value: -2.5 },
    { source: 'true', value: true },
    { source: 'null', value: null },
    { source: '`plain template`', value: 'plain template' },
    { source: '[1, "two", false, null]', value: [1, 'two', false, null] },
    { source: '[-1, -2]', value: [-1, -2] },
    { source: '{}', value: {} },
    { source: '{occupants: 80, scale: "prison"}', value: { occupants: 80, scale: 'prison' } },
    { source: '{"quoted-key": 1, 2: "two"}', value: { 'quoted-key': 1, '2': 'two' } },
    {
      source: '{window: [1992, 2019], series: ["wpb", "government"], nested: {deep: [-1]}}',
      value: { window: [1992, 2019], series: ['wpb', 'government'], nested: { deep: [-1] } },
    },
  ])('{$source} → $value', ({ source, value }) => {
    expect(evaluateLiteral(estreeOf(source))).toEqual(value);
  });

  it.each([
    {
      source: 'reported80',
      message: 'a plain value is expected (text, number, list or {key: value}); found a Identifier',
    },
    { source: 'makeState(80)', message: 'found a CallExpression' },
    { source: '1 + 1', message: 'found a BinaryExpression' },
    { source: '!true', message: 'found a UnaryExpression' },
    { source: '-x', message: 'found a Identifier' },
    { source: 'states.cell', message: 'found a MemberExpression' },
    { source: '[1, count]', message: 'found a Identifier' },
    { source: '{occupants: n}', message: 'found a Identifier' },
    { source: '{...base}', message: 'only plain "key: value" pairs are allowed' },
    { source: '{[key]: 1}', message: 'only plain "key: value" pairs are allowed' },
    { source: '`${n} people`', message: 'template strings with ${} are not allowed' },
  ])('rejects {$source}', ({ source, message }) => {
    expect(() => evaluateLiteral(estreeOf(source))).toThrow(message);
  });
});

describe('<Fact show>', () => {
  it('accepts "value" and "date" and rejects anything else', async () => {
    const { checkChapterTree } = await import('../../src/lib/build/remarkStoryComponents');
    expect(() => checkChapterTree(parse('A <Fact id="deaths-sjh-latest" show="date"/>.'), 'x.mdx')).not.toThrow();
    expect(() => checkChapterTree(parse('A <Fact id="deaths-sjh-latest" show="value"/>.'), 'x.mdx')).not.toThrow();
    expect(() => checkChapterTree(parse('A <Fact id="deaths-sjh-latest" show="year"/>.'), 'x.mdx')).toThrow(
      'x.mdx:1: <Fact show=...> must be "value" (the default) or "date"; got "year".',
    );
  });
});

describe('what a chapter shows, recorded for the embed pages and the catalogue', () => {
  it('lists scrollers and figures in reading order, with their anchors, views and step ids', () => {
    const mdx = [
      'Text <Fact id="state-of-exception-start" show="date"/>.',
      '',
      '<Scrolly chart="prison-population">',
      '<Step state={{ window: [1992, 2019] }}>',
      'One',
      '</Step>',
      '<Step id="soe" state={{ highlight: "state-of-exception" }}>',
      'Two',
      '</Step>',
      '</Scrolly>',
      '',
      '<Figure chart="crackdown-context" view="both" />',
      '',
      '<Scrolly chart="cecot-cell" id="cell">',
      '<Step state={{}}>',
      'Three',
      '</Step>',
      '</Scrolly>',
      '',
      '<Scrolly chart="deaths-in-custody">',
      '<Step state={{}}>',
      'Four',
      '</Step>',
      '</Scrolly>',
    ].join('\n');
    expect(checkChapterTree(parse(mdx), FILE).charts).toEqual([
      { chart: 'prison-population', anchor: 'prison-population-1', steps: ['prison-population-1-1', 'soe'] },
      { chart: 'crackdown-context', anchor: 'crackdown-context', view: 'both' },
      { chart: 'cecot-cell', anchor: 'cell', steps: ['cell-1'] },
      { chart: 'deaths-in-custody', anchor: 'deaths-in-custody-3', steps: ['deaths-in-custody-3-1'] },
    ]);
  });
});
