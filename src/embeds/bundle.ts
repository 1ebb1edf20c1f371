/**
 * Builds the scripts that are not Astro modules from their TypeScript sources at site build time: the host script
 * served as /embed.js, the scripts inlined in every embed page (theme switch, previous/next stepper, value
 * read-outs, resize reporter), the script inlined in every story page (src/layouts/page.ts) and the read-out
 * module story pages load on demand (/readout.js).
 * esbuild (Astro's own dependency) bundles each entry with the parts of protocol.ts it uses, minifies it and wraps
 * it in a function so nothing leaks into the partner's page.
 *
 * The sources come in through Vite's `?raw` imports rather than file paths, so this works the same in the Astro
 * build (where this module is itself bundled elsewhere) and in the unit tests.
 */
import { build, type Plugin } from 'esbuild';
import protocol from './protocol.ts?raw';
import host from './host.ts?raw';
import child from './child.ts?raw';
import theme from './theme.ts?raw';
import stepper from './stepper.ts?raw';
import readout from './readout.ts?raw';
import interact from '../charts/readout/interact.ts?raw';
import stepEvent from '../scrolly/stepEvent.ts?raw';
import page from '../layouts/page.ts?raw';

// By file name: the value read-outs' code and the step event's name live with the charts and the scrollers.
const SOURCES: Record<string, string> = { protocol, host, child, theme, stepper, readout, interact, stepEvent, page };

export type EmbedScript = 'host' | 'child' | 'theme' | 'stepper' | 'readout' | 'page';
/** Built as an ES module (its exports kept), not a classic script. */
export type ModuleScript = 'interact';

/** Resolves `./name` imports between the embed sources to the text imported above. */
const fromSources: Plugin = {
  name: 'embed-sources',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const name = args.path.split('/').at(-1)!.replace(/\.ts$/, '');
      if (!(name in SOURCES)) throw new Error(`Embed scripts may only import each other; got "${args.path}"`);
      return { path: name, namespace: 'embed' };
    });
    b.onLoad({ filter: /.*/, namespace: 'embed' }, (args) => ({ contents: SOURCES[args.path]!, loader: 'ts' }));
  },
};

const cache = new Map<EmbedScript | ModuleScript, Promise<string>>();

/** The minified script, as text (no trailing newline). Built once per process. */
export function embedScript(name: EmbedScript | ModuleScript): Promise<string> {
  let script = cache.get(name);
  if (!script) {
    script = build({
      entryPoints: [name],
      plugins: [fromSources],
      bundle: true,
      write: false,
      minify: true,
      format: name === 'interact' ? 'esm' : 'iife',
      // Partners' readers use every kind of browser; ResizeObserver and URLSearchParams set the floor anyway.
      target: 'es2018',
      legalComments: 'none',
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]!.text.trim());
    cache.set(name, script);
  }
  return script;
}
