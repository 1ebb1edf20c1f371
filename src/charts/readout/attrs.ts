/**
 * A value read-out: what a reader gets on hovering, tapping or arrowing to one mark of a chart (a point, a bar, an
 * event, a part of the cell). Its text is written on the server, in the page's language, with the figure's
 * qualifier, date at its own precision, who counted it and how sure we are; the browser only shows it
 * (src/charts/readout/interact.ts). Marks carry it as data attributes, so a chart drawn without any island (an
 * embed, a figure in the text) reads out the same as a hydrated one: `data-ro` (the text), `data-ro-row`,
 * `data-ro-href` and, on the timeline, `data-ro-at`. Each chart writes them on its marks one by one
 * (`data-ro={mark.readout?.text}`; Svelte leaves out an attribute whose value is undefined), not as a spread of an
 * object: one spread anywhere brings Svelte's general attribute code, 2 KB gzip, to every page with a chart.
 */
export interface Readout {
  /** The whole read-out as one sentence or two: what is shown and what is announced. */
  text: string;
  /** The figure's note: its source's entry on the sources page. */
  href?: string;
  /** Which series the mark belongs to (Up and Down move between rows; Left and Right along a row, in time). */
  row: number;
  /**
   * Where the mark falls along its row, where that is not left to right on screen (a timeline runs down the
   * page): any number that grows with time. Marks without one go by their position across the screen.
   */
  at?: number;
}
