/**
 * The embed page's resize reporter, inlined as a classic script at the end of the page (a module script would
 * not run in an iframe sandboxed without allow-same-origin: its fetch has an opaque origin). It tells the
 * parent page the document's height whenever it changes, in Pym's and AMP's formats (see protocol.ts).
 *
 * The height is the root element's box: it contains the body's margins and any margin of a first or last child
 * that collapses through the body, which `body.offsetHeight` (what Pym's own child measures) leaves out. It does
 * not depend on the iframe's own height, so setting the frame to the reported height never triggers a new report.
 */
import { ampSizeMessage, asksForHeight, childIdFrom, pymMessage } from './protocol';

const parent = window.parent;
if (parent !== window) {
  const root = document.documentElement;
  const childId = childIdFrom(location.search);
  let last = -1;
  const report = (force: boolean) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    parent.postMessage(ampSizeMessage(height), '*');
    if (childId !== null) parent.postMessage(pymMessage(childId, 'height', height), '*');
  };
  // Layout changes (hydration, fonts, a disclosure opened, the frame made narrower) all resize the root or body.
  const observer = new ResizeObserver(() => report(false));
  observer.observe(root);
  observer.observe(document.body);
  // A host that started listening after our first report asks again; only our parent may ask.
  addEventListener('message', (event) => {
    if (event.source === parent && asksForHeight(event.data, childId)) report(true);
  });
}
