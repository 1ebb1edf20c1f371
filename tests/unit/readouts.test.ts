/**
 * Value read-outs (src/charts/readout/), as the server writes them into every chart's model: every named view of
 * every chart, in both languages, gives readers something to read out, and each read-out is a finished sentence
 * in the page's language with the figure's confidence and a link to its source's entry on the sources page.
 */
import { describe, expect, it } from 'vitest';
import { chartStates, CHART_IDS } from '../../src/charts/states';
import { registry, stateOf } from '../../src/charts/registry';
import type { Readout } from '../../src/charts/readout/attrs';
import { render } from 'svelte/server';
import { chartComponent } from '../../src/charts/testing';
import { tagsOf } from '../../src/lib/build/html';
import { withoutReadouts } from '../../src/charts/readout/text';
import { SOURCE_IDS } from '../../src/data/sources';
import { sourceAnchor } from '../../src/lib/citation';
import { LANGUAGES, t } from '../../src/lib/i18n';

/** Every read-out in a model, wherever the chart keeps it (`readout` on a mark, or a chart's `readouts`). */
function readoutsIn(value: unknown, found: Readout[] = []): Readout[] {
  if (Array.isArray(value)) for (const v of value) readoutsIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'readout' && v) found.push(v as Readout);
      else if (key === 'readouts' && v) found.push(...(Object.values(v) as Readout[]).filter(Boolean));
      else readoutsIn(v, found);
    }
  }
  return found;
}

const anchors = new Set(SOURCE_IDS.map((id) => sourceAnchor(id)));

describe.each(LANGUAGES)('read-outs in %s', (lang) => {
  const howSure = t(lang, 'readout.confidence', { level: '\u0000' }).split('\u0000')[0]!;

  for (const chart of CHART_IDS) {
    for (const [view, partial] of Object.entries(chartStates[chart].views as Record<string, object>)) {
      it(`${chart} / ${view}: every mark drawn has a finished read-out, with its confidence and source`, () => {
        // Any chart's model of its own state (the registry's union of definitions cannot say which).
        const model = (registry[chart].model as (state: unknown, l: typeof lang) => unknown)(
          stateOf(chart, { ...chartStates[chart].defaults, ...partial }),
          lang,
        );
        const readouts = readoutsIn(model);
        expect(readouts.length).toBeGreaterThan(0);
        for (const r of readouts) {
          expect(r.text).not.toMatch(/undefined|NaN|\{|\}|\.\./);
          expect(r.text).toContain(howSure);
          expect(Number.isInteger(r.row) && r.row >= 0).toBe(true);
          const [page, anchor] = r.href!.split('#');
          expect(page).toBe(`/${lang}/sources/`);
          expect(anchors.has(anchor!), `${anchor} is a source on the sources page`).toBe(true);
        }
      });
    }
  }
});

describe('read-outs in the drawing', () => {
  // Each chart writes a read-out's data attributes on its marks one by one (src/charts/readout/attrs.ts says why):
  // what the browser reads there must be the model's read-out, exactly. A model also holds read-outs of marks it
  // keeps out of sight (a counter switched off, points past the timeline's date), so the marks' are a subset.
  for (const chart of CHART_IDS) {
    it(`${chart}: each named view draws its marks with read-outs of its model, text, row, link and place`, async () => {
      const Chart = await chartComponent(chart);
      for (const [view, state] of Object.entries({
        default: chartStates[chart].defaults,
        ...chartStates[chart].views,
      })) {
        const model = (registry[chart].model as (state: unknown, l: 'en') => unknown)(stateOf(chart, state), 'en');
        const inModel = new Set(
          readoutsIn(model).map((r) => JSON.stringify({ text: r.text, row: r.row, href: r.href, at: r.at })),
        );
        const onMarks = tagsOf(render(Chart, { props: { model: model as never } }).body)
          .filter((tag) => tag.attrs.has('data-ro'))
          .map((tag) =>
            JSON.stringify({
              text: tag.attrs.get('data-ro'),
              row: Number(tag.attrs.get('data-ro-row')),
              href: tag.attrs.get('data-ro-href'),
              at: tag.attrs.has('data-ro-at') ? Number(tag.attrs.get('data-ro-at')) : undefined,
            }),
          );
        expect(onMarks.length, `${view}: marks with a read-out`).toBeGreaterThan(inModel.size > 0 ? 0 : -1);
        for (const mark of onMarks) expect(inModel.has(mark), `${view}: ${mark}`).toBe(true);
      }
    });
  }
});

describe('withoutReadouts', () => {
  it('drops every read-out of a model and keeps the rest as it was', () => {
    for (const chart of CHART_IDS) {
      const model = (registry[chart].model as (state: unknown, l: 'en') => unknown)(
        stateOf(chart, chartStates[chart].defaults),
        'en',
      );
      const bare = withoutReadouts(model);
      expect(readoutsIn(bare), chart).toEqual([]);
      // Nothing else changes: putting the read-outs back aside, the two agree.
      expect(JSON.stringify(bare), chart).toBe(
        JSON.stringify(model, (key, value: unknown) => (key === 'readout' || key === 'readouts' ? undefined : value)),
      );
    }
  });
});
