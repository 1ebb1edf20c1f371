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
  'c-wpb': '#445fc5',
  'c-government': '#a0634d',
  'c-civil-society': '#007a71',
  'c-census': '#54046c',
  'c-press': '#4c4547',
  'c-capacity': '#1b1b1b',
  'c-sjh': '#b71800',
  'c-cristosal': '#445fc5',
  'c-movir': '#54046c',
  'c-official': '#4c4547',
  'c-amnesty': '#a0634d',
  'c-standard-icrc': '#007a71',
  'c-standard-cpt': '#445fc5',
  'c-person': '#b71800',
  'c-bunk': '#8c8a84',
  'c-homicides': '#445fc5',
  'c-arrests': '#a0634d',
  'c-estimate': '#b71800',
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
