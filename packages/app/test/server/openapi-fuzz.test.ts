/**
 * Every operation of the document, driven with hostile values in its body, query and path: the
 * answer is always a status the document lists for it, never a 500, and errors are problems.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ENGINES } from './harness.ts';
import type { World } from './harness.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
interface Op {
  method: string;
  path: string;
  op: { operationId: string; responses: Record<string, unknown>; parameters?: { name: string; in: string }[]; requestBody?: unknown };
}

const HOSTILE_BODIES: unknown[] = [
  null,
  [],
  'plain string',
  12345,
  {},
  { profile: null, case: 'x', state: [], expectedVersion: -1, name: '', email: 7, role: 'root', kind: 'nope', at: 'now' },
  { profile: { product: { hasDigitalElements: { $ne: 1 } } }, expectedVersion: 1.5, name: 'x'.repeat(5000) },
  { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } },
  JSON.parse('{"a":' + '['.repeat(500) + ']'.repeat(500) + '}') as unknown,
];
const HOSTILE_IDS = ['..', '%2e%2e%2f', 'x'.repeat(300), "'; DROP TABLE users; --", '%00', '-1', '1e309'];
const HOSTILE_QUERIES = ['limit=0', 'limit=999', 'limit=abc', 'cursor=%00', 'asOf=2026-02-30', 'now=yesterday', 'scenario=nope', 'format=exe', 'regime=..%2f', 'x=1'];

describe.each(ENGINES)('the document against hostile input (%s)', (engine) => {
  let w: World;
  let ops: Op[];
  beforeAll(async () => {
    w = await createWorld(engine);
    const doc = (await (await w.app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, Op['op']>> };
    ops = Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ method: m, path, op: item[m]! })));
  });
  afterAll(() => w.dispose());

  const check = async (o: Op, url: string, body?: unknown) => {
    // A bearer token needs no CSRF header, so only the input decides the answer.
    const r = await w.call(w.as.tokenEditorA, o.method.toUpperCase(), url, body);
    const label = `${o.method} ${url} ${body === undefined ? '' : JSON.stringify(body)?.slice(0, 80)}`;
    expect(r.status, label).toBeLessThan(500);
    expect(Object.keys(o.op.responses), label).toContain(String(r.status));
    if (r.status >= 400) expect(r.headers.get('content-type'), label).toBe('application/problem+json');
  };

  it('answers hostile bodies with documented statuses', async () => {
    let n = 0;
    for (const o of ops.filter((x) => x.op.requestBody)) {
      const url = o.path.replace('{orgId}', w.orgA.id).replace(/\{[A-Za-z]+\}/g, 'abc');
      for (const body of HOSTILE_BODIES) {
        await check(o, url, body);
        n++;
      }
    }
    expect(n).toBeGreaterThan(150);
  });

  it('answers hostile path values and query strings with documented statuses', async () => {
    for (const o of ops.filter((x) => x.path.includes('{'))) {
      for (const id of HOSTILE_IDS) {
        const url = o.path.replace('{orgId}', o.path.endsWith('{orgId}') ? id : w.orgA.id).replace(/\{[A-Za-z]+\}/g, id);
        await check(o, url, o.op.requestBody ? {} : undefined);
      }
    }
    for (const o of ops.filter((x) => x.method === 'get')) {
      const base = o.path.replace('{orgId}', w.orgA.id).replace(/\{[A-Za-z]+\}/g, 'abc');
      for (const q of HOSTILE_QUERIES) await check(o, `${base}?${q}`);
    }
  });
});
