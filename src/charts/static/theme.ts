/**
 * The light theme of src/styles/global.css as concrete colours, for chart images: resvg (and many image viewers)
 * do not resolve CSS variables, so `var(--c-wpb)` from a chart model becomes `#0060a8` here. A unit test checks
 * these values against the :root block of global.css, so the images change colour when the site does.
 */
export const LIGHT = {
  bg: '#fcfcfa',
  'bg-raised': '#f1f0ec',
  fg: '#1b1b1b',
  'fg-muted': '#55534e',
  rule: '#d6d3cc',
  link: '#0b5cad',
  accent: '#a2361b',
  focus: '#0b5cad',
  'c-wpb': '#0060a8',
  'c-government': '#b35900',
  'c-civil-society': '#007a5e',
  'c-census': '#7a3d8c',
  'c-press': '#5f5f5f',
  'c-capacity': '#1b1b1b',
  'c-sjh': '#b3261e',
  'c-cristosal': '#0060a8',
  'c-movir': '#7a3d8c',
  'c-official': '#5f5f5f',
  'c-amnesty': '#b35900',
  'c-standard-icrc': '#007a5e',
  'c-standard-cpt': '#0060a8',
  'c-person': '#b3261e',
  'c-bunk': '#8c8a84',
  'c-homicides': '#0060a8',
  'c-arrests': '#b35900',
  'c-estimate': '#b3261e',
  'c-highlight-band': 'rgba(162, 54, 27, 0.09)',
} as const;

export type ThemeColour = keyof typeof LIGHT;

/** A theme colour by name. */
export function themed(name: ThemeColour): string {
  return LIGHT[name];
}

/**
 * A colour as a chart model gives it (`var(--c-wpb)`, `#0060a8`, `transparent`) as a concrete colour. An unknown
 * variable throws, so a new palette entry cannot render black by accident.
 */
export function resolveColour(value: string): string {
  const m = /^var\(--([a-z0-9-]+)\)$/.exec(value.trim());
  if (!m) return value;
  const name = m[1]!;
  if (!(name in LIGHT))
    throw new Error(`Chart images: no light-theme colour for "--${name}"; add it to src/charts/static/theme.ts`);
  return LIGHT[name as ThemeColour];
}
