/**
 * Regression tests of hostile input: deeply nested JSON on every body route, and secrets echoed
 * back in problem documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createWorld, ENGINES } from './harness.ts';
import type { World } from './harness.ts';

const METHODS = ['post', 'put', 'patch', 'delete'] as const;
/** About 10 KB: 5,000 levels of arrays, the shape of the reported attack. */
const DEEP = '['.repeat(5000) + ']'.repeat(5000);

describe.each(ENGINES)('hostile input (%s)', (engine) => {
  let w: World;
  const logged: unknown[] = [];
  let bodyRoutes: { method: string; path: string }[];
  beforeAll(async () => {
    w = await createWorld(engine, { log: (e) => logged.push(e) });
    const doc = (await (await w.app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    bodyRoutes = Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]?.requestBody).map((method) => ({ method, path })));
  });
  afterAll(() => w.dispose());

  it('answers JSON nested 5,000 deep with a 400 problem on every body route, login included, and logs nothing', async () => {
    expect(bodyRoutes.length).toBeGreaterThan(20);
    expect(bodyRoutes).toContainEqual({ method: 'post', path: '/api/v1/auth/login' });
    for (const { method, path } of bodyRoutes) {
      const url = `${path.replace('{orgId}', w.orgA.id).replace(/\{[A-Za-z]+\}/g, 'abc')}`;
      for (const body of [DEEP, `{"email":${DEEP},"password":"x"}`, `{"profile":{"a":${DEEP}}}`]) {
        const who = path === '/api/v1/auth/login' ? ANONYMOUS : w.as.tokenEditorA;
        const r = await w.call(who, method.toUpperCase(), url, body);
        expect(r.status, `${method} ${url}`).toBe(400);
        expect(r.headers.get('content-type')).toBe('application/problem+json');
        const problem = (await r.json()) as { detail: string; errors: { pointer: string; value?: unknown }[] };
        expect(problem.detail).toMatch(/nests .* more than 64 levels/);
        expect(problem.errors[0]).not.toHaveProperty('value');
      }
    }
    expect(logged).toEqual([]);
  });

  it('quotes large invalid values only as a bounded preview, twenty field errors at most', async () => {
    const wide = { profile: { product: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, 'x'.repeat(1000)])) } };
    const r = await w.call(w.as.tokenEditorA, 'POST', '/api/v1/assess', wide);
    expect(r.status).toBe(400);
    const text = await r.text();
    expect(text.length).toBeLessThan(40_000);
    const problem = JSON.parse(text) as { detail: string; errors: unknown[] };
    expect(problem.errors).toHaveLength(20);
    expect(problem.detail).toContain('499 more');
  });

  it('never echoes a submitted password: too long at login, too short for a new password', async () => {
    const long = 'p'.repeat(1025);
    const r = await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email: 'owner-a@example.org', password: long });
    expect(r.status).toBe(400);
    const body = await r.text();
    expect(body).not.toContain(long.slice(0, 50));
    const problem = JSON.parse(body) as { errors: { pointer: string; value?: unknown }[] };
    expect(problem.errors.map((e) => e.pointer)).toContain('/password');
    expect(problem.errors.find((e) => e.pointer === '/password')).not.toHaveProperty('value');

    // Wrong type with the secret nested in an object: the object preview redacts it too.
    const r2 = await w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email: { password: 'hunter2-secret' }, password: 'x' });
    expect(r2.status).toBe(400);
    expect(await r2.text()).not.toContain('hunter2-secret');
  });
});
