/**
 * The knowledge base's changelog: every version of the law data gets a dated entry saying what
 * changed in which act (by provision id), why, and on what source. Stored work is re-assessed
 * against it, and each difference a user sees is traced back to the entry that caused it.
 */
import type { ActId, ProvisionId } from '../provision-id.ts';
import type { IsoDate, Source } from '../types.ts';

export type ChangeKind =
  /** A rule, date or citation was wrong and is now right. */
  | 'correction'
  /** The law now covers cases the knowledge base could not express. */
  | 'extension'
  /** A fact was checked against the official text; the answer may not change, the confidence does. */
  | 'verification'
  /** The law itself changed (an amending or repealing act). */
  | 'amendment'
  /** A pending proposal, so far a scenario, became law. */
  | 'scenario-enacted';

export interface KbChange {
  readonly kind: ChangeKind;
  readonly act: ActId;
  /** The provisions whose encoding changed; answers resting on them are attributed to this change. */
  readonly provisions: readonly ProvisionId[];
  /** What changed, in our words. */
  readonly summary: string;
  /** Why: the defect found, the amendment adopted, the text checked. */
  readonly why: string;
  readonly sources: readonly Source[];
  /** For `scenario-enacted`: the scenario that became law. */
  readonly scenario?: string;
}

export interface KbChangelogEntry {
  /** The knowledge-base version this entry produced (`KB_VERSION`). */
  readonly version: string;
  readonly date: IsoDate;
  readonly title: string;
  readonly changes: readonly KbChange[];
}
