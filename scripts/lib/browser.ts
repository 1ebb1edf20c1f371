/**
 * Headless Chromium for the browser tests, through playwright-core (which ships no browser of its own).
 *
 * We use the distribution's Chromium (`apt-get install chromium`) so CI needs no browser download from a
 * third party. A missing browser is an error, not a reason to skip: a green run must mean the pages were opened.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // No update checks, component downloads or sync: the only network traffic should be the page's own.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Path of the Chromium executable: $CHROME_PATH, or Debian's /usr/bin/chromium. */
export function chromePath(): string {
  return process.env.CHROME_PATH || DEFAULT_CHROME_PATH;
}

/** Launches headless Chromium with a fresh temporary profile. Throws with install instructions if it is missing. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromePath();
  if (!existsSync(executablePath)) {
    const from = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH}` : 'the default path';
    throw new Error(
      `Chromium not found at ${executablePath} (${from}). The browser tests need it: install it with ` +
        '`apt-get update && apt-get install -y chromium` (as root), ' +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    );
  }
  return chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
}

export interface PageOptions {
  /** Viewport width in CSS pixels. */
  width: number;
  /** Viewport height in CSS pixels. */
  height: number;
  /** Run page scripts. Default: true. */
  javaScriptEnabled?: boolean;
  /**
   * Emulated `prefers-reduced-motion`. Default: 'reduce', so charts change state at once and nothing a test
   * measures is caught mid-transition; tests of motion itself ask for 'no-preference' (and wait with `settle`).
   */
  reducedMotion?: 'reduce' | 'no-preference';
}

/** A page that records what went wrong while it was open. */
export type TestPage = Page & {
  /** Console messages of type "error" and uncaught exceptions, in order, as text. */
  errors: string[];
};

/**
 * Opens a page in a new browser context (its own cookies, storage and settings; axe and emulation options need
 * a context). Locale and time zone are pinned so dates render the same on every machine. Close it with
 * `page.context().close()`.
 */
export async function newPage(browser: Browser, options: PageOptions): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: options.reducedMotion ?? 'reduce',
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
  return Object.assign(page, { errors });
}
