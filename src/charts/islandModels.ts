/**
 * How a hydrated chart island gets its steps' models: from a JSON data block the server writes beside it
 * (`<script type="application/json" data-chart-models="…">`), not from Astro's island props.
 *
 * Why not props: Astro writes props into an HTML attribute, tagging every value and escaping every quote, which
 * made a scroller's models several times their JSON size (the CECOT chapter's seven models took 400 KB of
 * attribute). Here each step's model is written once as plain JSON, and what steps share (the prison's cells, a
 * line's points, the axis) once for all of them: `packModels` stores every larger piece of the models in a table
 * and puts a reference `{ "$": n }` wherever it occurs, so a piece repeated from step to step costs a few bytes.
 * Numbers are rounded to 4 decimals (a ten-thousandth of a year or a metre, far below a pixel).
 *
 * The server draws from exactly what the browser will unpack (`islandModels` returns the round-tripped models on
 * both sides), so hydration finds the markup it would have drawn and a transition ends on the server's drawing.
 */

/** What a chart island receives instead of its models: the key of their data block. */
export interface ModelsRef {
  readonly ref: string;
}

/** Pieces whose JSON is shorter than this stay inline: a reference would save little or nothing. */
const SHARE_FROM = 40;

interface Packed {
  shared: unknown[];
  models: unknown[];
}

const rounded = (v: number) => Math.round(v * 1e4) / 1e4;

/** The models as packed JSON (see the header): safe inside a <script> element (no `<`). */
export function packModels(models: readonly unknown[]): string {
  const shared: unknown[] = [];
  const index = new Map<string, number>();
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`Chart model: ${path} is ${value}, which JSON cannot carry`);
      return rounded(value);
    }
    if (value === null || typeof value !== 'object') return value;
    if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype)
      throw new Error(`Chart model: ${path} is not plain data (${Object.prototype.toString.call(value)})`);
    const inner = Array.isArray(value)
      ? value.map((v, i) => walk(v, `${path}[${i}]`))
      : Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => {
              if (k === '$')
                throw new Error(`Chart model: ${path} has a key "$", which packModels uses for references`);
              return [k, walk(v, `${path}.${k}`)];
            }),
        );
    const json = JSON.stringify(inner);
    if (json.length < SHARE_FROM) return inner;
    let at = index.get(json);
    if (at === undefined) {
      at = shared.length;
      shared.push(inner);
      index.set(json, at);
    }
    return { $: at };
  };
  const packed: Packed = { shared, models: models.map((m, i) => walk(m, `model[${i}]`)) };
  return JSON.stringify(packed).replace(/</g, '\\u003c');
}

/**
 * The models back from `packModels`' JSON; a piece shared between steps is one object, read-only. References are
 * replaced where they stand in the parsed JSON, without copying it: this runs as a chart island hydrates, and
 * copying every object of a scroller's models took a phone (4x CPU) 10 to 20 ms more than the parse itself.
 * packModels refuses a key "$" in the models, so an object with one is a reference.
 */
export function unpackModels<M>(json: string): M[] {
  const { shared, models } = JSON.parse(json) as Packed;
  const done = new Set<number>();
  const resolve = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (!Array.isArray(value) && '$' in value) {
      const at = (value as { $: number }).$;
      const piece = shared[at];
      if (!done.has(at)) {
        done.add(at);
        resolveInside(piece);
      }
      return piece;
    }
    resolveInside(value);
    return value;
  };
  const resolveInside = (value: unknown) => {
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = resolve(value[i]);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = resolve(record[key]);
    }
  };
  return models.map(resolve) as M[];
}

/** Models written on this server render, by key (the key is their hash, so pages rendered together cannot clash). */
const written = new Map<string, unknown[]>();

/**
 * On the server (ChartFor.astro): records a data block's packed models (packModels) under its key and returns the
 * island's reference to it. The models are kept unpacked again, as the browser will read them, for the island's
 * own server render.
 */
export function writeModels(json: string, key: string): ModelsRef {
  if (!written.has(key)) written.set(key, unpackModels(json));
  return { ref: key };
}

/** An island's models: given directly (a chart rendered without JavaScript), or by the key of their data block. */
export function islandModels<M>(models: readonly M[] | ModelsRef): M[] {
  if (Array.isArray(models)) return models as M[];
  const { ref } = models as ModelsRef;
  if (typeof document === 'undefined') {
    const found = written.get(ref);
    if (!found) throw new Error(`Chart models "${ref}" were not written on this server render`);
    return found as M[];
  }
  const block = document.querySelector(`script[data-chart-models="${ref}"]`);
  if (!block?.textContent) throw new Error(`The page has no chart models "${ref}"`);
  return unpackModels<M>(block.textContent);
}
