/**
 * The shape of the knowledge base. An act file is plain data of these types: the engine
 * evaluates it, the CLI prints it, a reviewer reads it top to bottom against the official text.
 */
import type { FactPath } from '../facts/vocabulary.ts';
import type { NotificationDuty } from './notification-types.ts';
import type { ActId, ProvisionId } from './provision-id.ts';
import type { ActKind, ActPart, Condition, IsoDate, ObligationCategory, ObligationRole, Rule, StartsAfter, TimelineEvent } from './rule-types.ts';

export type * from './rule-types.ts';

export interface Obligation {
  /** Stable id, `act:slug`. */
  readonly id: `${ActId}:${string}`;
  readonly role: ObligationRole;
  readonly category: ObligationCategory;
  readonly cite: ProvisionId;
  /** Short title. */
  readonly title: string;
  /** What the duty requires, in our words. */
  readonly summary: string;
  /** The act part whose application date governs this duty (default: the whole act). */
  readonly part?: string;
  /** Extra conditions beyond the act's scope and the role. */
  readonly when?: Condition;
  /**
   * The duty starts a fixed time after a date stated in the profile (e.g. CER Chapter III ten
   * months after the entity is notified, Art 6(3)); while that date is unknown the duty is open.
   */
  readonly startsAfter?: StartsAfter;
  /** Only under this scenario. */
  readonly scenario?: string;
  /** Dropped under these scenarios (a scenario variant replaces it). */
  readonly replacedBy?: readonly string[];
  readonly note?: string;
}

export interface Source {
  readonly title: string;
  readonly url: string;
}

export interface Verification {
  /** The date the content was last checked against the official text. */
  readonly checkedOn: IsoDate;
  /** What was checked and against what; facts that could not be confirmed are listed too. */
  readonly notes: readonly string[];
}

/** The structure of an act, so citations can be resolved to real provisions. */
export interface ActStructure {
  /** Highest article number. */
  readonly articles: number;
  /** Articles inserted later with a letter suffix, e.g. `10a`. */
  readonly insertedArticles?: readonly string[];
  readonly annexes: readonly string[];
  readonly recitals?: number;
  /** For guidance documents: top-level section numbers. */
  readonly sections?: number;
}

export interface ActDefinition {
  readonly id: ActId;
  readonly kind: ActKind;
  /** Short name used in citations: `CRA`, `MDR`. */
  readonly shortName: string;
  readonly title: string;
  /** `Regulation (EU) 2024/2847`. */
  readonly number: string;
  readonly celex?: string;
  readonly eli?: string;
  /** Link to the official text (EUR-Lex); provisions are linked from here. */
  readonly url: string;
  /** How EUR-Lex anchors articles on `url`, if it does (`#art_14`). */
  readonly anchors?: 'oj-html';
  readonly structure: ActStructure;
  readonly summary: string;
  readonly timeline: readonly TimelineEvent[];
  readonly parts?: readonly ActPart[];
  /** Whether the act covers this profile at all (dates aside). */
  readonly scope: Rule;
  /** Named predicates other rules may reference as `act:id`. */
  readonly predicates?: readonly Rule[];
  /** Classifications this act defines (MDR class, CRA category, NIS2 entity type, …). */
  readonly classifiers?: readonly Classifier[];
  /** Incident notification duties this act imposes. */
  readonly notifications?: readonly NotificationDuty[];
  readonly obligations: readonly Obligation[];
  readonly notes?: readonly string[];
  readonly sources: readonly Source[];
  readonly verified: Verification;
}

/**
 * One rule of a classification: where its condition holds, the product (or organisation) has
 * at least this outcome. Example: MDR Annex VIII Rule 11, first indent, second case → IIb.
 */
export interface ClassRule {
  readonly id: string;
  readonly cite: ProvisionId;
  readonly label: string;
  readonly when: Condition;
  readonly outcome: string;
  readonly note?: string;
}

export interface OutcomeInfo {
  readonly label: string;
  /** The act part whose application date governs the duties this outcome brings. */
  readonly part?: string;
  /** What follows from the outcome, e.g. the conformity-assessment routes open to it. */
  readonly consequence?: string;
  readonly cite?: ProvisionId;
}

/**
 * A classification of an act: ordered outcomes, rules that each point to an outcome, and how
 * they combine. `highest`: the strictest outcome of the rules that hold decides (MDR Annex VIII
 * 3.5). `all`: every outcome whose rule holds is part of the answer (RED DA requirements).
 */
export interface Classifier {
  readonly id: string;
  readonly title: string;
  readonly cite: ProvisionId;
  readonly mode: 'highest' | 'all';
  /** Outcomes from the least to the most strict. */
  readonly outcomes: readonly string[];
  readonly outcomeInfo?: Readonly<Record<string, OutcomeInfo>>;
  /** A fact that states the outcome directly (e.g. the class on the certificate); it wins when given. */
  readonly stated?: FactPath;
  /** Where the classification is meaningful at all (e.g. only for products the MDR covers). */
  readonly appliesWhen?: Condition;
  /** What is classified: a product classification is not applicable to an organisation-only profile. */
  readonly subject: 'product' | 'organisation';
  readonly rules: readonly ClassRule[];
  readonly note?: string;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  /** The proposal: `COM(2025) 837`. */
  readonly reference: string;
  readonly url?: string;
  readonly status: string;
  readonly summary: string;
  readonly acts: readonly ActId[];
}
