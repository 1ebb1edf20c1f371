/**
 * Exploring a chart after a scroller's last step (issue #14): every view the controls reach (a choice's named
 * view, or a mix of toggles) has an embed page and an image, so it can be linked to and opened without JavaScript,
 * its labels exist in both languages, and the view travels in the address as `?view=<name>`
 * (src/scrolly/exploreUrl.ts).
 */
import { describe, expect, it } from 'vitest';
import { registry, type RegisteredChartId } from '../../src/charts/registry';
import { defineChart, isToggleGroup } from '../../src/charts/define';
import { LANGUAGES, t } from '../../src/lib/i18n';
import { embedViews } from '../../src/embeds/views';
import { imageViews } from '../../src/lib/images';
import { exploreMixes } from '../../src/charts/explore';
import { VIEW_PARAM, viewIn, withView } from '../../src/scrolly/exploreUrl';

const exploring = (Object.keys(registry) as RegisteredChartId[]).filter((id) => registry[id].explore?.length);

describe('explore choices (each chart.ts `explore`)', () => {
  it('the charts the story lets readers explore offer choices', () => {
    expect(exploring).toEqual(expect.arrayContaining(['prison-population', 'cecot-cell', 'deaths-in-custody']));
  });

  describe.each(exploring)('%s', (id) => {
    const entry = registry[id];
    // Every view the controls reach: the choices' named views, or every mix of the toggles.
    const reached = entry.explore!.flatMap((group) =>
      isToggleGroup(group) ? exploreMixes(entry).map((m) => m.name) : group.options.map((o) => o.view),
    );

    it('every view the controls reach has an embed page and an image, each reached once', () => {
      const embeddable = embedViews(id).map((v) => v.name);
      for (const view of reached) {
        expect(embeddable).toContain(view);
        expect(imageViews(id)).toContain(view);
      }
      expect(new Set(reached).size).toBe(reached.length);
    });

    it('every view reached draws a different state (pressing a control changes the chart)', () => {
      const states = reached.map((view) => JSON.stringify(embedViews(id).find((v) => v.name === view)!.state));
      expect(new Set(states).size).toBe(states.length);
    });

    it.each(LANGUAGES)('every group and control has its text in %s', (lang) => {
      for (const group of entry.explore!) {
        expect(t(lang, group.labelKey)).not.toBe('');
        if (isToggleGroup(group)) {
          expect(t(lang, group.allLabelKey)).toMatch(/\S/);
          for (const toggle of group.toggles) expect(t(lang, toggle.labelKey)).toMatch(/\S/);
        } else for (const o of group.options) expect(t(lang, o.labelKey, o.labelVars)).toMatch(/\S/);
      }
    });
  });

  it.each(LANGUAGES)('the controls\u2019 own strings exist in %s', (lang) => {
    for (const key of ['explore.title', 'explore.hint', 'explore.linksHint', 'explore.togglesHint'] as const)
      expect(t(lang, key)).toMatch(/\S/);
  });

  it('the counts of people in a CECOT cell read 65, 80 and 100 people', () => {
    const group = registry['cecot-cell'].explore![0]!;
    if (isToggleGroup(group)) throw new Error('the CECOT cell offers choices');
    const labels = (lang: 'en' | 'es') => group.options.map((o) => t(lang, o.labelKey, o.labelVars));
    expect(labels('en')).toEqual(['65 people', '80 people', '100 people']);
    expect(labels('es')).toEqual(['65 personas', '80 personas', '100 personas']);
  });

  it('a choice that is not a named view fails the definition, naming the views', () => {
    const entry = registry['prison-population'];
    expect(() =>
      defineChart({
        ...entry,
        explore: [{ labelKey: 'explore.prison.measure', options: [{ view: 'nope', labelKey: 'explore.prison.rate' }] }],
      }),
    ).toThrow(/explore option "nope" is not a named view; allowed: .*rate/);
  });
});

