/**
 * An Astro integration that validates the data module before anything is built, so a malformed row stops
 * `astro build` (and `astro dev`) with a message naming the dataset, row and field, and nothing half-built ships.
 * It also checks the corrections log and refuses a published figure that changed without a log entry
 * (src/lib/build/correctionsCheck.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { validateDataModule } from '../../data/index';
import { checkCorrections } from './correctionsCheck';

export function storyChecks(): AstroIntegration {
  return {
    name: 'story-checks',
    hooks: {
      'astro:config:setup': ({ config }) => {
        validateDataModule();
        checkCorrections(fileURLToPath(config.root));
      },
    },
  };
}
