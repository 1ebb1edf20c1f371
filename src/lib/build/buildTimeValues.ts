/**
 * Vite plugin for the browser build only: every chart's `drawn.ts` reaches the browser as its exported values,
 * worked out at build time, instead of as code. Such a module derives what a chart draws from the data module
 * (src/charts/DeathsInCustody/drawn.ts keeps dates, counts, qualifiers and confidence, and leaves out notes and
 * source ids); shipping its code would bring the whole data module along, fields the island never shows included.
 *
 * The module is evaluated in Node with Vite's module runner, so the values are the data module's own, unedited;
 * every export must be plain data (JSON), and anything else stops the build. Server rendering, images and tests
 * import the modules as they are.
 */
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { runnerImport, type Plugin } from 'vite';

/** Any chart's `drawn.ts` (src/charts/<Chart>/drawn.ts). */
const CHARTS_DIR = fileURLToPath(new URL('../../charts/', import.meta.url));
const isEvaluated = (id: string) => id.startsWith(CHARTS_DIR) && /^[^/]+\/drawn\.ts$/.test(id.slice(CHARTS_DIR.length));

export function buildTimeValues(): Plugin {
  return {
    name: 'cecot:build-time-values',
    applyToEnvironment: (environment) => environment.name === 'client',
    async load(id) {
      if (!isEvaluated(id)) return undefined;
      const { module, dependencies } = await runnerImport<Record<string, unknown>>(id, {
        configFile: false,
        logLevel: 'silent',
      });
      for (const file of dependencies) this.addWatchFile(file);
      const lines = Object.entries(module).map(([name, value]) => {
        const json = JSON.stringify(value);
        if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) {
          this.error(`${id}: export "${name}" is not plain data, so it cannot be sent to the browser as a value`);
        }
        return name === 'default' ? `export default ${json};` : `export const ${name} = ${json};`;
      });
      return lines.join('\n');
    },
  };
}
