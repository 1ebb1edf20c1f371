/**
 * Gate: no raw HTML from outside the build. Svelte's `{@html}`, Astro's `set:html` and the DOM's innerHTML family
 * insert markup unescaped; each use in src/ must be listed here with what it inserts and why that comes from our
 * own build (never from a URL, a reader, a partner page or fetched data). A new use fails until it is reviewed
 * and added.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, REPO_ROOT } from '../../../scripts/lib/builtSite';

const RAW_HTML =
  /\{@html\b[^}]*\}|\bset:html=\{[^}]*\}|\.(?:innerHTML|outerHTML)\s*[+]?=|\binsertAdjacentHTML\s*\(|\bdocument\.write(?:ln)?\s*\(/g;

/** file (relative to the repository) → the exact uses allowed in it, each with the reason. */
const ALLOWED: Record<string, { use: string; why: string }[]> = {
  'src/layouts/Embed.astro': [
    {
      use: 'set:html={themeScript}',
      why: 'the theme script, compiled at build time from src/embeds/theme.ts by src/embeds/bundle.ts',
    },
    {
      use: 'set:html={reporterScript}',
      why: 'the resize reporter, compiled at build time from src/embeds/child.ts by src/embeds/bundle.ts',
    },
    {
      use: 'set:html={readoutScript}',
      why: "the value read-outs, compiled at build time from src/embeds/readout.ts and the charts' src/charts/readout/interact.ts by src/embeds/bundle.ts",
    },
  ],
  'src/layouts/Base.astro': [
    {
      use: 'set:html={pageScript}',
      why: "the story pages' first script, compiled at build time from src/layouts/page.ts by src/embeds/bundle.ts",
    },
  ],
  'src/pages/embed/[lang]/[chart]/[...view].astro': [
    {
      use: 'set:html={stepperScript}',
      why: 'the embed stepper, compiled at build time from src/embeds/stepper.ts by src/embeds/bundle.ts',
    },
  ],
  'src/components/chart/ChartFor.astro': [
    {
      use: 'set:html={packed}',
      why: 'the JSON data block of a chart island: its models, worked out at build time from the data module and packed by packModels (src/charts/islandModels.ts), with < escaped',
    },
  ],
  'src/components/chart/WithoutHydrationMarkers.astro': [
    {
      use: 'set:html={sharedPathsOf(Astro.request).share(withoutHydrationMarkers(html))}',
      why: "a chart's own server render (Astro.slots.render of a chart component drawing a build-time model), with Svelte's hydration comments taken out and a long path an earlier drawing on the page drew replaced by a <use> of it (src/charts/sharedPaths.ts)",
    },
  ],
  'src/charts/CecotCell/CecotCell.svelte': [
    {
      use: '{@html peopleMarkup}',
      why: "the cell's person marks: <circle> elements written by the component from the model's numbers (positions and indices worked out at build time by src/charts/CecotCell/model.ts), no text",
    },
  ],
  'src/components/page/ShareMeta.astro': [
    {
      use: 'set:html={jsonLd}',
      why: 'JSON-LD serialised by newsArticleJsonLd (src/lib/share.ts) from our strings and dates, with < escaped',
    },
  ],
};

describe('raw HTML insertion in src/', () => {
  it('only the reviewed uses, each inserting markup our build produced', () => {
    const found: string[] = [];
    const unexpected: string[] = [];
    for (const rel of filesUnder(path.join(REPO_ROOT, 'src')).filter((f) => /\.(svelte|astro|ts|js|mjs)$/.test(f))) {
      const file = `src/${rel}`;
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      for (const m of text.matchAll(RAW_HTML)) {
        const use = m[0].replace(/\s+/g, ' ');
        found.push(`${file}: ${use}`);
        if (!ALLOWED[file]?.some((a) => a.use === use)) {
          const line = text.slice(0, m.index).split('\n').length;
          unexpected.push(`${file}:${line}: ${use}`);
        }
      }
    }
    expect(unexpected, 'unreviewed raw HTML (see the list at the top of this test)').toEqual([]);
    // Entries for uses that no longer exist are removed, so the list stays a true record.
    const stale = Object.entries(ALLOWED).flatMap(([file, uses]) =>
      uses.filter((a) => !found.includes(`${file}: ${a.use}`)).map((a) => `${file}: ${a.use}`),
    );
    expect(stale, 'allowed uses that are gone from the code').toEqual([]);
  });
});
