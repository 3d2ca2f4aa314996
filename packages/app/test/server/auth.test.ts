/** Sign-in, sessions, CSRF, tokens, roles and login rate limiting. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createWorld, ENGINES, PASSWORD, readExample } from './harness.ts';
import type { Credential, World } from './harness.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe.each(ENGINES)('authentication and authorisation (%s)', (engine) => {
  let w: World;
  let clock = new Date('2026-11-23T10:00:00Z');
  beforeAll(async () => {
    w = await createWorld(engine, { now: () => clock });
  });
  afterAll(() => w.dispose());

  it('answers 401 on every route but health, openapi.json, login, sign-up with an invitation and the docs page', async () => {
    const doc = (await (await w.app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const open: string[] = [];
    let checked = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const m of METHODS) {
        const op = item[m];
        if (!op) continue;
        const url = path.replace(/\{[A-Za-z]+\}/g, (p) => (p === '{n}' ? '1' : p === '{orgId}' ? w.orgA.id : 'x1'));
        const res = await w.call(ANONYMOUS, m.toUpperCase(), url, ['post', 'put', 'patch'].includes(m) ? {} : undefined);
        if ((op.security ?? []).length === 0) {
          open.push(`${m} ${path}`);
          continue;
        }
        checked++;
        expect(res.status, `${m} ${path}`).toBe(401);
        expect(res.headers.get('content-type')).toBe('application/problem+json');
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
    expect(open.sort()).toEqual(['get /api/docs', 'get /api/v1/health', 'get /api/v1/openapi.json', 'post /api/v1/auth/login', 'post /api/v1/invitations/sign-up']);
    expect(checked).toBeGreaterThan(55);
  });

  it('signs in with a session cookie that is HttpOnly and SameSite=Strict (Secure over https)', async () => {
    const res = await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email: 'viewer-a@example.org', password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^iomt_session=[^;]{20,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    const body = (await res.json()) as { user: { email: string; passwordHash?: string }; organisations: { id: string; role: string }[]; csrfToken: string };
    expect(body.user.email).toBe('viewer-a@example.org');
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.organisations).toEqual([{ id: w.orgA.id, slug: 'alpha', name: 'Alpha Medical', role: 'viewer' }]);
    expect(body.csrfToken.length).toBeGreaterThan(15);
    const https = await w.app.request('https://iomt.example/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'viewer-a@example.org', password: PASSWORD }),
    });
    expect(https.headers.get('set-cookie')).toContain('Secure');
  });

  it('reports the caller on /auth/me, for sessions and for tokens', async () => {
    const me = await w.json<{ user: { id: string }; organisations: { id: string; role: string }[]; csrfToken: string | null }>(w.as.editorA, 'GET', '/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(w.users.editorA.id);
    expect(me.body.csrfToken).toBe((w.as.editorA as { csrf: string }).csrf);
    const tok = await w.json<{ organisations: { id: string; role: string }[]; csrfToken: null }>(w.as.tokenViewerA, 'GET', '/api/v1/auth/me');
    expect(tok.body.organisations).toEqual([expect.objectContaining({ id: w.orgA.id, role: 'viewer' })]);
    expect(tok.body.csrfToken).toBeNull();
  });

  it('requires the CSRF header on unsafe requests signed in by cookie, not by token', async () => {
    const session = w.as.editorA as Extract<Credential, { kind: 'session' }>;
    const body = { name: 'CSRF probe', profile: { product: { hasDigitalElements: true } } };
    const path = `/api/v1/orgs/${w.orgA.id}/products`;
    const without = await w.app.request(path, { method: 'POST', headers: { cookie: session.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(without.status).toBe(403);
    expect(((await without.json()) as { type: string }).type).toBe('/api/docs#problem-csrf');
    const wrong = await w.call(session, 'POST', path, body, { 'x-csrf-token': 'not-the-token' });
    expect(wrong.status).toBe(403);
    const count = (await w.json<{ items: unknown[] }>(session, 'GET', path)).body.items.length;
    expect(count).toBe(0);
    expect((await w.call(session, 'POST', path, body)).status).toBe(201);
    expect((await w.call(w.as.tokenEditorA, 'POST', path, body)).status).toBe(201);
    // Safe methods need no CSRF header.
    expect((await w.app.request(path, { headers: { cookie: session.cookie } })).status).toBe(200);
  });

  it('rejects unknown, malformed and revoked credentials', async () => {
    expect((await w.call({ kind: 'token', secret: 'iomt_nope' }, 'GET', '/api/v1/auth/me')).status).toBe(401);
    expect((await w.app.request('/api/v1/auth/me', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
    expect((await w.app.request('/api/v1/auth/me', { headers: { cookie: 'iomt_session=forged' } })).status).toBe(401);
    const bad = await w.app.request('/api/v1/auth/me', { headers: { authorization: 'Bearer iomt_nope' } });
    expect(((await bad.json()) as { detail: string }).detail).toBe('The API token is unknown, revoked or expired.');
    // Public routes stay public whatever credentials come along.
    expect((await w.app.request('/api/v1/health', { headers: { authorization: 'Bearer iomt_nope' } })).status).toBe(200);
    const created = await w.json<{ token: { id: string }; secret: string }>(w.as.ownerA, 'POST', `/api/v1/orgs/${w.orgA.id}/tokens`, { name: 'short-lived', role: 'viewer' });
    expect(created.status).toBe(201);
    const tok: Credential = { kind: 'token', secret: created.body.secret };
    expect((await w.call(tok, 'GET', `/api/v1/orgs/${w.orgA.id}`)).status).toBe(200);
    expect((await w.call(w.as.ownerA, 'DELETE', `/api/v1/orgs/${w.orgA.id}/tokens/${created.body.token.id}`)).status).toBe(204);
    expect((await w.call(tok, 'GET', `/api/v1/orgs/${w.orgA.id}`)).status).toBe(401);
  });

  it('ends the session on logout', async () => {
    const s = await w.login('viewer-a@example.org');
    expect((await w.call(s, 'GET', '/api/v1/auth/me')).status).toBe(200);
    const out = await w.call(s, 'POST', '/api/v1/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/iomt_session=;.*Max-Age=0/);
    expect((await w.call(s, 'GET', '/api/v1/auth/me')).status).toBe(401);
  });

  it('enforces roles: viewers read, editors write, owners manage members and tokens', async () => {
    const org = `/api/v1/orgs/${w.orgA.id}`;
    const product = { name: 'Role probe', profile: readExample('consumer-fitness-band.yaml') };
    for (const viewer of [w.as.viewerA, w.as.tokenViewerA]) {
      expect((await w.call(viewer, 'GET', `${org}/products`)).status).toBe(200);
      const r = await w.call(viewer, 'POST', `${org}/products`, product);
      expect(r.status).toBe(403);
      expect(((await r.json()) as { type: string }).type).toBe('/api/docs#problem-forbidden');
      expect((await w.call(viewer, 'POST', `${org}/scenarios`, { name: 'x', scenarios: [] })).status).toBe(403);
    }
    for (const editor of [w.as.editorA, w.as.tokenEditorA]) {
      expect((await w.call(editor, 'POST', `${org}/tokens`, { name: 'x', role: 'viewer' })).status).toBe(403);
      expect((await w.call(editor, 'GET', `${org}/tokens`)).status).toBe(403);
      expect((await w.call(editor, 'PATCH', `${org}/members/${w.users.viewerA.id}`, { role: 'owner' })).status).toBe(403);
    }
    expect((await w.call(w.as.editorA, 'GET', `${org}/members`)).status).toBe(200);
  });

  it('makes one client wait after 5 failed sign-ins on an account (429 + Retry-After), doubling the wait, without locking the account', async () => {
    const email = 'editor-a@example.org';
    for (let i = 0; i < 5; i++) {
      const r = await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email, password: `wrong password ${i}` });
      expect(r.status).toBe(401);
    }
    const waiting = await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email, password: PASSWORD });
    expect(waiting.status).toBe(429);
    const retry = Number(waiting.headers.get('retry-after'));
    expect(retry).toBe(1);
    expect(((await waiting.json()) as { retryAfterSeconds: number }).retryAfterSeconds).toBe(retry);
    // Another account from the same address is not held back by these five.
    expect((await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email: 'owner-b@example.org', password: PASSWORD })).status).toBe(200);
    clock = new Date(clock.getTime() + 1000);
    expect((await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email, password: 'wrong again' })).status).toBe(401);
    const longer = await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email, password: PASSWORD });
    expect(longer.status).toBe(429);
    expect(Number(longer.headers.get('retry-after'))).toBe(2);
    clock = new Date(clock.getTime() + 2000);
    expect((await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  it('limits failures per client address across accounts', async () => {
    clock = new Date(clock.getTime() + 60 * 60 * 1000);
    for (let i = 0; i < 20; i++) {
      const r = await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email: `nobody${i}@example.org`, password: 'guess' });
      expect(r.status).toBe(401);
    }
    const r = await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email: 'owner-a@example.org', password: PASSWORD });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
    clock = new Date(clock.getTime() + 2 * 60 * 60 * 1000);
  });

  it('refuses a disabled account, and its existing session', async () => {
    const s = await w.login('viewer-a@example.org');
    await w.store.accounts.setDisabled(w.users.viewerA.id, true);
    expect((await w.call(s, 'GET', '/api/v1/auth/me')).status).toBe(401);
    expect((await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email: 'viewer-a@example.org', password: PASSWORD })).status).toBe(401);
    await w.store.accounts.setDisabled(w.users.viewerA.id, false);
  });

  it('sends the security headers', async () => {
    const r = await w.call(w.as.editorA, 'GET', '/api/v1/auth/me');
    expect(r.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('cache-control')).toBe('no-store');
  });
});
