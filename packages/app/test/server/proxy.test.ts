/** Behind a trusted reverse proxy: rate limits per real client, Secure cookies over https. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createWorld, PASSWORD } from './harness.ts';
import type { World } from './harness.ts';

describe('with one trusted reverse proxy', () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld('sqlite', { trustedProxies: 1 });
  });
  afterAll(() => w.dispose());

  const login = (email: string, password: string, forwardedFor: string, proto = 'http') =>
    w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email, password }, { 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': proto });

  it('counts failed sign-ins per forwarded client address, not per proxy', async () => {
    for (let i = 0; i < 20; i++) expect((await login(`nobody${i}@example.org`, 'guess', '198.51.100.7')).status).toBe(401);
    expect((await login('owner-a@example.org', PASSWORD, '198.51.100.7')).status).toBe(429);
    // A forged left-hand entry does not move the client out of its bucket …
    expect((await login('owner-a@example.org', PASSWORD, '192.0.2.1, 198.51.100.7')).status).toBe(429);
    // … while another client behind the same proxy signs in.
    expect((await login('owner-a@example.org', PASSWORD, '198.51.100.8')).status).toBe(200);
  });

  it('marks the session cookie Secure when the proxy says the client used https', async () => {
    const r = await login('owner-b@example.org', PASSWORD, '198.51.100.9', 'https');
    expect(r.status).toBe(200);
    expect(r.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const plain = await login('owner-b@example.org', PASSWORD, '198.51.100.9', 'http');
    expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });
});
