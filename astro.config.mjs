// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { storyChecks } from './src/lib/build/storyChecks.ts';
import { remarkStoryComponents } from './src/lib/build/remarkStoryComponents.ts';

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
  markdown: { processor: unified({ remarkPlugins: [remarkStoryComponents] }) },
  integrations: [storyChecks(), svelte(), mdx()],
});
