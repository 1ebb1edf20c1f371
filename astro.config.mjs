// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { storyChecks } from './src/lib/build/storyChecks.ts';
import { remarkStoryComponents } from './src/lib/build/remarkStoryComponents.ts';
import { cspInlineHashes } from './src/lib/build/cspHashes.ts';
import { browserModules } from './src/lib/build/browserModules.ts';

/** `client:split`, the chart islands' directive (src/charts/hydrate/directive.ts says why). */
function splitHydration() {
  return /** @type {import('astro').AstroIntegration} */ ({
    name: 'split-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) =>
        addClientDirective({
          name: 'split',
          entrypoint: fileURLToPath(new URL('./src/charts/hydrate/directive.ts', import.meta.url)),
        }),
    },
  });
}

export default defineConfig({
  site: 'https://cecot-explainer.example',
  trailingSlash: 'always',
  // ASTRO_OUT_DIR lets parallel builds (several checkouts, benchmarks) write to separate folders; default dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The unified (remark) processor is used instead of Astro's default so chapters can be checked by our plugin.
  // No syntax highlighting: chapters are prose, and Shiki's inline colours would need 'unsafe-inline' styles.
  markdown: { processor: unified({ remarkPlugins: [remarkStoryComponents] }), syntaxHighlight: false },
  // Content-Security-Policy as a <meta> in every page: Astro hashes its own scripts and styles, cspInlineHashes()
  // adds our is:inline ones after the build (src/lib/build/cspHashes.ts); frame-ancestors and the other response
  // headers are in public/_headers. Style *attributes* need 'unsafe-inline' (in style-src-attr only): Svelte and
  // LayerCake position chart elements with style="" on the server and when they update.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [storyChecks(), svelte(), mdx(), cspInlineHashes(), splitHydration()],
  // The browser build gets smaller files for d3-scale, d3-interpolate, d3-color, d3-format (LayerCake's scales)
  // and scrollama: src/lib/build/browserModules.ts says why, and tests/e2e/chart-transition.test.ts that the
  // browser still draws what the server draws.
  vite: { plugins: [browserModules()] },
});
