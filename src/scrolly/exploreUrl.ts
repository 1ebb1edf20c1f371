/**
 * Where a scroller's explore choice lives in the address, so it can be linked to and embedded:
 * `/en/deaths-in-custody/?view=cristosal-latest#<scroller id>-explore`. The value is a named view of the chart's
 * state.ts (the same name as its embed page, /embed/<lang>/<chart>/<view>/); a scroller whose explore controls do
 * not offer it ignores it.
 */
export const VIEW_PARAM = 'view';

/** The view named in a query string (`location.search`), or null. */
export function viewIn(search: string): string | null {
  return new URLSearchParams(search).get(VIEW_PARAM);
}

/** `href` with `view` in its query (other parameters kept) and `anchor` as its fragment, as a path. */
export function withView(href: string, view: string, anchor: string): string {
  const url = new URL(href);
  url.searchParams.set(VIEW_PARAM, view);
  url.hash = anchor;
  return url.pathname + url.search + url.hash;
}