describe('the deaths counters as toggles (src/charts/explore.ts)', () => {
  const entry = registry['deaths-in-custody'];
  const mixes = exploreMixes(entry);
  const byName = new Map(mixes.map((m) => [m.name, m]));

  it('reach every mix of the four counters that draw a line: 15, none empty', () => {
    expect(mixes).toHaveLength(15);
    expect(mixes.every((m) => m.values.length > 0)).toBe(true);
    expect(new Set(mixes.map((m) => m.values.join(' '))).size).toBe(15);
  });

  it('call a mix by its named view where one equals it', () => {
    expect(byName.get('all-counters')?.values).toEqual(['sjh', 'cristosal', 'movir', 'official']);
    expect(byName.get('sjh-latest')?.values).toEqual(['sjh']);
    expect(byName.get('official-latest')?.named).toBe(true);
  });

  it('name any other mix after its counters, in the data\u2019s order, whatever order the toggles were pressed in', () => {
    const mix = byName.get('counters-sjh-movir')!;
    expect(mix.named).toBe(false);
    expect(mix.state).toEqual({ ...entry.spec.views['all-counters'], counters: ['sjh', 'movir'] });
    expect(entry.spec.parse({ counters: ['movir', 'sjh'] })).toEqual(mix.state);
  });

  it('add 10 embeddable views after the named ones, not to the embed stepper or the catalogue', () => {
    const extra = embedViews('deaths-in-custody').slice(1 + Object.keys(entry.spec.views).length);
    expect(extra.map((v) => v.name)).toEqual(mixes.filter((m) => !m.named).map((m) => m.name));
    expect(extra).toHaveLength(10);
    for (const v of extra) expect(Object.keys(entry.spec.views)).not.toContain(v.name);
  });

  it('a toggle group whose base is not a named view fails the definition', () => {
    const group = entry.explore![0]!;
    expect(() => defineChart({ ...entry, explore: [{ ...group, base: 'nope' } as typeof group] })).toThrow(
      /explore toggles' base "nope" is not a named view/,
    );
  });

  it('toggles share the controls with no other group', () => {
    const group = entry.explore![0]!;
    expect(() =>
      defineChart({
        ...entry,
        explore: [
          group,
          { labelKey: 'explore.deaths.counters', options: [{ view: 'first-year', labelKey: 'explore.deaths.all' }] },
        ],
      }),
    ).toThrow(/explore toggles must be the chart's only explore group/);
  });
});

describe('the explore choice in the address', () => {
  it('reads the view from the query string', () => {
    expect(VIEW_PARAM).toBe('view');
    expect(viewIn('?view=reported-80')).toBe('reported-80');
    expect(viewIn('?lang=en&view=rate')).toBe('rate');
    expect(viewIn('')).toBeNull();
    expect(viewIn('?other=1')).toBeNull();
  });

  it.each([
    [
      'https://x.test/en/deaths-in-custody/',
      'sjh-latest',
      '/en/deaths-in-custody/?view=sjh-latest#deaths-in-custody-1-explore',
    ],
    [
      'https://x.test/en/deaths-in-custody/#deaths-in-custody-1-7',
      'movir-latest',
      '/en/deaths-in-custody/?view=movir-latest#deaths-in-custody-1-explore',
    ],
    [
      'https://x.test/es/centro/?view=reported-65&utm=a',
      'reported-100',
      '/es/centro/?view=reported-100&utm=a#deaths-in-custody-1-explore',
    ],
  ])('%s with %s: %s', (href, view, expected) => {
    expect(withView(href, view, 'deaths-in-custody-1-explore')).toBe(expected);
  });

  it('round-trips: the view written is the view read', () => {
    const path = withView('https://x.test/en/a/', 'all-counters', 'a-explore');
    expect(viewIn(new URL(path, 'https://x.test').search)).toBe('all-counters');
  });
});
