/**
 * The host script partners include as /embed.js: it sizes our iframes (`<iframe data-cecot-embed>`) to the height
 * their page reports, so charts never scroll inside the frame or leave a gap under it.
 *
 * Trust: any frame, and the page itself, can post any message. A height is applied only to the iframe whose
 * window sent it (`event.source`, which cannot be forged), and only when it parses as a sane number (see
 * parseHeight). The origin is not checked: a frame sandboxed without allow-same-origin posts from the opaque
 * origin "null", and the source check is stronger anyway.
 *
 * Safe to include any number of times (one listener per page), before or after the iframes: frames are looked up
 * when a message arrives, and frames that reported before this script ran are asked again.
 */
import { HEIGHT_REQUEST, heightFromMessage } from './protocol';

// The once-only mark is a symbol-keyed property: an element with id="cecotEmbed" (in a reader's comment, say)
// shows up as window.cecotEmbed and would pass for a plain property of that name, switching this script off;
// nothing in the document can create a property keyed by a symbol.
const ONCE = Symbol.for('cecot-explainer.embed');
const w = window as Window & { [ONCE]?: true };
if (!w[ONCE]) {
  w[ONCE] = true;
  const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-cecot-embed]');
  addEventListener('message', (event) => {
    const height = heightFromMessage(event.data);
    if (height === null || !event.source) return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
    }
  });
  for (const frame of frames()) frame.contentWindow?.postMessage(HEIGHT_REQUEST, '*');
}
