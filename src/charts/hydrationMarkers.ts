/**
 * Svelte 5's server output brackets every block with comments that hydration walks by: `<!--[-->` and `<!--]-->`
 * around a block, `<!--[0-->`, `<!--[1-->`, `<!--[-1-->` and `<!--[!-->` for the branch an `{#if}` or `{#each}`
 * took, and `<!---->` as an empty anchor. Only these are removed; any other comment stays.
 */
const MARKER = /<!--(?:\[!?|\[-?\d+|\])?-->/g;

/** Whether a whole comment (`<!--...-->`) is one of Svelte's hydration markers. */
export function isHydrationMarker(comment: string): boolean {
  return new RegExp(`^${MARKER.source}$`).test(comment);
}

/** The markup without Svelte's hydration markers, for a chart that is drawn on the server and never hydrated. */
export function withoutHydrationMarkers(html: string): string {
  return html.replace(MARKER, '');
}
