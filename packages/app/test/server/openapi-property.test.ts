/**
 * A bounded fuzz run driven by the OpenAPI document, with a fixed seed so a failure reproduces:
 * random JSON bodies (and random path ids and query strings) on every operation must never answer
 * 5xx, must answer a status the document lists, and a refused request must write nothing (the
 * audit chain is exactly as long as before).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ENGINES } from './harness.ts';
import type { World } from './harness.ts';

const SEED = 20_261_207;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
interface Op {
  method: string;
  path: string;
  responses: string[];
  hasBody: boolean;
}

/** Bodies shaped like ours (the keys our schemas use) as well as arbitrary JSON. */
const KEYS = ['profile', 'case', 'state', 'name', 'email', 'role', 'password', 'expectedVersion', 'asOf', 'format', 'regime', 'values', 'secret', 'scenarios', 'title', 'kind', 'at'];
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
  fc.string({ maxLength: 200 }).map((s) => `{"name":${JSON.stringify(s)}`), // truncated JSON
);
const pathId = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent));
const query = fc.dictionary(fc.constantFrom('limit', 'cursor', 'asOf', 'format', 'regime', 'status', 'now', 'x'), fc.string({ maxLength: 30 }), { maxKeys: 3 });

describe.each(ENGINES)('fuzzing the documented operations (%s)', (engine) => {
  let w: World;
  let ops: Op[];
  beforeAll(async () => {
    w = await createWorld(engine, { log: () => undefined });
    const doc = (await (await w.app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>> };
    ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({ method: m, path, responses: Object.keys(item[m]!.responses), hasBody: item[m]!.requestBody !== undefined })),
    );
  });
  afterAll(() => w.dispose());

  it('never answers 5xx, answers only documented statuses, and writes nothing when it refuses', async () => {
    expect(ops.length).toBeGreaterThan(60);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10_000 }), pathId, query, body, async (pick, id, q, b) => {
        const op = ops[pick % ops.length]!;
        const path = op.path.replace('{orgId}', w.orgA.id).replace(/\{[A-Za-z]+\}/g, id);
        const search = new URLSearchParams(q).toString();
        const url = `${path}${search ? `?${search}` : ''}`;
        const before = await w.store.verifyAudit();
        const r = await w.call(w.as.tokenEditorA, op.method.toUpperCase(), url, op.hasBody ? b : undefined);
        const label = `${op.method} ${url}`;
        expect(r.status, label).toBeLessThan(500);
        expect(op.responses, label).toContain(String(r.status));
        if (r.status >= 400) {
          refused++;
          expect(r.headers.get('content-type'), label).toBe('application/problem+json');
          const after = await w.store.verifyAudit();
          expect(after, label).toEqual(before);
        }
        await r.arrayBuffer();
      }),
      { seed: SEED, numRuns: 400, endOnFailure: true },
    );
    // Most random input is refused; the run would be hollow otherwise.
    expect(refused).toBeGreaterThan(200);
  }, 120_000);
});
