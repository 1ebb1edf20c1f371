/**
 * Server-rendered markup of every chart in every named view, compared with readable vitest file snapshots beside
 * this file, __snapshots__/charts.snapshot/<chart>/<view>.html. The charts draw in percent coordinates (LayerCake
 * percentRange), so the server output is the same at every width: one snapshot per view covers phone and desktop. A real change
 * to a chart shows up as a readable diff; update with `npx vitest run --project unit -u` after looking at it.
 *
 * Normalised so that only meaningful changes show: Svelte's hydration comments and scoped class hashes are
 * removed, numbers are rounded to two decimals, and each tag starts a new line.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { chartStates, CHART_IDS } from '../../src/charts/states';
import { registry } from '../../src/charts/registry';
// Each chart's live component is the one named after its folder (src/charts/<Chart>/<Chart>.svelte).
import { chartComponent } from '../../src/charts/testing';

export function normalise(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s?\bs-[a-z0-9]+\b/g, '')
    .replace(/\sclass=""/g, '')
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<')
    .trim()
    .concat('\n');
}

describe('chart snapshots (server render, every named view)', () => {
  for (const chart of CHART_IDS) {
    for (const [view, state] of Object.entries(chartStates[chart].views)) {
      it(`${chart} / ${view}`, async () => {
        const model = registry[chart].model(state as never, 'en');
        const { body } = render(await chartComponent(chart), { props: { model: model as never } });
        expect(body).not.toMatch(/NaN|undefined|Infinity/);
        await expect(normalise(body)).toMatchFileSnapshot(`__snapshots__/charts.snapshot/${chart}/${view}.html`);
      });
    }
  }
});
