/**
 * Series colours by meaning. Values are CSS custom properties from src/styles/global.css, so light and dark mode
 * (and the embed theme override) switch without re-rendering. Colour is never the only cue: every series also has
 * a direct label, and dashes distinguish capacity from population.
 */
export function seriesColor(key: string): string {
  return `var(--c-${key})`;
}
