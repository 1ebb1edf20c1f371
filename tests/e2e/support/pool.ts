/**
 * A few browser pages shared by tests that run side by side: each test borrows one, navigates it to its own
 * page and gives it back. The gates that visit every built page (axe, privacy) spend most of their time waiting
 * on the browser, so three pages at once finish in about half the time of one, and each page still reuses the
 * scripts it compiled on earlier visits (axe-core above all), which a fresh context per test would not.
 */
import type { Page } from 'playwright-core';

export interface PagePool {
  /** Runs `use` with a page no other test is using at the same time. */
  with<T>(use: (page: Page) => Promise<T>): Promise<T>;
  /** Closes every page's context. */
  close(): Promise<void>;
}

export async function pagePool(size: number, open: () => Promise<Page>): Promise<PagePool> {
  const all = await Promise.all(Array.from({ length: size }, open));
  const free = [...all];
  const waiting: ((page: Page) => void)[] = [];
  const take = (): Promise<Page> => {
    const page = free.pop();
    return page ? Promise.resolve(page) : new Promise((resolve) => waiting.push(resolve));
  };
  const give = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else free.push(page);
  };
  return {
    async with(use) {
      const page = await take();
      try {
        return await use(page);
      } finally {
        give(page);
      }
    },
    async close() {
      await Promise.all(all.map((page) => page.context().close()));
    },
  };
}
