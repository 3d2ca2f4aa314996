/**
 * The programmatic face of @iomt/app, for embedding the server or the store in another Node
 * program: the CLI runner, the HTTP API (Hono app and a socket-bound server) and the store.
 * The `iomt` binary does not load this module; it starts from cli/main.ts.
 */
export { run } from './cli/main.ts';
export { createApi, API_BASE } from './server/app.ts';
export type { ApiOptions } from './server/app.ts';
export { startServer } from './server/start.ts';
export type { RunningServer, ServerOptions } from './server/start.ts';
export * from './store/index.ts';
