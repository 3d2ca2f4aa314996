/**
 * Support status of an installed unit, from the lifecycle capability's `unitSupportStatus`:
 * the product's lifecycle facts (from its profile, where the model is linked to one) with the
 * model version's declared support end, and the unit's own dates. Units with the same facts
 * share one computation, so a fleet of thousands costs a handful of calls.
 */
import { unitSupportStatus } from '../lifecycle/unit-status.ts';
import type { LifecycleProduct, SupportState, UnitSupportStatus } from '../lifecycle/types.ts';

export type SupportStatus = SupportState;

export interface UnitSupportInput {
  /** Lifecycle facts of the model's product profile; null when the model is not linked to one. */
  product: LifecycleProduct | null;
  modelSupportEnd: string | null;
  unitSupportEnd: string | null;
  placedOnMarketOn: string | null;
  asOf: string;
}

export class SupportStatusCache {
  private readonly memo = new Map<string, UnitSupportStatus>();
  private readonly products = new Map<LifecycleProduct, number>();

  status(input: UnitSupportInput): UnitSupportStatus {
    let pid = 0;
    if (input.product) {
      pid = this.products.get(input.product) ?? this.products.size + 1;
      this.products.set(input.product, pid);
    }
    const key = `${pid}|${input.modelSupportEnd}|${input.unitSupportEnd}|${input.placedOnMarketOn}|${input.asOf}`;
    let s = this.memo.get(key);
    if (!s) {
      const product: LifecycleProduct = { ...(input.product ?? {}), ...(input.modelSupportEnd !== null ? { declaredSupportEnd: input.modelSupportEnd } : {}) };
      s = unitSupportStatus(product, { declaredSupportEnd: input.unitSupportEnd, placedOnMarketOn: input.placedOnMarketOn }, input.asOf);
      this.memo.set(key, s);
    }
    return s;
  }
}
