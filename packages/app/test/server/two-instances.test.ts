/**
 * Two `iomt serve` processes over one PostgreSQL database behave as one server: a session or
 * token made through one works through the other, sign-in throttling is shared, optimistic
 * versioning holds across them, and concurrent writes through both leave one unforked audit chain.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';
import { ENGINES, PASSWORD, postgresSchema, readExample } from './harness.ts';

const BIN = fileURLToPath(new URL('../../bin/iomt.js', import.meta.url));
const children = new Set<ChildProcess>();

/** Starts `iomt serve` on a free loopback port over `databaseUrl`; resolves with its URL. */
function serve(databaseUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--trust-proxy', '1'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${err}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /serving at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
      if (url && out.includes('Stop with Ctrl+C.\n')) {
        clearTimeout(timer);
        resolve({ url, stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))) });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
}

interface Session {
  cookie: string;
  csrf: string;
}

describe.runIf(ENGINES.includes('postgres'))('two server instances over one PostgreSQL database', () => {
  let db: { url: string; drop(): Promise<void> };
  let store: Store;
  let a: { url: string; stop(): Promise<void> };
  let b: { url: string; stop(): Promise<void> };
  let orgId: string;

  const call = (base: string, method: string, path: string, opts: { session?: Session; token?: string; body?: unknown; from?: string } = {}) =>
    fetch(`${base}${path}`, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.session ? { cookie: opts.session.cookie, 'x-csrf-token': opts.session.csrf } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.from ? { 'x-forwarded-for': opts.from } : {}),
      },
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    });
  const login = async (base: string, email: string): Promise<Session> => {
    const r = await call(base, 'POST', '/api/v1/auth/login', { body: { email, password: PASSWORD }, from: '198.51.100.1' });
    expect(r.status).toBe(200);
    return { cookie: (r.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: ((await r.json()) as { csrfToken: string }).csrfToken };
  };

  beforeAll(async () => {
    db = await postgresSchema();
    store = await openStore({ databaseUrl: db.url });
    const owner = await store.accounts.createUser({ email: 'owner@example.org', displayName: 'Owner', password: PASSWORD });
    await store.accounts.createUser({ email: 'target@example.org', displayName: 'Target', password: PASSWORD });
    orgId = (await store.accounts.createOrganisation({ name: 'Shared', slug: 'shared' }, owner.id)).id;
    [a, b] = await Promise.all([serve(db.url), serve(db.url)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    for (const child of children) child.kill('SIGKILL');
    await store.close();
    await db.drop();
  });

  it('a session made on one instance works on the other, and signing out on the other ends it on both', async () => {
    const s = await login(a.url, 'owner@example.org');
    expect((await call(b.url, 'GET', '/api/v1/auth/me', { session: s })).status).toBe(200);
    expect((await call(b.url, 'POST', '/api/v1/auth/logout', { session: s })).status).toBe(204);
    expect((await call(a.url, 'GET', '/api/v1/auth/me', { session: s })).status).toBe(401);
  });

  it('a token created through one instance works through the other until revoked there', async () => {
    const s = await login(a.url, 'owner@example.org');
    const created = (await (await call(a.url, 'POST', `/api/v1/orgs/${orgId}/tokens`, { session: s, body: { name: 'ci', role: 'editor' } })).json()) as { token: { id: string }; secret: string };
    expect((await call(b.url, 'GET', `/api/v1/orgs/${orgId}/products`, { token: created.secret })).status).toBe(200);
    expect((await call(b.url, 'DELETE', `/api/v1/orgs/${orgId}/tokens/${created.token.id}`, { session: s })).status).toBe(204);
    expect((await call(a.url, 'GET', `/api/v1/orgs/${orgId}/products`, { token: created.secret })).status).toBe(401);
  });

  it('failed sign-ins counted on one instance hold the client back on the other', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await call(i % 2 === 0 ? a.url : b.url, 'POST', '/api/v1/auth/login', { body: { email: 'target@example.org', password: `guess ${i}` }, from: '203.0.113.5' });
      expect(r.status).toBe(401);
    }
    for (const base of [a.url, b.url]) {
      const r = await call(base, 'POST', '/api/v1/auth/login', { body: { email: 'target@example.org', password: PASSWORD }, from: '203.0.113.5' });
      expect(r.status).toBe(429);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // The owner of the account, from another client, is not locked out.
    expect((await call(b.url, 'POST', '/api/v1/auth/login', { body: { email: 'target@example.org', password: PASSWORD }, from: '198.51.100.9' })).status).toBe(200);
  });

  it('two updates from the same version through different instances: one succeeds, the other gets 409', async () => {
    const s = await login(a.url, 'owner@example.org');
    const profile = readExample('class-iia-glucose-meter.yaml');
    const created = await call(a.url, 'POST', `/api/v1/orgs/${orgId}/products`, { session: s, body: { name: 'Meter', profile } });
    expect(created.status).toBe(201);
    const { product } = (await created.json()) as { product: { id: string } };
    const add = (base: string) => call(base, 'POST', `/api/v1/orgs/${orgId}/products/${product.id}/versions`, { session: s, body: { profile, expectedVersion: 1 } });
    const statuses = (await Promise.all([add(a.url), add(b.url)])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
  });

  it('concurrent writes through both instances leave one audit chain, unforked and verified', async () => {
    const s = await login(a.url, 'owner@example.org');
    const before = await store.verifyAudit();
    expect(before.ok).toBe(true);
    const writes = Array.from({ length: 60 }, (_, i) =>
      call(i % 2 === 0 ? a.url : b.url, 'POST', `/api/v1/orgs/${orgId}/scenarios`, { session: s, body: { name: `Scenario ${i}`, scenarios: [] } }),
    );
    const statuses = (await Promise.all(writes)).map((r) => r.status);
    expect(statuses.every((x) => x === 201)).toBe(true);
    const after = await store.verifyAudit();
    expect(after).toMatchObject({ ok: true, entries: before.entries + 60 });
  });
});
