/**
 * Sign-in throttling kept in the database, so every server instance over one store counts the
 * same failures. Keys are stored as hashes; a failure increments its key atomically (an upsert)
 * and blocks it for a time that doubles with each failure past the free ones.
 */
import { sql } from 'kysely';
import type { Throttle, ThrottleRule } from './contract.ts';
import type { Context } from './context.ts';
import { writeTx } from './context.ts';
import { sha256 } from './secrets.ts';

const hashKey = (key: string): string => sha256(`throttle\n${key}`);

/** The wait after `failures` failures under `rule`: none before the `free`-th, then doubling. */
export function backoffMs(rule: Omit<ThrottleRule, 'key'>, failures: number): number {
  if (failures < rule.free) return 0;
  // 2^30 ms is already 12 days: the exponent is capped before it can overflow.
  return Math.min(rule.maxMs, rule.baseMs * 2 ** Math.min(30, failures - rule.free));
}

export function throttle(ctx: Context): Throttle {
  return {
    async wait(keys, at) {
      if (keys.length === 0) return 0;
      const rows = await ctx.db.selectFrom('login_throttle').select('blocked_until').where('key', 'in', keys.map(hashKey)).execute();
      const t = at.getTime();
      return Math.max(0, ...rows.map((r) => Date.parse(r.blocked_until) - t));
    },

    async fail(rules, at, forgetAfterMs) {
      const iso = at.toISOString();
      const cutoff = new Date(at.getTime() - forgetAfterMs).toISOString();
      await writeTx(ctx, async (tx) => {
        await tx.deleteFrom('login_throttle').where('last_failure_at', '<', cutoff).execute();
        for (const rule of rules) {
          const key = hashKey(rule.key);
          const { failures } = await tx
            .insertInto('login_throttle')
            .values({ key, failures: 1, last_failure_at: iso, blocked_until: iso })
            .onConflict((oc) => oc.column('key').doUpdateSet({ failures: sql<number>`login_throttle.failures + 1`, last_failure_at: iso }))
            .returning('failures')
            .executeTakeFirstOrThrow();
          const until = new Date(at.getTime() + backoffMs(rule, Number(failures))).toISOString();
          await tx.updateTable('login_throttle').set({ blocked_until: until }).where('key', '=', key).execute();
        }
      });
    },

    async clear(keys) {
      if (keys.length === 0) return;
      await ctx.db.deleteFrom('login_throttle').where('key', 'in', keys.map(hashKey)).execute();
    },
  };
}
