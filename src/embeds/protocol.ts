/**
 * The resize protocol between an embedded chart (the child, our page in an iframe) and the partner page that
 * holds it (the host). Pure functions only: the child reporter (child.ts), the host script (host.ts), the theme
 * switch (theme.ts) and the unit tests share them, and esbuild inlines what each script uses.
 *
 * Messages the child sends to `window.parent`, so hosts that already speak one of them need nothing from us:
 * - Pym.js: the string `pymxPYMx{childId}xPYMxheightxPYMx{n}`, only when the iframe URL carries `childId` (as
 *   `new pym.Parent(id, url)` adds it); without it, a Pym parent could not match the message to its frame anyway.
 * - AMP: `{ sentinel: 'amp', type: 'embed-size', height: n }`, the message `<amp-iframe resizable>` listens for.
 *
 * Heights are untrusted on the host side (any frame can post anything), so they go through `parseHeight`.
 */

/** The tallest height a host accepts, in CSS pixels. Our tallest chart is about a third of it at 280 px wide. */
export const MAX_HEIGHT = 10_000;

/** What the host posts to frames that may have reported their height before it was listening. */
export const HEIGHT_REQUEST = 'cecot-embed:height?';

const PYM = 'xPYMx';

/** A Pym.js message: the string Pym's own child would send. */
export function pymMessage(childId: string, type: string, value: string | number): string {
  return ['pym', childId, type, value].join(PYM);
}

/** The message `<amp-iframe resizable>` understands. */
export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/**
 * A height from an untrusted message: a non-negative decimal number (or a string of one), rounded up to whole
 * pixels and capped at MAX_HEIGHT. Anything else (NaN, Infinity, negatives, '12px', '1e3', objects, zero) is
 * null, and the host leaves the frame as it was.
 */
export function parseHeight(value: unknown): number | null {
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  const text = String(value).trim();
  // Exponent notation is refused on purpose: String(1e21) is '1e+21', and no real page is that tall.
  if (!/^\d{1,16}(\.\d{1,16})?$/.test(text)) return null;
  const height = Math.ceil(Number(text));
  return height >= 1 ? Math.min(height, MAX_HEIGHT) : null;
}

/**
 * The height carried by a message in either format, or null when the message is not a height report (or
 * carries a bad height). Pym messages are accepted for any child id: the host matches frames by
 * `event.source`, which a page cannot forge, not by id.
 */
export function heightFromMessage(data: unknown): number | null {
  if (typeof data === 'string') {
    const parts = data.split(PYM);
    return parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height' ? parseHeight(parts[3]) : null;
  }
  if (data !== null && typeof data === 'object') {
    const message = data as { sentinel?: unknown; type?: unknown; height?: unknown };
    return message.sentinel === 'amp' && message.type === 'embed-size' ? parseHeight(message.height) : null;
  }
  return null;
}

/**
 * Whether a message from the parent asks the child to report its height again: our host's request, or the width
 * Pym's parent sends on resize (Pym's own child answers that with its height).
 */
export function asksForHeight(data: unknown, childId: string | null): boolean {
  if (data === HEIGHT_REQUEST) return true;
  if (typeof data !== 'string' || childId === null) return false;
  const parts = data.split(PYM);
  return parts.length === 4 && parts[0] === 'pym' && parts[1] === childId && parts[2] === 'width';
}

/** Pym's child id from the iframe's query string, or null. Never throws, whatever the query holds. */
export function childIdFrom(search: string): string | null {
  try {
    const id = new URLSearchParams(search).get('childId');
    return id && id.length <= 200 ? id : null;
  } catch {
    return null;
  }
}

export type Theme = 'light' | 'dark';

/** The `?theme=light|dark` override, or null (follow the reader's setting) for anything else. */
export function themeFrom(search: string): Theme | null {
  try {
    const theme = new URLSearchParams(search).get('theme');
    return theme === 'light' || theme === 'dark' ? theme : null;
  } catch {
    return null;
  }
}
