/**
 * The building blocks of the knowledge base's rules: dates, conditions over facts, exceptions,
 * timelines, obligation categories and roles. Kept below `types.ts` and `notification-types.ts`,
 * which both build on them.
 */
import type { FactPath } from '../facts/vocabulary.ts';
import type { ActId, ProvisionId } from './provision-id.ts';
/** A calendar date, `YYYY-MM-DD`. Legal dates are dates, not instants. */
export type IsoDate = string;

/** Named predicate of an act, referenced as `act:name`, e.g. `nis2:essential-entity`. */
export type PredicateRef = `${ActId}:${string}`;
/** A classifier of an act, e.g. `mdr:class`, `cra:category`. */
export type ClassifierRef = `${ActId}:${string}`;

interface Explained {
  /** What the condition tests, in our words; shown in explanations. */
  readonly label?: string;
  readonly cite?: ProvisionId;
}

export type FactTest =
  | { readonly op: 'true' }
  | { readonly op: 'known' }
  | { readonly op: 'eq'; readonly value: string | number | boolean }
  | { readonly op: 'in'; readonly values: readonly string[] }
  | { readonly op: 'has'; readonly value: string }
  | { readonly op: 'hasAny'; readonly values: readonly string[] }
  | { readonly op: 'gte' | 'gt' | 'lt' | 'lte'; readonly value: number }
  | { readonly op: 'before' | 'onOrBefore' | 'after' | 'onOrAfter'; readonly value: IsoDate };

export type Condition =
  | (Explained & { readonly kind: 'fact'; readonly fact: FactPath; readonly test: FactTest })
  | (Explained & { readonly kind: 'ref'; readonly ref: PredicateRef })
  | (Explained & { readonly kind: 'all'; readonly of: readonly Condition[] })
  | (Explained & { readonly kind: 'any'; readonly of: readonly Condition[] })
  | (Explained & { readonly kind: 'not'; readonly of: Condition })
  /** The outcome of a classifier (e.g. `mdr:class`) is one of these values. */
  | (Explained & { readonly kind: 'class'; readonly classifier: ClassifierRef; readonly in: readonly string[] })
  /** The first operand if it is known, else the second: a stated fact wins over a derivation. */
  | (Explained & { readonly kind: 'firstKnown'; readonly of: readonly [Condition, Condition] })
  | (Explained & { readonly kind: 'const'; readonly value: boolean });

/** A named exception: the rule does not hold where it applies (e.g. CRA Art 2(2)). */
export interface Exception {
  readonly id: string;
  readonly label: string;
  readonly cite: ProvisionId;
  readonly when: Condition;
}

/** A rule: a condition with its citation, paraphrase and named exceptions. */
export interface Rule {
  readonly id: string;
  readonly label: string;
  readonly cite: ProvisionId;
  readonly when: Condition;
  readonly unless?: readonly Exception[];
  /** Where the law is unclear or contested, say so here. */
  readonly note?: string;
}

export type ActKind =
  | 'regulation'
  | 'directive'
  | 'delegated-regulation'
  | 'implementing-regulation'
  | 'recommendation'
  | 'guidance'
  | 'proposal';

export type TimelineEventKind =
  | 'adopted'
  | 'published'
  | 'entry-into-force'
  | 'transposition-deadline'
  | 'applies'
  | 'repealed'
  | 'other';

export interface TimelineEvent {
  readonly date: IsoDate;
  readonly kind: TimelineEventKind;
  /** The part of the act this date is for; absent means the whole act. */
  readonly part?: string;
  readonly label: string;
  readonly cite?: ProvisionId;
  /** Only under this scenario (a pending proposal). */
  readonly scenario?: string;
  /** Under this scenario this event no longer holds. */
  readonly replacedBy?: string;
  /** A date that could not be confirmed from the official text. */
  readonly uncertain?: string;
}

export interface ActPart {
  readonly id: string;
  readonly title: string;
  readonly cite: ProvisionId;
}

export type ObligationCategory =
  | 'security-requirements'
  | 'vulnerability-handling'
  | 'incident-reporting'
  | 'conformity-assessment'
  | 'post-market-surveillance'
  | 'updates-and-support'
  | 'documentation-and-information'
  | 'data-access-rights'
  | 'governance'
  | 'liability';

export type ObligationRole =
  | 'manufacturer'
  | 'authorised-representative'
  | 'importer'
  | 'distributor'
  | 'healthcare-provider'
  | 'controller'
  | 'processor'
  | 'ai-provider'
  | 'ai-deployer'
  | 'essential-entity'
  | 'important-entity'
  | 'critical-entity'
  | 'data-holder'
  | 'seller'
  | 'trader'
  | 'open-source-steward';

export interface StartsAfter {
  readonly fact: FactPath;
  readonly months: number;
  readonly label: string;
  readonly cite: ProvisionId;
}
