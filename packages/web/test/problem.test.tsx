// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, setCsrfToken } from '../src/api/client.ts';
import { ProblemError, toProblem } from '../src/api/problem.ts';
import { ProblemView } from '../src/components/ProblemView.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('ProblemView', () => {
  it('says what went wrong in words, and each field error with what was expected and found', () => {
    render(
      <ProblemView
        problem={{
          type: 'https://iomt.example/problems/validation',
          title: 'The request is invalid',
          status: 400,
          detail: '1 field is invalid.',
          errors: [{ pointer: '/product/medicalDevice/class', value: 'IIc', expected: 'one of "I", "IIa", "IIb", "III"' }],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Some of what you entered was not accepted');
    expect(alert.textContent).not.toContain('HTTP');
    const item = screen.getByText('product.medicalDevice.class').closest('li');
    expect(item?.textContent).toBe('product.medicalDevice.class — expected one of "I", "IIa", "IIb", "III" (found “IIc”)');
  });

  it('explains a stale version conflict', () => {
    render(<ProblemView problem={{ title: 'Conflict', status: 409, currentVersion: 4 }} />);
    expect(screen.getByRole('alert').textContent).toContain('A newer version (4) was saved meanwhile');
  });

  it('says "wrong e-mail or password" at sign-in, not "sign in first", and never shows the route or status', () => {
    render(
      <ProblemView
        context="sign-in"
        problem={{ title: 'Sign in first', status: 401, detail: 'Wrong e-mail or password.' }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Wrong e-mail or password.');
    cleanup();
    render(<ProblemView problem={{ title: 'Sign in first', status: 401, detail: 'Sign in (POST /api/v1/auth/login) or send an API token as `Authorization: Bearer <token>`.' }} />);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('You are signed out');
    expect(text).not.toMatch(/api|HTTP|401|Bearer/);
  });

  it('names a field by its question and drops API routes from what is expected', () => {
    render(
      <ProblemView
        describe={(f) => (f === 'product.bogus' ? undefined : undefined)}
        problem={{ title: 'The request is invalid', status: 400, errors: [{ pointer: '/change/facts/product.bogus', value: true, expected: 'a fact path from GET /api/v1/schema/profile, e.g. product.medicalDevice.class' }] }}
      />,
    );
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('product.bogus — expected a fact path, e.g. product.medicalDevice.class (found true)');
    expect(text).not.toContain('/api/');
  });

  it('renders nothing without a problem', () => {
    const { container } = render(<ProblemView problem={undefined} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('the API client', () => {
  it('turns a problem+json response into a ProblemError carrying the document', async () => {
    const body = { title: 'Not found', status: 404, detail: 'There is no such product.' };
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status: 404, headers: { 'content-type': 'application/problem+json' } }))));
    const error = await api.product('org1', 'p1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problem).toEqual(body);
    expect((error as ProblemError).status).toBe(404);
  });

  it('builds a problem document from a non-JSON error body', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('upstream down', { status: 502, statusText: 'Bad Gateway' }))));
    const error = await api.me().catch((e: unknown) => e);
    expect(toProblem(error)).toEqual({ title: 'Bad Gateway', status: 502, detail: 'upstream down' });
  });

  it('sends the CSRF token on state-changing requests only, and JSON bodies', async () => {
    const calls: [string, RequestInit][] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init: RequestInit) => {
        calls.push([url, init]);
        return Promise.resolve(new Response('{"items":[],"next":null}', { status: 200, headers: { 'content-type': 'application/json' } }));
      }),
    );
    setCsrfToken('tok-123');
    await api.products('o1');
    await api.saveVersion('o1', 'p1', { profile: {}, expectedVersion: 2 });
    const [getCall, postCall] = calls;
    expect(getCall?.[0]).toBe('/api/v1/orgs/o1/products?limit=200');
    expect((getCall?.[1].headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
    expect(postCall?.[0]).toBe('/api/v1/orgs/o1/products/p1/versions');
    expect((postCall?.[1].headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-123');
    expect(JSON.parse(postCall?.[1].body as string)).toEqual({ profile: {}, expectedVersion: 2 });
  });

  it('reports a network failure as a problem with its message', () => {
    expect(toProblem(new TypeError('Failed to fetch'))).toEqual({ title: 'The request could not be completed', status: 0, detail: 'Failed to fetch' });
  });
});
