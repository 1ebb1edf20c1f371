/**
 * Exploring a chart after a scroller's last step (issue #14): every choice a chart offers is one of its named
 * views (so it has an embed page to link to without JavaScript), its label exists in both languages, and the
 * choice travels in the address as `?view=<name>` (src/scrolly/exploreUrl.ts).
 */
import { describe, expect, it } from 'vitest';
import { registry, type RegisteredChartId } from '../../src/charts/registry';
import { defineChart } from '../../src/charts/define';
import { LANGUAGES, t } from '../../src/lib/i18n';
import { embedViews } from '../../src/embeds/views';
import { VIEW_PARAM, viewIn, withView } from '../../src/scrolly/exploreUrl';

const exploring = (Object.keys(registry) as RegisteredChartId[]).filter((id) => registry[id].explore?.length);

describe('explore choices (each chart.ts `explore`)', () => {
  it('the charts the story lets readers explore offer choices', () => {
    expect(exploring).toEqual(expect.arrayContaining(['prison-population', 'cecot-cell', 'deaths-in-custody']));
  });

  describe.each(exploring)('%s', (id) => {
    const entry = registry[id];
    const options = entry.explore!.flatMap((group) => group.options);

    it('every choice is a named view with an embed page, each offered once', () => {
      const embeddable = embedViews(id).map((v) => v.name);
      for (const option of options) {
        expect(Object.keys(entry.spec.views)).toContain(option.view);
        expect(embeddable).toContain(option.view);
      }
      expect(new Set(options.map((o) => o.view)).size).toBe(options.length);
    });

    it('every choice draws a different state (pressing one changes the chart)', () => {
      const states = options.map((o) => JSON.stringify((entry.spec.views as Record<string, unknown>)[o.view]));
      expect(new Set(states).size).toBe(states.length);
    });

    it.each(LANGUAGES)('every group and choice has its text in %s', (lang) => {
      for (const group of entry.explore!) {
        expect(t(lang, group.labelKey)).not.toBe('');
        for (const o of group.options) expect(t(lang, o.labelKey, o.labelVars)).toMatch(/\S/);
      }
    });
  });

  it.each(LANGUAGES)('the controls\u2019 own strings exist in %s', (lang) => {
    for (const key of ['explore.title', 'explore.hint', 'explore.linksHint'] as const)
      expect(t(lang, key)).toMatch(/\S/);
  });

  it('the counts of people in a CECOT cell read 65, 80 and 100 people', () => {
    const labels = (lang: 'en' | 'es') =>
      registry['cecot-cell'].explore![0]!.options.map((o) => t(lang, o.labelKey, o.labelVars));
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
