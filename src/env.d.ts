/// <reference types="astro/client" />

// A module (it exports), so that the block below adds to Astro's types instead of replacing them.
export {};

declare module 'astro' {
  interface AstroClientDirectives {
    /** Chart islands: hydrate near the viewport, loading and hydrating in separate tasks (src/charts/hydrate/). */
    'client:split'?: boolean;
  }
}
