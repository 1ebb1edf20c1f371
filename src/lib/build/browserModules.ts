/**
 * Vite plugin for the browser build only: a few packages resolve to smaller files that do the same job there.
 * Server rendering, the static images and the tests keep the packages as published (the chart snapshot tests
 * compare the live charts' markup with theirs).
 *
 * - d3-interpolate, d3-color, d3-format → the numbers-only stand-ins in src/charts/browser/. The charts only
 *   scale to numbers and format through Intl; the d3 packages ship as single files whose top-level code a bundler
 *   cannot drop, so an island that touched d3-scale downloaded all three.
 * - d3-scale → src/charts/browser/d3-scale.ts: LayerCake's default scales, of which the charts use two linear
 *   ones (the models, ticks included, are worked out on the server with d3-scale itself).
 * - LayerCake's `helpers/printDebug.js` → a no-op (src/charts/browser/layercake-printDebug.ts): it runs only with
 *   LayerCake's `debug` prop, which no chart sets, and weighed about 1 KB gzip in every chart island.
 * - scrollama's `src/debug.js` → a no-op (src/charts/browser/scrollama-debug.ts): it draws trigger lines only for a
 *   scroller set up with `debug: true`, which the scroll controller never is.
 * - scrollama → the package's own ES module source (index.js, the "module" entry of its package.json) instead of
 *   the UMD build its "browser" field names: same library and version, without the CommonJS wrapper that every
 *   chapter with a chart would download. Node cannot load that source (its imports leave out file extensions),
 *   hence browser only.
 *
 * What each island weighs is measured by `npm run bench` (JavaScript per island, in its report).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const standIn = (file: string) => fileURLToPath(new URL(`../../charts/browser/${file}`, import.meta.url));

const BROWSER_FILES: Record<string, string> = {
  'd3-interpolate': standIn('d3-interpolate.ts'),
  'd3-color': standIn('d3-color.ts'),
  'd3-format': standIn('d3-format.ts'),
  'd3-scale': standIn('d3-scale.ts'),
  scrollama: path.join(path.dirname(require.resolve('scrollama/package.json')), 'index.js'),
};

export function browserModules(): Plugin {
  return {
    name: 'cecot:browser-modules',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId(id, importer) {
      if (id === './helpers/printDebug.js' && importer?.includes(`${path.sep}layercake${path.sep}`))
        return standIn('layercake-printDebug.ts');
      if (id === './debug' && importer?.includes(`${path.sep}scrollama${path.sep}`))
        return standIn('scrollama-debug.ts');
      return BROWSER_FILES[id];
    },
  };
}
