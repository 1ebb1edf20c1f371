/**
 * Vite plugin for the browser build only: resolves d3-interpolate, d3-color and d3-format to the small stand-ins
 * in src/charts/browser/, which do what the chart islands need of them (numeric scales; no colours; numbers are
 * formatted with Intl). The d3 packages ship as single files whose top-level code a bundler cannot drop, so an
 * island that touched d3-scale downloaded all three, about 10 KiB of gzip. Server
 * rendering, the static images and the tests keep the real packages, and the snapshot tests compare the live
 * charts' markup against them.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_INS: Record<string, string> = {
  'd3-interpolate': fileURLToPath(new URL('../../charts/browser/d3-interpolate.ts', import.meta.url)),
  'd3-color': fileURLToPath(new URL('../../charts/browser/d3-color.ts', import.meta.url)),
  'd3-format': fileURLToPath(new URL('../../charts/browser/d3-format.ts', import.meta.url)),
};

export function browserD3(): Plugin {
  return {
    name: 'cecot:browser-d3',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId(id) {
      return STAND_INS[id];
    },
  };
}
