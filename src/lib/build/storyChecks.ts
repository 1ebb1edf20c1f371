/**
 * An Astro integration that runs every content check before anything is built (src/lib/build/contentChecks.ts,
 * the same checks as `npm run check:content`): the chapters in both languages, the sources and facts in
 * content/data and the data module. `astro build` stops with the whole list, one `file:line: message` per line,
 * and nothing half-built ships; `astro dev` prints the list and keeps serving, so the page being edited shows its
 * own error. It also refreshes the id types generated from the content files (contentIds.ts), checks the
 * corrections log and refuses a published figure that changed without a log entry (correctionsCheck.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from './contentChecks';
import { checkCorrections } from './correctionsCheck';
import { writeContentIds } from './contentIds';

/** The error the build stops with: only the list, since a stack trace would point at this file, not the content. */
export class ContentError extends Error {
  constructor(lines: string[]) {
    super(
      `${lines.length} problem${lines.length === 1 ? '' : 's'} in the content (npm run check:content lists them again):\n${lines.join('\n')}`,
    );
    this.name = 'ContentError';
    this.stack = this.message;
  }
}

export function storyChecks(): AstroIntegration {
  return {
    name: 'story-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        writeContentIds(root);
        const lines = checkContent({ root }).problems.map(formatProblem);
        if (lines.length > 0) {
          if (command === 'build') throw new ContentError(lines);
          logger.warn(new ContentError(lines).message);
        }
        checkCorrections(root);
      },
    },
  };
}
