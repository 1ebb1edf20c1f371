/// <reference types="vitest/config" />
/**
 * Two test projects: `unit` (data module, states, formatting, MDX checks, SVG snapshots; runs in Node) and `e2e`
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
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
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
