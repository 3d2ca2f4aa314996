/**
 * A running API over a fresh store per test file: SQLite in a temp directory, and PostgreSQL
 * (TEST_DATABASE_URL, in a schema of its own, dropped afterwards) when the variable is set. In CI
 * a missing TEST_DATABASE_URL fails the run rather than quietly testing one engine.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApi } from '../../src/server/app.ts';
import type { ApiOptions } from '../../src/server/app.ts';
import { openStore } from '../../src/store/index.ts';
import type { Organisation, Store, User } from '../../src/store/index.ts';

export type Engine = 'sqlite' | 'postgres';
const DATABASE_URL = process.env.TEST_DATABASE_URL;
if (process.env.CI && !DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set: in CI the API suite must run against PostgreSQL too');
export const ENGINES: Engine[] = DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStore {
  store: Store;
  dispose: () => Promise<void>;
}

export async function openTestStore(engine: Engine): Promise<TestStore> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'iomt-api-'));
    const store = await openStore({ dataDir: dir });
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const db = await postgresSchema();
  const store = await openStore({ databaseUrl: db.url });
  return {
    store,
    dispose: async () => {
      await store.close();
      await db.drop();
    },
  };
}

/** A fresh, empty schema in the test database, and a URL whose connections use it. */
export async function postgresSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `t_api_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = `${DATABASE_URL}${DATABASE_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    drop: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

export const PASSWORD = 'correct horse battery staple';

/** How a request authenticates: a signed-in session (cookie + CSRF token), a bearer token, or nothing. */
export type Credential = { kind: 'session'; cookie: string; csrf: string } | { kind: 'token'; secret: string } | { kind: 'none' };
export const ANONYMOUS: Credential = { kind: 'none' };

export interface World {
  engine: Engine;
  store: Store;
  app: ReturnType<typeof createApi>;
  orgA: Organisation;
  orgB: Organisation;
  users: { ownerA: User; editorA: User; viewerA: User; ownerB: User };
  as: {
    ownerA: Credential;
    editorA: Credential;
    viewerA: Credential;
    ownerB: Credential;
    tokenEditorA: Credential;
    tokenViewerA: Credential;
    tokenOwnerB: Credential;
  };
  call(who: Credential, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = Record<string, unknown>>(who: Credential, method: string, path: string, body?: unknown): Promise<{ status: number; body: T; res: Response }>;
  login(email: string, password?: string): Promise<Credential>;
  dispose(): Promise<void>;
}

export async function createWorld(engine: Engine, options: Omit<ApiOptions, 'store'> = {}): Promise<World> {
  const { store, dispose } = await openTestStore(engine);
  const logged: unknown[] = [];
  const app = createApi({ store, log: (e) => logged.push(e), ...options });
  const mk = (email: string, name: string) => store.accounts.createUser({ email, displayName: name, password: PASSWORD });
  const ownerA = await mk('owner-a@example.org', 'Owner A');
  const editorA = await mk('editor-a@example.org', 'Editor A');
  const viewerA = await mk('viewer-a@example.org', 'Viewer A');
  const ownerB = await mk('owner-b@example.org', 'Owner B');
  const orgA = await store.accounts.createOrganisation({ name: 'Alpha Medical', slug: 'alpha' }, ownerA.id);
  const orgB = await store.accounts.createOrganisation({ name: 'Beta Health', slug: 'beta' }, ownerB.id);
  const scopeA = store.org({ userId: ownerA.id, orgId: orgA.id, role: 'owner', via: 'cli' });
  await scopeA.members.add(editorA.id, 'editor');
  await scopeA.members.add(viewerA.id, 'viewer');

  const call: World['call'] = (who, method, path, body, headers = {}) => {
    const h: Record<string, string> = { ...headers };
    if (who.kind === 'session') {
      h.cookie = who.cookie;
      h['x-csrf-token'] ??= who.csrf;
    } else if (who.kind === 'token') h.authorization = `Bearer ${who.secret}`;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    return Promise.resolve(app.request(path, { method, headers: h, ...(payload !== undefined ? { body: payload } : {}) }));
  };
  const json: World['json'] = async (who, method, path, body) => {
    const res = await call(who, method, path, body);
    const text = await res.clone().text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as never, res };
  };
  const login = async (email: string, password = PASSWORD): Promise<Credential> => {
    const res = await call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const b = (await res.json()) as { csrfToken: string };
    return { kind: 'session', cookie, csrf: b.csrfToken };
  };
  const token = async (scope: ReturnType<Store['org']>, role: 'owner' | 'editor' | 'viewer'): Promise<Credential> => ({
    kind: 'token',
    secret: (await scope.tokens.create({ name: `${role} token`, role })).secret,
  });
  const scopeB = store.org({ userId: ownerB.id, orgId: orgB.id, role: 'owner', via: 'cli' });
  const as = {
    ownerA: await login(ownerA.email),
    editorA: await login(editorA.email),
    viewerA: await login(viewerA.email),
    ownerB: await login(ownerB.email),
    tokenEditorA: await token(scopeA, 'editor'),
    tokenViewerA: await token(scopeA, 'viewer'),
    tokenOwnerB: await token(scopeB, 'owner'),
  };
  return { engine, store, app, orgA, orgB, users: { ownerA, editorA, viewerA, ownerB }, as, call, json, login, dispose };
}

/** Example inputs, read once. */
export { readExample, readIncidentExample } from './examples.ts';
