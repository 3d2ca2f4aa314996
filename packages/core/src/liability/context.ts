/** What every part of the liability analysis shares: the case, the regime, and the question list. */
import type { PldRegime } from '../kb/liability/pld-law.ts';
import type { ProvisionId } from '../kb/provision-id.ts';
import type { IsoDate } from '../kb/types.ts';
import { cite } from '../lifecycle/trace.ts';
import type { FactQuestion } from '../lifecycle/trace.ts';
import type { LiabilityCase } from './case.ts';
import type { Finding, Tri } from './types.ts';

export interface Ctx {
  readonly c: LiabilityCase;
  readonly regime: PldRegime | 'unknown';
  readonly asOf: IsoDate;
  readonly ask: (fact: string, question: string, why: string) => void;
}

export function tri(v: boolean | null | undefined): Tri {
  return v === true ? true : v === false ? false : 'unknown';
}

/** Picks the citations of the regime that applies (both where the regime is unknown). */
export function byRegime(ctx: Ctx, old: readonly ProvisionId[], neu: readonly ProvisionId[]): ProvisionId[] {
  if (ctx.regime === 'pld-1985') return [...old];
  if (ctx.regime === 'pld-2024') return [...neu];
  return [...neu, ...old];
}

export function finding(id: string, holds: Tri, text: string, ids: readonly ProvisionId[], contested?: string): Finding {
  return { id, holds, text, cites: ids.map(cite), ...(contested !== undefined ? { contested } : {}) };
}

export function questionsCollector(): { list: FactQuestion[]; ask: Ctx['ask'] } {
  const list: FactQuestion[] = [];
  const seen = new Set<string>();
  return {
    list,
    ask: (fact, question, why) => {
      if (!seen.has(fact)) { seen.add(fact); list.push({ fact, question, why }); }
    },
  };
}
