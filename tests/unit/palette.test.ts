/**
 * The chart palette (src/styles/global.css) for readers with and without colour-vision deficiencies (WCAG 1.4.1,
 * 1.4.11): within each chart, every two series that can be drawn together stay apart in colour, as seen with
 * full colour vision and as simulated for deuteranopia, protanopia and tritanopia (Machado et al., 2009, full
 * severity), in both themes; and every series colour, which also colours its direct labels, reads as text against
 * the page (4.5:1).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The custom properties of the first rule block that starts at `selector`. */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  expect(start, `${selector} in global.css`).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start + selector.length - 1) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const THEMES = {
  light: block(':root {'),
  dark: block(":root:not([data-theme='light']) {"),
};

/** The series each chart can draw at the same time (by palette key), so the ones a reader must tell apart. */
const DRAWN_TOGETHER: Record<string, string[]> = {
  'prison population': ['wpb', 'government', 'civil-society', 'census', 'press', 'capacity'],
  'deaths in custody': ['sjh', 'cristosal', 'movir', 'official', 'amnesty'],
  'a CECOT cell': ['person', 'bunk', 'standard-icrc', 'standard-cpt', 'capacity'],
  'the crackdown in context': ['homicides', 'estimate', 'arrests'],
  'the world comparison': ['wpb', 'press'],
  timeline: ['homicides', 'arrests'],
};

/** The smallest CIEDE2000 difference allowed between two series of one chart, under any of the four visions. */
const MIN_DELTA_E = 12;

const VISIONS: Record<string, (c: Color) => Color> = {
  'full colour vision': (c) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};
const deltaE = differenceCiede2000();

describe.each(Object.entries(THEMES))('the %s theme', (_theme, vars) => {
  const colour = (key: string) => {
    const value = vars[`c-${key}`];
    expect(value, `--c-${key}`).toBeDefined();
    return parse(value!)!;
  };

  it.each(Object.entries(DRAWN_TOGETHER))(
    '%s: every two series differ by at least ΔE 12, in every vision',
    (_chart, keys) => {
      const tooClose: string[] = [];
      for (const [vision, simulate] of Object.entries(VISIONS))
        for (const [i, a] of keys.entries())
          for (const b of keys.slice(i + 1)) {
            const d = deltaE(simulate(colour(a)), simulate(colour(b)));
            if (d < MIN_DELTA_E) tooClose.push(`${a}/${b} ${d.toFixed(1)} (${vision})`);
          }
      expect(tooClose).toEqual([]);
    },
  );

  it('every series colour reads as text on the page: at least 4.5:1', () => {
    const bg = vars['bg']!;
    const keys = [...new Set(Object.values(DRAWN_TOGETHER).flat())].filter((k) => k !== 'bunk');
    const faint = keys.filter((k) => wcagContrast(colour(k), bg) < 4.5);
    expect(faint).toEqual([]);
  });

  it('the bunks, drawn as shapes and never as text, stand out from the page: at least 3:1', () => {
    expect(wcagContrast(colour('bunk'), vars['bg']!)).toBeGreaterThanOrEqual(3);
  });
});

it("the embeds' forced dark theme uses the same palette as the reader's dark setting", () => {
  expect(block(":root[data-theme='dark'] {")).toEqual(THEMES.dark);
});
