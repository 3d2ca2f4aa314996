import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../src/api/client.ts';
import { acceptLink, invitationFromFragment } from '../src/pages/AcceptInvitationPage.tsx';

describe('the invitation accept link', () => {
  it('carries the secret in the fragment and reads back what it carries', () => {
    const link = acceptLink('https://iomt.example', { secret: 'inv_a+b/c=d', org: 'Müller & Söhne', role: 'editor' });
    const url = new URL(link);
    expect(url.pathname).toBe('/invitations/accept');
    expect(url.search).toBe('');
    expect(invitationFromFragment(url.hash)).toEqual({ secret: 'inv_a+b/c=d', org: 'Müller & Söhne', role: 'editor' });
  });

  it('takes a bare pasted secret, ignores an unknown role and has nothing without a secret', () => {
    expect(invitationFromFragment('#inv_123')).toEqual({ secret: 'inv_123' });
    expect(invitationFromFragment('#invitation=s1&role=admin')).toEqual({ secret: 's1' });
    expect(invitationFromFragment('#org=Acme')).toBeUndefined();
    expect(invitationFromFragment('')).toBeUndefined();
  });
});

describe('the invitation client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('speaks to the invitation routes with the bodies the server expects', async () => {
    const calls: { url: string; method: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      calls.push({ url, method: init.method ?? 'GET', body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined });
      return Promise.resolve(new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    });
    await api.invite('org 1', { email: 'a@b.example', role: 'viewer', expiresInDays: 3 });
    await api.invitations('org 1', 'pending');
    await api.revokeInvitation('org 1', 'inv/1');
    await api.acceptInvitation('s3cret');
    await api.signUpWithInvitation({ secret: 's3cret', displayName: 'Ana', password: 'twelve chars!' });
    expect(calls).toEqual([
      { url: '/api/v1/orgs/org%201/invitations', method: 'POST', body: { email: 'a@b.example', role: 'viewer', expiresInDays: 3 } },
      { url: '/api/v1/orgs/org%201/invitations?limit=200&status=pending', method: 'GET', body: undefined },
      { url: '/api/v1/orgs/org%201/invitations/inv%2F1', method: 'DELETE', body: undefined },
      { url: '/api/v1/invitations/accept', method: 'POST', body: { secret: 's3cret' } },
      { url: '/api/v1/invitations/sign-up', method: 'POST', body: { secret: 's3cret', displayName: 'Ana', password: 'twelve chars!' } },
    ]);
    expect('addMember' in api).toBe(false);
  });
});
