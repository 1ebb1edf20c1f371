/**
 * Loads project modules for command-line scripts the way the build and the unit tests load them: through Vite,
 * with the UI-string plugin. Site code imports `virtual:ui-strings/…` modules (src/lib/build/uiStrings.ts) that
 * plain Node cannot resolve, so scripts that reach formatting code (the editors' reference, the content check)
 * go through here.
 */
import { createServer } from 'vite';
import { uiStrings } from '../../src/lib/build/uiStrings';

/** Runs `use` with the module at `path` (from the project root, e.g. '/src/lib/…'), then shuts Vite down. */
export async function withModule<M, R>(path: string, use: (module: M) => R | Promise<R>): Promise<R> {
  const vite = await createServer({
    configFile: false,
    logLevel: 'error',
    plugins: [uiStrings()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  try {
    return await use((await vite.ssrLoadModule(path)) as M);
  } finally {
    await vite.close();
  }
}
