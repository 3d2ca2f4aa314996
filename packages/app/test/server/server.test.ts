/** `startServer` on a real socket: demo seeding, the web app with its fallback and caching, `iomt serve`. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, REPO_EXAMPLES } from '../../src/server/start.ts';
import type { RunningServer, ServerOptions } from '../../src/server/start.ts';
import { ENGINES, postgresSchema } from './harness.ts';

/** A GET with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(base: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const countYaml = (dir: string) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).length;

describe.each(ENGINES)('the running server (%s)', (engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'iomt-serve-'));
  const webRoot = join(dir, 'web');
  let db: { url: string; drop(): Promise<void> } | undefined;
  let options: ServerOptions;
  let server: RunningServer;

  beforeAll(async () => {
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>iomt web</title><div id="root"></div>');
    writeFileSync(join(webRoot, 'assets', 'index-Bq3xY7kZ.js'), 'console.log("app")');
    writeFileSync(join(dir, 'secret.txt'), 'outside the web root');
    db = engine === 'postgres' ? await postgresSchema() : undefined;
    options = { port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), ...(db ? { databaseUrl: db.url } : {}), demo: true, webRoot, log: () => undefined };
    server = await startServer(options);
  });
  afterAll(async () => {
    await server.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('seeds the demo organisation from examples/ with a generated password', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const demo = server.demo;
    expect(demo?.kind).toBe('seeded');
    if (demo?.kind !== 'seeded') return;
    expect(demo.password.length).toBeGreaterThanOrEqual(16);
    expect(demo.products).toBe(countYaml(REPO_EXAMPLES) - demo.skipped.filter((s) => !s.includes('/')).length);
    expect(demo.incidents).toBe(countYaml(join(REPO_EXAMPLES, 'incidents')));
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demo.email, password: demo.password }),
    });
    expect(login.status).toBe(200);
    const me = (await login.json()) as { organisations: { id: string; role: string }[]; csrfToken: string };
    expect(me.organisations).toHaveLength(1);
    expect(me.organisations[0]!.role).toBe('owner');
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const products = (await (await fetch(`${server.url}/api/v1/orgs/${me.organisations[0]!.id}/products?limit=200`, { headers: { cookie } })).json()) as { items: unknown[] };
    expect(products.items).toHaveLength(demo.products);
    const incidents = (await (await fetch(`${server.url}/api/v1/orgs/${me.organisations[0]!.id}/incidents`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    expect(incidents.items).toHaveLength(demo.incidents);
    const plan = await fetch(`${server.url}/api/v1/orgs/${me.organisations[0]!.id}/incidents/${incidents.items[0]!.id}/plan`, { headers: { cookie } });
    expect(plan.status).toBe(200);
  });

  it('serves the web app: files, an index.html fallback for client routes, long caching for hashed assets', async () => {
    const index = await fetch(`${server.url}/`);
    expect(await index.text()).toContain('iomt web');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const route = await fetch(`${server.url}/incidents/123`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('iomt web');
    const asset = await fetch(`${server.url}/assets/index-Bq3xY7kZ.js`);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const r = await rawGet(server.url, path);
      expect(r.body, path).not.toContain('outside the web root');
    }
    // API paths never fall back to the web app: unknown ones are problems (401 before sign-in under /api/v1).
    expect((await fetch(`${server.url}/api/v1/nothing-here`)).status).toBe(401);
    const api = await fetch(`${server.url}/api/nothing-here`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
  });

  it('says the demo exists on the next start, and never reuses a password', async () => {
    await server.close();
    server = await startServer(options);
    expect(server.demo).toEqual({ kind: 'exists', email: 'demo@example.org' });
    const other = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'other'), demo: true, webRoot, log: () => undefined });
    try {
      expect(other.demo?.kind).toBe('seeded');
    } finally {
      await other.close();
    }
  });
});
