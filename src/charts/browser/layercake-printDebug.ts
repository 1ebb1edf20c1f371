/**
 * Browser stand-in for LayerCake's `helpers/printDebug.js` (src/lib/build/browserModules.ts). LayerCake calls it
 * only when a chart sets its `debug` prop, to print the scales to the console; no chart here does, and the module
 * brought a scale-naming table, a colour parser and console formatting to every chart island.
 */
export default function printDebug(): void {}
