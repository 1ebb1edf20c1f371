/**
 * A plain static file server for the built site in dist/, used by the browser tests.
 *
 * Why not `astro preview`: the tests should see exactly what a static host serves (files, directory indexes,
 * 404.html), with nothing from Astro's dev machinery in between, and start in milliseconds on a random port.
 *
 * Behaviour, as a static host would do it:
 * - GET and HEAD only; `/path/` serves `/path/index.html`;
 * - `/path` redirects (301) to `/path/` when `/path/index.html` exists, keeping the query string;
 * - unknown paths get dist/404.html with status 404 when the build made one, a plain-text 404 otherwise;
 * - paths that would leave dist/ (`..`, encoded or not, or a symlink pointing outside) are refused;
 * - with `compress`, text files (HTML, CSS, JavaScript, JSON, SVG, XML, CSV, text) go out gzip-encoded to a
 *   browser that accepts it, as every host and CDN serves them (the benchmark measures pages that way).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, readHeadersFile } from './headersFile';

/** The repository's dist/ folder (this file lives in scripts/lib/). */
/** The built site: dist/, or ASTRO_OUT_DIR when a build was written elsewhere (see astro.config.mjs). */
export const DIST_DIR = process.env['ASTRO_OUT_DIR']
  ? path.resolve(process.env['ASTRO_OUT_DIR'])
  : fileURLToPath(new URL('../../dist/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Content-Type for a file name; unknown extensions are served as opaque bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin of the server, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Stops listening and drops open keep-alive connections. */
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Folder to serve. Default: the repository's dist/. */
  root?: string;
  /** Port on 127.0.0.1. Default: 0 (a free port chosen by the OS). */
  port?: number;
  /**
   * Add the response headers of the build's `_headers` file (as Netlify or Cloudflare Pages would), except
   * Cache-Control, which stays `no-store` for tests. Default: false.
   */
  applyHeadersFile?: boolean;
  /** Serve text files gzip-encoded to clients that accept it (zlib's default level). Default: false. */
  compress?: boolean;
}

/** Types a host compresses: text, whatever its format. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml)|image\/svg\+xml)/;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Resolves a URL path to a file under root, or null when it would escape root. Both the lexical path and the
 * real path (after symlinks) must stay inside root.
 */
async function insideRoot(root: string, file: string): Promise<boolean> {
  const within = (p: string) => p === root || p.startsWith(root + path.sep);
  if (!within(file)) return false;
  try {
    return within(await realpath(file));
  } catch {
    // Does not exist: lexically inside is enough, the caller will answer 404.
    return true;
  }
}

export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const requestedRoot = path.resolve(options.root ?? DIST_DIR);
  if (!existsSync(requestedRoot)) {
    throw new Error(`Cannot serve ${requestedRoot}: it does not exist. Run \`npm run build\` first.`);
  }
  const root = await realpath(requestedRoot);
  const notFoundPage = path.join(root, '404.html');
  const headerRules = options.applyHeadersFile ? readHeadersFile(path.join(root, '_headers')) : [];

  async function sendNotFound(res: ServerResponse, head: boolean) {
    if (await isFile(notFoundPage)) {
      const body = await readFile(notFoundPage);
      res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html']!, 'Content-Length': body.length });
      res.end(head ? undefined : body);
    } else {
      res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.txt']! });
      res.end(head ? undefined : 'Not found\n');
    }
  }

  function sendPlain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'Content-Type': CONTENT_TYPES['.txt']!, ...headers });
    res.end(`${text}\n`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      sendPlain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    for (const [name, value] of Object.entries(headersFor(headerRules, url.pathname))) {
      if (name.toLowerCase() !== 'cache-control') res.setHeader(name, value);
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      sendPlain(res, 400, 'Bad request: malformed URL encoding');
      return;
    }
    if (pathname.includes('\0') || pathname.includes('\\')) {
      sendPlain(res, 400, 'Bad request');
      return;
    }
    // WHATWG URL parsing already collapses literal `/../`; decoding can bring back `..` (as %2e%2e or %2f),
    // so the resolved path is checked against root rather than the string.
    const target = path.resolve(root, `.${pathname}`);
    if (!(await insideRoot(root, target))) {
      sendPlain(res, 403, 'Forbidden');
      return;
    }

    let file: string | null = null;
    if (pathname.endsWith('/')) {
      const index = path.join(target, 'index.html');
      if (await isFile(index)) file = index;
    } else if (await isFile(target)) {
      file = target;
    } else if (await isFile(path.join(target, 'index.html'))) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    if (!file || !(await insideRoot(root, file))) {
      await sendNotFound(res, head);
      return;
    }

    let body = await readFile(file);
    // A Content-Type from the _headers file wins, as on the hosts that read it (the Atom feeds set theirs there).
    const type = (res.getHeader('Content-Type') as string | undefined) ?? contentTypeFor(file);
    const gzip =
      options.compress === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) body = gzipSync(body);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      // Every test run may follow a rebuild; never let the browser reuse an old file.
      'Cache-Control': 'no-store',
    });
    res.end(head ? undefined : body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendPlain(res, 500, `Internal error: ${String(error)}`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
