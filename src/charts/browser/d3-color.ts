/**
 * Stands in for d3-color in the browser build (see src/lib/build/browserModules.ts). Only LayerCake's debug printout
 * imports it, to show colour swatches for colour scales; the charts have none and never turn debug on. Every value
 * reads as "not a colour", which that printout handles.
 */
export function rgb(): { r: number; g: number; b: number; opacity: number } {
  return { r: NaN, g: NaN, b: NaN, opacity: NaN };
}
