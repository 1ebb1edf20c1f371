import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Svelte scopes a component's styles with a class on each of its elements, `svelte-` and a hash of the CSS by
    // default. A chart page repeats it hundreds of times (850 in the population chapter, in every step's drawing), so
    // the prefix is one letter: the hash stays whole, and no class of our own starts with `s-`.
    cssHash: ({ hash, css }) => `s-${hash(css)}`,
  },
};
