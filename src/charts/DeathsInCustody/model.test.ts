/**
 * The deaths-in-custody chart's model (src/charts/DeathsInCustody/model.ts): what each named view says and draws.
 * Counts are never added across counters; the SJH breakdown's missing 6% is shown as our arithmetic; lines grow
 * continuously with the cutoff and never past a counter's last report.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { chartComponent } from '../testing';
import { chartStates } from '../states';
import { countsThrough, deathsModel, timelineFrame } from './model';
import { registry } from '../registry';
import { deathsInCustody } from '../../data/deaths';
import { dateToYear } from '../../data/dates';

const spec = chartStates['deaths-in-custody'];
const views = spec.views;

describe('countsThrough', () => {
  it.each([
    { counter: 'sjh', date: '2026-02-08', value: 487 },
    { counter: 'sjh', date: '2024-04-15', value: 241 },
    { counter: 'cristosal', date: '2024-04-15', value: 261 },
    { counter: 'official', date: '2026-02-08', value: 142 },
    { counter: 'movir', date: '2023-03-27', value: undefined },
  ] as const)('$counter at $date is $value', ({ counter, date, value }) => {
    expect(countsThrough(counter, date)?.value).toBe(value);
  });
});

describe('descriptions', () => {
  it('lists each counter separately with the date of its latest figure, and says counts are not added', () => {
    expect(deathsModel(views['all-counters']!, 'en').description).toBe(
      'Cumulative deaths in custody since 27 March 2022, by counter, through 8 February 2026. Socorro Jurídico Humanitario: 487. ' +
        'Cristosal: 368 (April 2025). MOVIR: 315 (November 2024). Official figures: 142 (June 2023). ' +
        "Socorro Jurídico Humanitario's count includes police holding cells. Counts are not added together.",
    );
  });

  it('keeps "at least" in words', () => {
    expect(deathsModel(views['to-april-2024']!, 'en').description).toContain('Cristosal: at least 261.');
  });

  it('states every SJH share as published, with no remainder of our own', () => {
    const text = deathsModel(views['causes-sjh-2025']!, 'en').description;
    expect(text).toContain(
      'Allegedly violent: 36.5%; Medical negligence: 33.2%; Unknown: 24.3%; Terminal illness: 5.7%; Suspected suicide: 0.3%.',
    );
    expect(text).not.toContain('Not stated');
  });
});

describe('causes view', () => {
  it('adds no "not stated" bar when the published shares add up to 100%', () => {
    const sjh = deathsModel(views['causes-sjh-2025']!, 'en').causes;
    expect(sjh.bars.some((b) => b.remainder)).toBe(false);
    expect(sjh.bars.map((b) => b.value)).toEqual([36.5, 33.2, 24.3, 5.7, 0.3]);
    const cristosal = deathsModel(views['causes-cristosal-2024']!, 'en').causes;
    expect(cristosal.bars.some((b) => b.remainder)).toBe(false);
    expect(cristosal.bars.map((b) => b.value)).toEqual([88, 87, 14, 72]);
  });
});

describe('timeline frames', () => {
  const model = deathsModel(views['all-counters']!, 'en');

  it('draws only reported points up to the cutoff, plus a faint stub to it', () => {
    const cutoff = dateToYear('2024-04-15');
    const sjh = timelineFrame(model, cutoff).series.find((s) => s.counter === 'sjh')!;
    expect(sjh.line.every(([x]) => x <= cutoff)).toBe(true);
    expect(sjh.dots.filter((d) => d.visible).map((d) => d.value)).toEqual([126, 170, 241]);
    expect(sjh.stub.at(-1)![0]).toBe(cutoff);
  });

  it('grows continuously: the stub tip moves with the cutoff between reports', () => {
    const tip = (date: '2024-04-10' | '2024-04-20') =>
      timelineFrame(model, dateToYear(date))
        .series.find((s) => s.counter === 'sjh')!
        .stub.at(-1)!;
    expect(tip('2024-04-20')[1]).toBeGreaterThan(tip('2024-04-10')[1]);
  });

  it('stops a series at its last report and labels each shown counter with its own latest value', () => {
    const frame = timelineFrame(model, model.throughX);
    expect(frame.series.find((s) => s.counter === 'official')!.stub).toEqual([]);
    expect(frame.labels.map((l) => l.shortText)).toEqual(['SJH 487', 'Cristosal 368', 'MOVIR 315', 'Official 142']);
  });
});

describe('registry entry', () => {
  const entry = registry['deaths-in-custody'];

  it('tables every figure up to the cutoff, with qualifiers in words and a source', () => {
    const rows = entry.table(views['to-april-2024']!, 'en');
    const expected = (['sjh', 'cristosal', 'movir', 'official'] as const).reduce(
      (n, c) => n + deathsInCustody[c].filter((o) => dateToYear(o.date) <= dateToYear('2024-04-15')).length,
      0,
    );
    expect(rows.filter((r) => r.unit === 'Deaths (cumulative count)')).toHaveLength(expected);
    expect(rows).toContainEqual(expect.objectContaining({ series: 'Cristosal', value: 'at least 261' }));
    expect(rows.every((r) => r.sourceUrl.startsWith('http'))).toBe(true);
  });

  it("tables the figure on the marker of Cristosal's report once the timeline reaches it", () => {
    const marker = expect.objectContaining({ series: 'Cristosal, deaths classified by cause', value: '261' });
    expect(entry.table(views['to-april-2024']!, 'en')).toContainEqual(marker);
    expect(entry.table(views['first-year']!, 'en')).not.toContainEqual(marker);
    expect(entry.table(views['sjh-latest']!, 'en')).not.toContainEqual(marker);
  });

  it('cites the sources of every counter it draws and every breakdown, and not Amnesty, which no view draws', () => {
    expect(entry.sources).toContain('esnow-2025-04-15');
    expect(entry.sources).toContain('ap-bastille-2024-07');
    expect(entry.sources).not.toContain('amnesty-oodaloop-2022-06');
  });
});

describe('a drawing on the server', () => {
  const draw = async (view: string) =>
    render(await chartComponent('deaths-in-custody'), { props: { model: deathsModel(views[view]!, 'en') as never } })
      .body;

  // The island draws the other view too, a task after it hydrates (the crossfade test in the browser suite uses it).
  it('draws only its own view: a timeline step has no bars, a causes step no lines', async () => {
    const timeline = await draw('to-april-2024');
    expect(timeline).toContain('panel timeline');
    expect(timeline).not.toContain('panel causes');
    const causes = await draw('causes-cristosal-2024');
    expect(causes).toContain('panel causes');
    expect(causes).not.toContain('panel timeline');
  });
});
