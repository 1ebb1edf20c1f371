/** The browser tests' static file server, shared with the benchmark: see scripts/lib/staticServer.ts. */
export * from '../../../scripts/lib/staticServer';
