/**
 * `client:split`, how chart islands start: like `client:visible`, but the island's code is loaded and run in one
 * task and the chart hydrated in the next, so a phone never does both in one long freeze (measured at 4x CPU:
 * module evaluation and hydration of the CECOT cell were one task of about 150 ms). It starts a screen before the
 * chart comes into view, so both are done, as a rule, before the reader sees the chart.
 *
 * Registered in astro.config.mjs (`addClientDirective`); Astro inlines it in every page that has a chart island.
 */
import type { ClientDirective } from 'astro';
import { nextTask } from '../../lib/nextTask';

const split: ClientDirective = (load, _options, el) => {
  const start = async () => {
    const hydrate = await load();
    await nextTask();
    await hydrate();
  };
  const io = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      void start();
    },
    { rootMargin: '100% 0px' },
  );
  // The island element itself is `display: contents`; its children have boxes.
  for (const child of el.children) io.observe(child);
};

export default split;
