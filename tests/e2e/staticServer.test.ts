/**
 * The static server the browser tests rely on, checked against a small made-up site in a temporary folder, so
 * a wrong Content-Type, redirect or 404 shows up here rather than as a puzzling browser failure.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer';

let base: string;
let root: string;
let server: StaticServer;

/** A raw GET that does not normalise the path (fetch would resolve `..` before sending). */
function rawGet(
  url: string,
  rawPath: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'static-server-'));
  root = path.join(base, 'dist');
  await mkdir(path.join(root, 'en', 'chapter'), { recursive: true });
  await mkdir(path.join(root, 'data'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>root</title>');
  await writeFile(path.join(root, 'en', 'chapter', 'index.html'), '<!doctype html><title>chapter</title>');
  await writeFile(path.join(root, 'data', 'series.csv'), 'series,date,value\n');
  await writeFile(path.join(root, 'app.mjs'), 'export {};');
  await writeFile(path.join(root, 'font.woff2'), 'woff2');
  await writeFile(path.join(root, '404.html'), '<!doctype html><title>not found</title>');
  await writeFile(path.join(base, 'secret.txt'), 'outside the site');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'link.txt'));
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server?.close();
  await rm(base, { recursive: true, force: true });
});

describe('static server', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ['/', 'text/html'],
    ['/en/chapter/', 'text/html'],
    ['/data/series.csv', 'text/csv'],
    ['/app.mjs', 'text/javascript'],
    ['/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (urlPath, type) => {
    const response = await fetch(`${server.url}${urlPath}`, { redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(new RegExp(`^${type.replace('/', '\\/')}`));
  });

  it('redirects a directory without its slash, keeping the query', async () => {
    const response = await fetch(`${server.url}/en/chapter?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/chapter/?x=1');
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    const response = await fetch(`${server.url}/en/missing/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('not found');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/en/%2e%2e%2f%2e%2e%2fsecret.txt', '/link.txt'])(
    'refuses to serve files outside the site: %s',
    async (rawPath) => {
      const response = await rawGet(server.url, rawPath);
      expect(response.status).not.toBe(200);
      expect(response.body).not.toContain('outside the site');
    },
  );

  it('refuses to start without a build', async () => {
    await expect(startStaticServer({ root: path.join(base, 'no-such-dist') })).rejects.toThrow(/npm run build/);
  });
});

describe('compressed, as a host serves pages (the benchmark)', () => {
  let compressing: StaticServer;
  beforeAll(async () => {
    compressing = await startStaticServer({ root, compress: true });
  });
  afterAll(async () => {
    await compressing?.close();
  });

  const get = (pathname: string, acceptEncoding?: string) =>
    fetch(`${compressing.url}${pathname}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });

  it('sends HTML gzip-encoded to a browser that accepts it, and the page decodes to the file', async () => {
    const res = await get('/en/chapter/', 'gzip, deflate, br');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(await res.text()).toBe('<!doctype html><title>chapter</title>');
  });

  it('sends the file as it is to a client that does not accept gzip', async () => {
    const res = await get('/en/chapter/', 'identity');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe('<!doctype html><title>chapter</title>');
  });

  it('leaves files that are compressed already (fonts, images) as they are', async () => {
    const res = await get('/font.woff2', 'gzip');
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('does not compress unless asked: the browser tests see the files as they are', async () => {
    const res = await fetch(`${server.url}/en/chapter/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
