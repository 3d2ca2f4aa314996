/** Puts the API on a socket: opens the store, seeds the demo if asked, serves until closed. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/contract.ts';
import { createApi } from './app.ts';
import { seedDemo } from './demo-seed.ts';
import type { DemoOutcome } from './demo-seed.ts';
import type { Logger } from './errors.ts';

export interface ServerOptions {
  port: number;
  host: string;
  dataDir?: string;
  databaseUrl?: string;
  demo?: boolean;
  webRoot?: string;
  examplesDir?: string;
  trustedProxies?: number;
  log?: Logger;
}

export interface RunningServer {
  url: string;
  store: Store;
  demo?: DemoOutcome;
  close(): Promise<void>;
}

export const REPO_EXAMPLES = fileURLToPath(new URL('../../../../examples', import.meta.url));
const BUILT_WEB = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = await openStore({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) });
  try {
    const demo = options.demo ? await seedDemo(store, options.examplesDir ?? REPO_EXAMPLES) : undefined;
    const webRoot = options.webRoot ?? (existsSync(`${BUILT_WEB}/index.html`) ? BUILT_WEB : undefined);
    const app = createApi({ store, trustedProxies: options.trustedProxies ?? 0, ...(webRoot ? { webRoot } : {}), ...(options.log ? { log: options.log } : {}) });
    const server = await new Promise<ReturnType<typeof serve>>((resolveListening, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolveListening(s));
      s.once('error', reject);
    });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host}:${address.port}`,
      store,
      ...(demo ? { demo } : {}),
      close: () =>
        (closing ??= new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive connections would hold close() open; they carry no unfinished work here.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }).then(() => store.close())),
    };
  } catch (e) {
    await store.close();
    throw e;
  }
}
