/**
 * Builds the embed scripts from their TypeScript sources at site build time: the host script served as /embed.js
 * and the three scripts inlined in every embed page (theme switch, previous/next stepper, resize reporter).
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

const SOURCES: Record<string, string> = { protocol, host, child, theme, stepper };

export type EmbedScript = 'host' | 'child' | 'theme' | 'stepper';

/** Resolves `./name` imports between the embed sources to the text imported above. */
const fromSources: Plugin = {
  name: 'embed-sources',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const name = args.path.replace(/^\.\//, '').replace(/\.ts$/, '');
      if (!(name in SOURCES)) throw new Error(`Embed scripts may only import each other; got "${args.path}"`);
      return { path: name, namespace: 'embed' };
    });
    b.onLoad({ filter: /.*/, namespace: 'embed' }, (args) => ({ contents: SOURCES[args.path]!, loader: 'ts' }));
  },
};

const cache = new Map<EmbedScript, Promise<string>>();

/** The minified script, as text (no trailing newline). Built once per process. */
export function embedScript(name: EmbedScript): Promise<string> {
  let script = cache.get(name);
  if (!script) {
    script = build({
      entryPoints: [name],
      plugins: [fromSources],
      bundle: true,
      write: false,
      minify: true,
      format: 'iife',
      // Partners' readers use every kind of browser; ResizeObserver and URLSearchParams set the floor anyway.
      target: 'es2018',
      legalComments: 'none',
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]!.text.trim());
    cache.set(name, script);
  }
  return script;
}
