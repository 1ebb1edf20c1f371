/**
 * Screenshots of built pages in headless Chromium, for looking at what we built: `npx tsx scripts/screenshot.ts
 * <path> [width] [out.png] [--dark] [--full]`. Serves dist/ itself. Output defaults to screenshots/<name>.png.
 */
import { chromium } from 'playwright-core';
import http from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import path from 'node:path';

const [pathname = '/', width = '1440', outArg, ...flags] = process.argv.slice(2);
const dist = path.resolve(process.env['ASTRO_OUT_DIR'] ?? 'dist');
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

const server = http.createServer(async (req, res) => {
  let file = path.join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!file.startsWith(dist)) return res.writeHead(403).end();
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    res
      .writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' })
      .end(await readFile(file));
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({
  executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const context = await browser.newContext({
  viewport: { width: Number(width), height: Number(width) < 800 ? 812 : 900 },
  colorScheme: flags.includes('--dark') ? 'dark' : 'light',
  reducedMotion: 'reduce',
});
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
await page.goto(`http://127.0.0.1:${port}${pathname}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
const out = outArg ?? path.join('screenshots', `${pathname.replace(/\W+/g, '-')}-${width}.png`);
await mkdir(path.dirname(out), { recursive: true });
await page.screenshot({ path: out, fullPage: flags.includes('--full') });
console.log(out);
await browser.close();
server.close();
