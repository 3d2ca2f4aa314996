/**
 * Sign-in throttling with exponential back-off, kept in the store so every server instance over
 * one database counts the same failures. Three keys are counted:
 * - the pair (client address, account): one client guessing one account backs off fast;
 * - the client address across accounts: one client spraying many accounts backs off too;
 * - the account across all clients: backs off only a little (seconds at most), so a crowd of
 *   clients guessing one password is slowed, but nobody can lock the real owner out: from another
 *   client the right password works, at worst after a short wait.
 * There is no hard lock-out; a refusal says when to try again (429 + Retry-After).
 */
import type { Store, ThrottleRule } from '../store/contract.ts';

export interface LoginLimits {
  /** Failures of one client on one account before it must wait (default 5). */
  perPair: number;
  /** Failures of one client across accounts before it must wait (default 20: several people may share one address). */
  perAddress: number;
  /** Failures on one account from all clients before each attempt on it waits (default 10). */
  perAccount: number;
  /** The first wait; each further failure doubles it (default 1 s). */
  baseMs: number;
  /** The longest wait for a client (default 15 minutes). */
  maxMs: number;
  /** The longest wait for an account whatever the client: short, so the owner is only slightly delayed (default 10 s). */
  maxAccountMs: number;
  /** Failures older than this are forgotten (default 1 hour). */
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perPair: 5,
  perAddress: 20,
  perAccount: 10,
  baseMs: 1000,
  maxMs: 15 * 60 * 1000,
  maxAccountMs: 10 * 1000,
  windowMs: 60 * 60 * 1000,
};

export class LoginLimiter {
  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => Date,
  ) {}

  private rules(address: string, email: string): ThrottleRule[] {
    const account = email.trim().toLowerCase();
    const { baseMs, maxMs } = this.limits;
    return [
      { key: `pair:${address}\n${account}`, free: this.limits.perPair, baseMs, maxMs },
      { key: `client:${address}`, free: this.limits.perAddress, baseMs, maxMs },
      { key: `account:${account}`, free: this.limits.perAccount, baseMs, maxMs: this.limits.maxAccountMs },
    ];
  }

  /** Seconds to wait before the next attempt may be made, or 0 when one is allowed now. */
  async retryAfter(store: Store, address: string, email: string): Promise<number> {
    const ms = await store.throttle.wait(this.rules(address, email).map((r) => r.key), this.now());
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  fail(store: Store, address: string, email: string): Promise<void> {
    return store.throttle.fail(this.rules(address, email), this.now(), this.limits.windowMs);
  }

  /** A successful sign-in clears the pair and the account; the client address keeps its count. */
  succeed(store: Store, address: string, email: string): Promise<void> {
    const [pair, , account] = this.rules(address, email);
    return store.throttle.clear([pair!.key, account!.key]);
  }
}
