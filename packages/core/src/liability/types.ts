/** The output of the product-liability analysis of a damage case. */
import type { PldRegime } from '../kb/liability/pld-law.ts';
import type { IsoDate } from '../kb/types.ts';
import type { Cite, FactQuestion, Reason } from '../lifecycle/trace.ts';
import type { OPERATOR_ROLES } from './case.ts';

export type Tri = true | false | 'unknown';

export interface RegimeFinding {
  readonly regime: PldRegime | 'unknown';
  /** The date that decided: placing on the market or putting into service (or the modified product's). */
  readonly decisiveDate: IsoDate | null;
  readonly reasons: readonly Reason[];
}

export interface Finding {
  readonly id: string;
  readonly holds: Tri;
  readonly text: string;
  readonly cites: readonly Cite[];
  readonly contested?: string;
}

export interface DamageHead extends Finding {
  readonly head: 'death' | 'personal-injury' | 'psychological-harm' | 'property' | 'data';
}

export type OperatorRole = keyof typeof OPERATOR_ROLES;

export interface OperatorLiability {
  readonly name: string;
  readonly role: OperatorRole;
  /** 1: manufacturers and those treated as such; 2: stand-ins for a non-EU manufacturer; 3: distributors and platforms, subsidiarily. */
  readonly tier: 1 | 2 | 3;
  readonly liable: Tri;
  readonly reasons: readonly Reason[];
}

export interface Exemption extends Finding {
  /** Who could invoke it. */
  readonly for: string;
  /** `available`: the facts support it; `excluded`: the law or the facts rule it out. */
  readonly status: 'available' | 'excluded' | 'unknown' | 'not-raised';
}

export interface PeriodFinding {
  readonly id: 'limitation' | 'expiry' | 'latent-expiry';
  /** Last day on which proceedings can be brought (null when a start date is missing). */
  readonly lastDay: IsoDate | null;
  readonly from: IsoDate | null;
  readonly state: 'running' | 'expired' | 'unknown' | 'not-applicable';
  readonly text: string;
  readonly cites: readonly Cite[];
  readonly contested?: string;
}

export interface LiabilityAnalysis {
  readonly format: 'iomt-liability/1';
  readonly asOf: IsoDate;
  readonly knowledgeBase: { readonly version: string; readonly liabilityVerifiedOn: string };
  readonly notice: string;
  readonly case: { readonly id: string | null; readonly name: string | null };
  readonly regime: RegimeFinding;
  readonly product: Finding;
  readonly claimant: Finding;
  readonly damage: { readonly heads: readonly DamageHead[]; readonly threshold: Reason | null };
  readonly defectiveness: readonly Finding[];
  readonly presumptions: readonly Finding[];
  readonly disclosure: Reason | null;
  readonly operators: readonly OperatorLiability[];
  readonly jointAndSeveral: Reason | null;
  readonly reduction: readonly Finding[];
  readonly exemptions: readonly Exemption[];
  readonly periods: readonly PeriodFinding[];
  readonly parallelRoutes: readonly Reason[];
  readonly contested: readonly Reason[];
  readonly questions: readonly FactQuestion[];
}
