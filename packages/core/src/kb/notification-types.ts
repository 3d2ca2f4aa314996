/**
 * Notification duties as data: what triggers a report, who must make it, to whom, in which
 * steps, by when and with what content. Each act file holds its own duties next to its other
 * rules, so one incident can be planned against every regime at once.
 */
import type { ActId, ProvisionId } from './provision-id.ts';
import type { Condition, Exception, IsoDate, ObligationRole, StartsAfter } from './rule-types.ts';

/** A period as the act words it; counted by Regulation (EEC, Euratom) No 1182/71. */
export interface Period {
  readonly amount: number;
  readonly unit: 'hours' | 'days' | 'working-days' | 'weeks' | 'months';
}

/**
 * The event a period runs from. `awareness`: the notifier became aware (the per-regime
 * awareness instant of the incident timeline); `step`: another step of the same duty was
 * submitted (e.g. NIS2 final report one month after the incident notification);
 * `measure-available`: a corrective or mitigating measure became available (CRA Art 14(2)(c));
 * `handled`: the incident was handled (NIS2 Art 23(4)(e)); `occurred`: the event itself.
 */
export type Anchor =
  | { readonly kind: 'awareness' }
  | { readonly kind: 'step'; readonly step: string }
  | { readonly kind: 'measure-available' }
  | { readonly kind: 'handled' }
  | { readonly kind: 'occurred' };

export type Deadline =
  /** Within a period after the anchor (e.g. 24 hours after awareness). */
  | { readonly kind: 'within'; readonly period: Period; readonly anchor: Anchor }
  /** "Immediately" / "without undue delay", with the outer limit where the law gives one. */
  | {
      readonly kind: 'immediately' | 'without-undue-delay';
      readonly anchor: Anchor;
      readonly outerLimit?: Period;
    }
  /** Only when the authority asks (e.g. NIS2 intermediate report, Art 23(4)(c)). */
  | { readonly kind: 'on-request' }
  /** Before the action is taken, except in urgent cases (e.g. MDR Art 87(1)(b) FSCA). */
  | { readonly kind: 'before-action'; readonly action: string };

/** Who receives a report: an authority type of the registry, or people. */
export type Recipient =
  | 'medical-device-competent-authority'
  | 'data-protection-authority'
  | 'nis2-csirt'
  | 'nis2-competent-authority'
  | 'cra-coordinating-csirt-and-enisa'
  | 'ai-market-surveillance-authority'
  | 'ai-fundamental-rights-authority'
  | 'cer-competent-authority'
  | 'product-safety-authority'
  | 'ehr-market-surveillance-authority'
  | 'notified-body'
  | 'data-subjects'
  | 'users'
  | 'service-recipients'
  | 'controller'
  | 'manufacturer'
  /** Not a report: a record the notifier keeps (GDPR Art 33(5)). */
  | 'internal-record';

export interface NotificationStep {
  /** Stable within the duty: `early-warning`, `notification`, `final-report`. */
  readonly id: string;
  readonly title: string;
  readonly cite: ProvisionId;
  readonly deadline: Deadline;
  /** Dossier fields this step must contain (ids of the merged dossier's catalogue). */
  readonly content: readonly string[];
  /** Where a step goes elsewhere than the duty's recipient. */
  readonly recipient?: Recipient;
  /** The step is due only where this holds (e.g. a progress report while the incident is ongoing). */
  readonly when?: Condition;
  readonly note?: string;
}

export interface NotificationDuty {
  /** Stable id, `act:slug`. */
  readonly id: `${ActId}:${string}`;
  readonly title: string;
  readonly cite: ProvisionId;
  /** What about the incident (and the profile) triggers the duty. */
  readonly trigger: Condition;
  readonly who: ObligationRole;
  readonly recipient: Recipient;
  readonly steps: readonly NotificationStep[];
  /** Named exemptions (e.g. GDPR Art 34(3)(a) encrypted data). */
  readonly exemptions?: readonly Exception[];
  /** The act part whose application date governs the duty (e.g. CRA `art-14`). */
  readonly part?: string;
  /** The duty covers only incidents the notifier became aware of from this date (CRA: 11 Sep 2026). */
  readonly awarenessFrom?: IsoDate;
  /** The duty starts a fixed time after a date stated in the profile (CER: ten months after notification). */
  readonly startsAfter?: StartsAfter;
  readonly scenario?: string;
  readonly replacedBy?: readonly string[];
  readonly note?: string;
}
