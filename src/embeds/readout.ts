/**
 * The embed page's value read-outs, inlined as a classic script (src/embeds/bundle.ts) so they also run in a frame
 * sandboxed without allow-same-origin. The stepper (stepper.ts) swaps views in from templates: their charts are
 * readied as they arrive.
 */
import { attach } from '../charts/readout/interact';

const ready = () => {
  for (const host of document.querySelectorAll<HTMLElement>('[data-readout-host]')) attach(host);
};
ready();
const views = document.querySelector('[data-views]');
if (views) new MutationObserver(ready).observe(views, { childList: true });
