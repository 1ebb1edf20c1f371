/**
 * What the chart islands use of d3-scale, standing in for it in the browser build (see
 * src/lib/build/browserModules.ts). LayerCake imports d3-scale for its default scales, and the package arrives as
 * one file whose top-level code a bundler cannot drop: about 3 KB gzip of every chapter with a chart, for two
 * linear scales. The charts give LayerCake an x and a y domain and read its x and y scales, both linear over two
 * numbers (positions in percent); the models, tick values included, are worked out on the server with d3-scale
 * itself. So `scaleLinear` here maps between two numbers with d3's own formulas, and the server's drawing and the
 * browser's agree (tests/e2e/chart-transition.test.ts checks it).
 *
 * LayerCake also makes a default scale for each dimension the charts never set (r, z and the nested x1, y1) to ask
 * whether it is ordinal. Those answer its questions as d3's would, and throw, naming this file, if anything asks
 * them to map a value.
 */

type Numbers = readonly [number, number];

/** d3's `normalize`: a domain value to a parameter, 0 at a and 1 at b (0.5 for an empty domain). */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (isNaN(span) ? NaN : 0.5);
}

/** d3-interpolate's `interpolateNumber`, with its formula (not a + (b - a) t, which rounds differently). */
const interpolateNumber = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** d3's `bimap`: a descending domain is flipped with its range. */
function bimap([d0, d1]: Numbers, [r0, r1]: Numbers): (x: number) => number {
  const [toT, fromT] =
    d1 < d0 ? [normalize(d1, d0), interpolateNumber(r1, r0)] : [normalize(d0, d1), interpolateNumber(r0, r1)];
  return (x) => fromT(toT(x));
}

function pair(values: Iterable<unknown>, what: string): Numbers {
  const list = Array.from(values, Number);
  if (list.length !== 2 || list.some((v) => Number.isNaN(v)))
    throw new Error(
      `Chart scales in the browser map between two numbers (src/charts/browser/d3-scale.ts); ${what} was ${String([...values])}`,
    );
  return [list[0]!, list[1]!];
}

export interface LinearScale {
  (value: number | null | undefined): number | undefined;
  domain(): number[];
  domain(values: Iterable<unknown>): LinearScale;
  range(): number[];
  range(values: Iterable<unknown>): LinearScale;
  invert(value: number): number;
  copy(): LinearScale;
}

export function scaleLinear(): LinearScale {
  let domain: Numbers = [0, 1];
  let range: Numbers = [0, 1];
  let forward = bimap(domain, range);
  let back = bimap(range, domain);
  const scale = ((value: number | null | undefined) =>
    value == null || isNaN((value = +value)) ? undefined : forward(value)) as LinearScale;
  const rescale = () => {
    forward = bimap(domain, range);
    back = bimap(range, domain);
    return scale;
  };
  /** A getter and setter in one, as d3's: no argument reads the pair, a pair sets it and returns the scale. */
  const accessor = (get: () => Numbers, set: (pair: Numbers) => void, what: string) =>
    ((values?: Iterable<unknown>) => {
      if (values === undefined) return [...get()];
      set(pair(values, what));
      return rescale();
    }) as LinearScale['domain'];
  scale.domain = accessor(
    () => domain,
    (d) => (domain = d),
    'a domain',
  );
  scale.range = accessor(
    () => range,
    (r) => (range = r),
    'a range',
  );
  scale.invert = (value) => back(value);
  scale.copy = () => scaleLinear().domain(domain).range(range);
  return scale;
}

/** A default scale of a dimension the charts never set: LayerCake only inspects it. */
function unused<M extends object>(name: string, methods: M): M & (() => never) {
  const scale = () => {
    throw new Error(
      `${name} is not in the browser build (src/charts/browser/d3-scale.ts): the charts use linear x and y scales only`,
    );
  };
  return Object.assign(scale, methods);
}

export const scaleSqrt = () =>
  unused('scaleSqrt', { domain: () => [0, 1], range: () => [0, 1], copy: () => scaleSqrt() });

/** Has `bandwidth`, as d3's band scale: LayerCake takes it for ordinal. */
export const scaleBand = () =>
  unused('scaleBand', { domain: () => [], range: () => [0, 1], bandwidth: () => 1, copy: () => scaleBand() });

/** Exactly d3's four methods in d3's order: LayerCake recognises an ordinal scale by them. */
export const scaleOrdinal = () =>
  unused('scaleOrdinal', { domain: () => [], range: () => [], unknown: () => undefined, copy: () => scaleOrdinal() });
