/**
 * Failed sign-ins counted per client address and per account in a sliding window. Once a key
 * reaches its limit, further attempts are refused (even with the right password) until the
 * oldest failure leaves the window, so guessing is slow whichever of the two an attacker varies.
 */
export interface LoginLimits {
  /** Failures allowed per account within the window (default 5). */
  perAccount: number;
  /** Failures allowed per client address within the window (default 20: several people may share one). */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60 * 1000 };

const MAX_KEYS = 10_000;

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => Date,
  ) {}

  /** Seconds to wait before the next attempt may be made, or 0 when one is allowed now. */
  retryAfter(address: string, email: string): number {
    const t = this.now().getTime();
    const wait = (key: string, limit: number): number => {
      const list = this.recent(key, t);
      if (list.length < limit) return 0;
      const oldest = list[list.length - limit] ?? t;
      return Math.max(1, Math.ceil((oldest + this.limits.windowMs - t) / 1000));
    };
    return Math.max(wait(`addr:${address}`, this.limits.perAddress), wait(`acct:${email.toLowerCase()}`, this.limits.perAccount));
  }

  fail(address: string, email: string): void {
    const t = this.now().getTime();
    // Guessing across many made-up accounts must not grow the table without bound.
    if (this.failures.size > MAX_KEYS) for (const key of [...this.failures.keys()]) this.recent(key, t);
    for (const key of [`addr:${address}`, `acct:${email.toLowerCase()}`]) this.failures.set(key, [...this.recent(key, t), t]);
  }

  /** A successful sign-in clears the account's failures; the address keeps its count. */
  succeed(email: string): void {
    this.failures.delete(`acct:${email.toLowerCase()}`);
  }

  private recent(key: string, t: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((at) => at > t - this.limits.windowMs);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }
}
