/**
 * An Astro integration that validates the data module before anything is built, so a malformed row stops
 * `astro build` (and `astro dev`) with a message naming the dataset, row and field, and nothing half-built ships.
 */
import type { AstroIntegration } from 'astro';
import { validateDataModule } from '../../data/index';

export function storyChecks(): AstroIntegration {
  return {
    name: 'story-checks',
    hooks: {
      'astro:config:setup': () => {
        validateDataModule();
      },
    },
  };
}
