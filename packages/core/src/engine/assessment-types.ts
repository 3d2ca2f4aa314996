/**
 * The result of an assessment. This shape is the stable JSON output of `iomt assess --format
 * json`; fields are only ever added (schemaVersion changes otherwise).
 */
import type { FactPath } from '../facts/vocabulary.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import type { ActKind, IsoDate, ObligationCategory, ObligationRole, TimelineEventKind } from '../kb/types.ts';
import type { Reason } from './evaluate.ts';
import type { PartStatus } from './timeline.ts';

export type Verdict = 'applies' | 'applies-from' | 'does-not-apply' | 'no-longer-applies' | 'unknown';

export interface AssessOptions {
  /** The date the law is assessed at. The core reads no clock: callers pass today. */
  readonly asOf: IsoDate;
  /** Pending proposals to switch on (see `knowledgeBase.scenarios`). */
  readonly scenarios?: readonly string[];
  /** How far ahead upcoming changes are listed, in months (default 24). */
  readonly horizonMonths?: number;
  /** Build the explanation trees (default true). */
  readonly explain?: boolean;
}

export interface PartResult {
  readonly part: string;
  readonly title: string;
  readonly cite: ProvisionId;
  readonly status: PartStatus;
  readonly from?: IsoDate;
}

export interface ActResult {
  readonly act: ActId;
  readonly shortName: string;
  readonly number: string;
  readonly title: string;
  readonly kind: ActKind;
  readonly url: string;
  readonly verdict: Verdict;
  /** Whether the profile is within the act's scope, dates aside. */
  readonly scope: 'true' | 'false' | 'unknown';
  /** Since when the act (or its first part) applies, or from when it will. */
  readonly applicableFrom?: IsoDate;
  /** The date the act is repealed, past or future. */
  readonly until?: IsoDate;
  readonly parts: readonly PartResult[];
  /** One sentence that says why. */
  readonly explanation: string;
  readonly reasons: readonly Reason[];
  /** Facts whose absence leaves the verdict (or a duty of the act) open. */
  readonly missingFacts: readonly FactPath[];
  readonly notes: readonly string[];
  readonly verifiedOn: IsoDate;
  /** Ids of the uncertainty-register points the verdict rests on. */
  readonly uncertainties: readonly string[];
}

export type ObligationStatus = 'applies' | 'applies-from' | 'possible';

export interface ObligationResult {
  readonly id: string;
  readonly act: ActId;
  readonly role: ObligationRole;
  readonly category: ObligationCategory;
  readonly cite: ProvisionId;
  /** Human form of the citation: `Art 14(1) CRA`. */
  readonly citation: string;
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** `possible`: it applies if the missing facts turn out so. */
  readonly status: ObligationStatus;
  readonly from?: IsoDate;
  readonly missingFacts: readonly FactPath[];
  readonly note?: string;
  readonly scenario?: string;
  /** Ids of the uncertainty-register points the duty rests on. */
  readonly uncertainties: readonly string[];
}

export interface OverlapGroup {
  readonly category: ObligationCategory;
  readonly acts: readonly { readonly act: ActId; readonly obligations: readonly string[] }[];
}

export interface UpcomingChange {
  readonly date: IsoDate;
  readonly act: ActId;
  readonly kind: TimelineEventKind;
  readonly part?: string;
  readonly label: string;
  readonly cite?: ProvisionId;
  readonly scenario?: string;
  readonly uncertain?: string;
}

export interface Assessment {
  readonly schemaVersion: 1;
  readonly asOf: IsoDate;
  readonly scenarios: readonly string[];
  readonly horizonMonths: number;
  readonly knowledgeBase: { readonly version: string; readonly verifiedOn: IsoDate };
  readonly profile: { readonly id?: string; readonly name?: string };
  readonly acts: readonly ActResult[];
  readonly obligations: readonly ObligationResult[];
  readonly overlap: readonly OverlapGroup[];
  readonly upcoming: readonly UpcomingChange[];
  /** Every missing fact that leaves something open, in questionnaire order. */
  readonly missingFacts: readonly FactPath[];
  readonly notice: string;
}
