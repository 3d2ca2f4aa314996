/** How errors become problem documents: the core's and the store's errors mapped, unexpected ones logged and hidden. */
import { describe, expect, it } from 'vitest';
import { InputError, TimeInputError } from '@iomt/core';
import { createApi } from '../../src/server/app.ts';
import { toProblem } from '../../src/server/errors.ts';
import { problemDocument } from '../../src/server/problem.ts';
import { ConflictError, DuplicateError, ForbiddenError, InvalidInputError, NotFoundError } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';

const doc = (e: unknown) => {
  const p = toProblem(e);
  if (!p) throw new Error('not mapped');
  return problemDocument(p);
};

describe('error mapping', () => {
  it("maps the core's input errors to 400 naming the field", () => {
    expect(doc(new InputError('asOf', '2026-13-01', 'a calendar date as YYYY-MM-DD'))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/asOf', in: 'body', value: '2026-13-01', expected: 'a calendar date as YYYY-MM-DD' }],
    });
    expect(doc(new TimeInputError('start', 'x', 'an instant'))).toMatchObject({ status: 400, errors: [{ pointer: '/start', value: 'x', expected: 'an instant' }] });
  });

  it("maps the store's errors: not found 404 (one body for all), conflict and duplicate 409, forbidden 403, bad input 400", () => {
    const a = doc(new NotFoundError('product', 'p1'));
    const b = doc(new NotFoundError('incident', 'i2'));
    expect(a).toEqual(b);
    expect(a.status).toBe(404);
    expect(JSON.stringify(a)).not.toContain('p1');
    expect(doc(new ConflictError('incident', 'i1', 3, 5))).toMatchObject({ status: 409, currentVersion: 5 });
    expect(doc(new DuplicateError('email', 'a@example.org'))).toMatchObject({ status: 409, errors: [{ pointer: '/email', value: 'a@example.org' }] });
    expect(doc(new ForbiddenError('owner', 'editor'))).toMatchObject({ status: 403, detail: 'This needs the owner role; you have editor.' });
    expect(doc(new InvalidInputError('/cursor', 'zz', 'a cursor'))).toMatchObject({ status: 400, errors: [{ pointer: '/cursor', in: 'query' }] });
  });

  it('answers an unexpected failure with 500 and a reference, logs the stack, and shows none', async () => {
    const logged: Record<string, unknown>[] = [];
    const failing = new Proxy({} as Store, {
      get: (_t, prop) => {
        if (prop === 'dialect') return 'sqlite';
        if (prop === 'accounts') return { resolveToken: () => Promise.reject(new Error('database exploded at /secret/path.ts:12')) };
        return undefined;
      },
    });
    const app = createApi({ store: failing, log: (e) => logged.push(e) });
    const res = await app.request('/api/v1/acts', { headers: { authorization: 'Bearer iomt_x' } });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = await res.text();
    expect(body).not.toContain('exploded');
    expect(body).not.toMatch(/\.ts:\d+|\n\s+at /);
    const reference = /reference ([0-9a-f-]{36})/.exec(body)?.[1];
    expect(reference).toBeDefined();
    expect(logged).toEqual([expect.objectContaining({ level: 'error', reference, error: 'database exploded at /secret/path.ts:12', stack: expect.stringContaining('Error') as unknown })]);
  });
});
