/**
 * The store's platform: the SQLite files are private to their owner, and a database outage
 * answers 503 with Retry-After (never 500, no stack in the log), recovering when the database does.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/server/app.ts';
import { openStore } from '../../src/store/index.ts';
import { ENGINES, postgresSchema } from './harness.ts';

describe('the SQLite files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iomt-mode-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are created 0600: the database, its WAL and its shared-memory file', async () => {
    const store = await openStore({ dataDir: dir });
    await store.accounts.createUser({ email: 'a@example.org', displayName: 'A', password: 'correct horse battery staple' });
    for (const f of ['iomt.sqlite', 'iomt.sqlite-wal', 'iomt.sqlite-shm']) expect((statSync(join(dir, f)).mode & 0o777).toString(8), f).toBe('600');
    expect((statSync(dir).mode & 0o777).toString(8)).toBe('700');
    await store.close();
  });
});

/** A TCP relay to PostgreSQL that the test can cut and restore: a real outage, seen by the pool. */
function relay(target: URL): Promise<{ port: number; cut(): Promise<void>; restore(): void; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  let refusing = false;
  server.on('connection', (s) => {
    if (refusing) s.destroy();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as { port: number }).port,
        cut: async () => {
          refusing = true;
          for (const s of sockets) s.destroy();
          await new Promise((r) => setTimeout(r, 50));
        },
        restore: () => {
          refusing = false;
        },
        close: () => {
          refusing = false;
          for (const s of sockets) s.destroy();
          return new Promise<void>((r) => server.close(() => r()));
        },
      }),
    ),
  );
}

describe.runIf(ENGINES.includes('postgres'))('a PostgreSQL outage', () => {
  it('answers 503 with Retry-After and a problem document, logs one line without a stack, and recovers', async () => {
    const db = await postgresSchema();
    const url = new URL(db.url);
    const link = await relay(url);
    const relayed = new URL(db.url);
    relayed.port = String(link.port);
    const store = await openStore({ databaseUrl: relayed.toString() });
    const logged: Record<string, unknown>[] = [];
    const app = createApi({ store, log: (e) => logged.push(e) });
    const login = () =>
      app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'x@example.org', password: 'whatever it is' }) });
    try {
      expect((await login()).status).toBe(401);
      await link.cut();
      for (const r of [await login(), await app.request('/api/v1/orgs/abc/products', { headers: { authorization: 'Bearer iomt_abc' } })]) {
        expect(r.status).toBe(503);
        expect(r.headers.get('retry-after')).toBe('5');
        expect(r.headers.get('content-type')).toBe('application/problem+json');
        expect(((await r.json()) as { type: string }).type).toBe('/api/docs#problem-unavailable');
      }
      expect(logged.length).toBeGreaterThan(0);
      for (const e of logged) {
        expect(e).toMatchObject({ level: 'warn', msg: 'database unavailable' });
        expect(e).not.toHaveProperty('stack');
      }
      // The database is back: the same app answers as before, with no restart.
      link.restore();
      expect((await login()).status).toBe(401);
    } finally {
      await store.close();
      await link.close();
      await db.drop();
    }
  });
});

describe('a closed SQLite store', () => {
  it('answers 503, not 500', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iomt-gone-'));
    const store = await openStore({ dataDir: dir });
    const logged: unknown[] = [];
    const app = createApi({ store, log: (e) => logged.push(e) });
    await store.close();
    const r = await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'x@example.org', password: 'whatever it is' }) });
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('5');
    rmSync(dir, { recursive: true, force: true });
  });
});
