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
import type { Component } from 'svelte';
import PrisonPopulation from '../../src/charts/PrisonPopulation/PrisonPopulation.svelte';
import CecotCell from '../../src/charts/CecotCell/CecotCell.svelte';
import DeathsInCustody from '../../src/charts/DeathsInCustody/DeathsInCustody.svelte';
import CrackdownContext from '../../src/charts/CrackdownContext/CrackdownContext.svelte';
import WorldComparison from '../../src/charts/WorldComparison/Static.svelte';
import { chartStates, CHART_IDS, type ChartId } from '../../src/charts/states';

const components: Record<ChartId, Component<{ state: never; lang?: 'en' | 'es' }>> = {
  'prison-population': PrisonPopulation as never,
  'cecot-cell': CecotCell as never,
  'deaths-in-custody': DeathsInCustody as never,
  'crackdown-context': CrackdownContext as never,
  'world-comparison': WorldComparison as never,
};

export function normalise(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s?svelte-[a-z0-9]+/g, '')
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
        const { body } = render(components[chart], { props: { state: state as never, lang: 'en' } });
        expect(body).not.toMatch(/NaN|undefined|Infinity/);
        await expect(normalise(body)).toMatchFileSnapshot(`__snapshots__/charts.snapshot/${chart}/${view}.html`);
      });
    }
  }
});
