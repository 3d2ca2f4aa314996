/**
 * Sign-in throttling cannot be turned into a lock-out: an attacker hammering an account from one
 * client (or from many) only slows themselves; the owner signs in from their own client at once
 * or after a wait of seconds. The state is in the store (shared by instances; see two-instances).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createWorld, ENGINES, PASSWORD } from './harness.ts';
import type { World } from './harness.ts';

describe.each(ENGINES)('sign-in throttling (%s)', (engine) => {
  let w: World;
  let clock = new Date('2026-11-23T10:00:00Z');
  const from = (address: string, email: string, password: string) =>
    w.call(ANONYMOUS, 'POST', '/api/v1/auth/login', { email, password }, { 'x-forwarded-for': address });
  beforeAll(async () => {
    w = await createWorld(engine, { now: () => clock, trustedProxies: 1 });
  });
  afterAll(() => w.dispose());

  it('an attacker failing 40 times from one client is held back with growing waits; the owner from another client gets in at once', async () => {
    const email = 'owner-a@example.org';
    const waits: number[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await from('203.0.113.66', email, `guess ${i}`);
      if (r.status === 429) {
        waits.push(Number(r.headers.get('retry-after')));
        // The attacker waits as told and tries again.
        clock = new Date(clock.getTime() + waits[waits.length - 1]! * 1000);
      } else expect(r.status).toBe(401);
    }
    // Waits double: 1, 2, 4, 8 … seconds, none a hard lock.
    expect(waits.length).toBeGreaterThan(3);
    expect(waits.slice(0, 4)).toEqual([1, 2, 4, 8]);
    expect(Math.max(...waits)).toBeGreaterThanOrEqual(64);
    expect(Math.max(...waits)).toBeLessThanOrEqual(15 * 60);
    // The real owner, from their own client: at most a wait of a few seconds (the account-wide back-off), never 15 minutes.
    let owner = await from('198.51.100.7', email, PASSWORD);
    if (owner.status === 429) {
      const retry = Number(owner.headers.get('retry-after'));
      expect(retry).toBeLessThanOrEqual(10);
      clock = new Date(clock.getTime() + retry * 1000);
      owner = await from('198.51.100.7', email, PASSWORD);
    }
    expect(owner.status).toBe(200);
  });

  it('many clients guessing one account slow every attempt on it by seconds at most, and the owner still gets in', async () => {
    clock = new Date(clock.getTime() + 2 * 60 * 60 * 1000);
    const email = 'editor-a@example.org';
    let refused = 0;
    for (let i = 0; i < 30; i++) {
      const r = await from(`192.0.2.${i + 1}`, email, `guess ${i}`);
      if (r.status === 429) {
        refused++;
        expect(Number(r.headers.get('retry-after'))).toBeLessThanOrEqual(10);
      } else expect(r.status).toBe(401);
    }
    expect(refused).toBeGreaterThan(0);
    clock = new Date(clock.getTime() + 10_000);
    expect((await from('198.51.100.8', email, PASSWORD)).status).toBe(200);
  });

  it('keeps the state in the store, not in the process: a second app over the same store sees the waits', async () => {
    clock = new Date(clock.getTime() + 2 * 60 * 60 * 1000);
    const { createApi } = await import('../../src/server/app.ts');
    const second = createApi({ store: w.store, now: () => clock, trustedProxies: 1, log: () => undefined });
    for (let i = 0; i < 5; i++) expect((await from('203.0.113.9', 'viewer-a@example.org', `guess ${i}`)).status).toBe(401);
    const r = await second.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify({ email: 'viewer-a@example.org', password: PASSWORD }),
    });
    expect(r.status).toBe(429);
  });
});
