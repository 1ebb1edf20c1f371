/**
 * The chart registry (src/charts/registry.ts, states.ts): a chart is one folder. Its state.ts and chart.ts are
 * collected by being there, its id is its own, and its only other place is its mount in ChartFor.astro.
 */
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/charts/registry';
import { CHART_IDS, chartStates, type ChartId } from '../../src/charts/states';
import { defineChart } from '../../src/charts/define';
import { imageViews, imageState } from '../../src/lib/images';

const chartsDir = new URL('../../src/charts/', import.meta.url);
const folders = readdirSync(chartsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/state.ts`, chartsDir)))
  .map((d) => d.name);

/** Whether the chart's image of its default state or of any named view draws dots. */
function drawsDots<C extends ChartId>(id: C): boolean {
  const { image } = registry[id];
  return imageViews(id).some((view) => image.hasDots(imageState(id, view)));
}

describe('the registry', () => {
  it('has one chart per folder with a state.ts, each with a chart.ts', () => {
    expect(folders.length).toBe(CHART_IDS.length);
    for (const folder of folders) expect(existsSync(new URL(`${folder}/chart.ts`, chartsDir)), folder).toBe(true);
  });

  it('lists the charts in the story order, the same as the state specs', () => {
    expect(Object.keys(registry)).toEqual(CHART_IDS);
  });

  it.each(CHART_IDS)('%s: its definition holds its own state spec', (id) => {
    expect(registry[id].id).toBe(id);
    expect(registry[id].spec).toBe(chartStates[id]);
  });

  it.each(CHART_IDS)('%s is mounted in ChartFor.astro', (id) => {
    const chartFor = readFileSync(new URL('../../src/components/chart/ChartFor.astro', import.meta.url), 'utf8');
    expect(chartFor).toContain(`chart === '${id}'`);
  });

  it.each(CHART_IDS)('%s: its caption keys the dots exactly when one of its views draws dots', (id) => {
    expect(registry[id].marks.includes('dots')).toBe(drawsDots(id));
  });

  it("refuses a definition whose state spec is another chart's", () => {
    const [first, second] = CHART_IDS as [(typeof CHART_IDS)[number], (typeof CHART_IDS)[number]];
    expect(() => defineChart({ ...registry[first], id: second } as never)).toThrow(
      `Chart "${second}" uses the state spec of "${first}"`,
    );
  });
});
