/**
 * The uncertainty register: where the law is vague, contested or not yet verified, one entry says
 * which provisions are involved, the competing readings, the one the engine applies and why, and
 * the sources. Verdicts, duties and classifications that rest on an entry link to it by id.
 */
import type { Condition } from '../types.ts';
import type { ActId, ProvisionId } from '../provision-id.ts';
import type { Source } from '../types.ts';

export type UncertaintyKind =
  /** Readers of the text disagree. */
  | 'contested'
  /** The text leaves the point open (undefined terms, national discretion). */
  | 'vague'
  /** A fact the engine relies on could not be confirmed against the official text. */
  | 'unverified';

export interface Reading {
  readonly reading: string;
  /** Who holds it, where known (authority, court, commentators). */
  readonly heldBy?: string;
}

export interface Uncertainty {
  readonly id: string;
  readonly kind: UncertaintyKind;
  readonly title: string;
  readonly acts: readonly ActId[];
  readonly provisions: readonly ProvisionId[];
  readonly question: string;
  readonly readings: readonly Reading[];
  /** The reading the engine applies. */
  readonly applied: string;
  readonly why: string;
  readonly sources: readonly Source[];
  /** Which answers rest on the point: act verdicts, obligations (ids or `act:*`), classifiers. */
  readonly affects: {
    readonly verdicts?: readonly ActId[];
    readonly obligations?: readonly string[];
    readonly classifiers?: readonly string[];
  };
  /** Only where this holds (or may hold) for the profile; absent means always. */
  readonly when?: Condition;
}
