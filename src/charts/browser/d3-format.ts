/**
 * Stands in for d3-format in the browser build (see src/lib/build/browserModules.ts). d3-scale imports it for
 * `scale.tickFormat()`, which the charts never call: every number a reader sees is formatted with Intl through
 * src/lib/format.ts, in the page's locale, so d3-format's code would be weight for nothing (the bench reports each island's). Calling
 * any of these throws, naming this file, rather than format a number some other way.
 */
function notBundled(name: string): never {
  throw new Error(
    `d3-format's ${name} is not in the browser build (src/charts/browser/d3-format.ts); use src/lib/format.ts`,
  );
}

export const format = (): never => notBundled('format');
export const formatPrefix = (): never => notBundled('formatPrefix');
export const formatSpecifier = (): never => notBundled('formatSpecifier');
export const precisionFixed = (): never => notBundled('precisionFixed');
export const precisionPrefix = (): never => notBundled('precisionPrefix');
export const precisionRound = (): never => notBundled('precisionRound');
