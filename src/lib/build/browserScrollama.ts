/**
 * Vite plugin for the browser build only: `scrollama` resolves to the package's ES module source (index.js, the
 * "module" entry of its package.json) instead of the UMD build its "browser" field names. The UMD build came with
 * a CommonJS wrapper and top-level code a bundler cannot drop, about 0.3 KiB of gzip on every chapter with a
 * chart. Same library, same version. Server rendering and the tests keep the UMD build: Node cannot load the ES
 * source, whose imports leave out file extensions.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const ESM_ENTRY = path.join(path.dirname(require.resolve('scrollama/package.json')), 'index.js');

export function browserScrollama(): Plugin {
  return {
    name: 'cecot:browser-scrollama',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId(id) {
      return id === 'scrollama' ? ESM_ENTRY : undefined;
    },
  };
}
