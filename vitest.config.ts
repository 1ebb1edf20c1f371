/// <reference types="vitest/config" />
/**
 * Two test projects: `unit` (data module, states, formatting, MDX checks, SVG snapshots, each chart's own tests in
 * its folder; runs in Node) and `e2e`
 * (the built site in headless Chromium; needs `npm run build` first). TZ is pinned so dates never depend on the
 * machine.
 */
import { getViteConfig } from 'astro/config';

process.env.TZ = 'UTC';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        // A chart's own tests sit in its folder (src/charts/<Chart>/*.test.ts), beside what they test.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // A safety net, not a synchronisation: no test sleeps, each waits for what it checks. Tests that run side
          // by side also wait for a free page, and on a loaded 2-core machine a whole-chapter walk has taken 50 s.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // expect.poll() gives up after 1 s by default; on a loaded 2-core machine one Chromium round trip can take
          // longer than that, which failed tests that were waiting for something that did happen.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
