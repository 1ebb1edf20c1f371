/**
 * Loads project modules for command-line scripts the way the build and the unit tests load them: through Vite.
 * The data module reads content/data/*.yaml as `?raw` imports, which plain Node cannot load, so scripts that reach
 * the data (the editors' reference, the content and data checks, figures:publish) go through here.
 */
import { createServer } from 'vite';

/** Runs `use` with the module at `path` (from the project root, e.g. '/src/lib/…'), then shuts Vite down. */
export async function withModule<M, R>(path: string, use: (module: M) => R | Promise<R>): Promise<R> {
  return withModules(async (load) => use(await load<M>(path)));
}

/** Runs `use` with a loader for any number of modules (paths from the project root), then shuts Vite down. */
export async function withModules<R>(use: (load: <M>(path: string) => Promise<M>) => R | Promise<R>): Promise<R> {
  const vite = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  try {
    return await use(async <M>(path: string) => (await vite.ssrLoadModule(path)) as M);
  } finally {
    await vite.close();
  }
}
