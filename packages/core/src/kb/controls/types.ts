/**
 * The unified control catalogue: one set of cybersecurity controls, in our own words, mapped
 * onto the legal provisions of every act and onto standards (by clause or identifier only —
 * never the text of a standard). One control implemented once can close duties under many acts.
 */
import type { ProvisionId } from '../provision-id.ts';

/**
 * Relationship of a CONTROL to the thing it is mapped to (a provision or a standard clause), in
 * the NIST OLIR vocabulary (NIST IR 8278A). Read it as "the control is … of the provision":
 *
 * - `equal`     — the control and the provision ask for the same thing.
 * - `subset`    — the control covers only part of the provision: meeting the control alone does
 *                 not meet the whole provision (other controls are needed too).
 * - `superset`  — the control asks for everything the provision asks for, and more.
 * - `intersect` — they overlap, but each also covers something the other does not.
 */
export type MappingRelationship = 'equal' | 'subset' | 'superset' | 'intersect';

export const MAPPING_RELATIONSHIPS: readonly MappingRelationship[] = ['equal', 'subset', 'superset', 'intersect'];

export type ControlCategory =
  | 'governance'
  | 'risk-management'
  | 'secure-development'
  | 'vulnerability-handling'
  | 'access-control'
  | 'cryptography'
  | 'data-protection'
  | 'logging-monitoring'
  | 'updates-and-support'
  | 'incident-response'
  | 'supply-chain-sbom'
  | 'resilience-availability'
  | 'documentation-and-information'
  | 'testing';

export const CONTROL_CATEGORIES: readonly ControlCategory[] = [
  'governance', 'risk-management', 'secure-development', 'vulnerability-handling', 'access-control',
  'cryptography', 'data-protection', 'logging-monitoring', 'updates-and-support', 'incident-response',
  'supply-chain-sbom', 'resilience-availability', 'documentation-and-information', 'testing',
];

/** Standards the catalogue maps to. Only identifiers and clause numbers are stored. */
export type StandardId =
  | 'IEC 81001-5-1'
  | 'IEC 62443-4-1'
  | 'IEC 62443-4-2'
  | 'EN 18031-1'
  | 'EN 18031-2'
  | 'EN 18031-3'
  | 'ETSI EN 303 645'
  | 'ISO/IEC 27001:2022'
  | 'NIST CSF 2.0';

export const STANDARD_IDS: readonly StandardId[] = [
  'IEC 81001-5-1', 'IEC 62443-4-1', 'IEC 62443-4-2', 'EN 18031-1', 'EN 18031-2', 'EN 18031-3',
  'ETSI EN 303 645', 'ISO/IEC 27001:2022', 'NIST CSF 2.0',
];

/**
 * A check of a reference against public material: the day it was made and the address of the
 * source that showed the reference (the provision's point, or the standard's clause or identifier
 * with its subject). A source names the reference; it never holds the text of a standard here.
 */
export interface SourceCheck {
  /** ISO date of the check. */
  readonly on: string;
  /** Address of the public source that confirmed the reference. */
  readonly source: string;
}

/**
 * Whether a mapping's reference has been checked. Exactly one of the two is set: `verified` when a
 * public source confirmed it, `unverified: true` when no source could be found (the reference is
 * kept as written from knowledge of the act or standard, and is to be checked against the text).
 */
export interface ReferenceCheck {
  readonly verified?: SourceCheck;
  readonly unverified?: true;
}

/** A control mapped to a legal provision. */
export interface LegalMapping extends ReferenceCheck {
  readonly provision: ProvisionId;
  /** Relationship of the control to the provision (see {@link MappingRelationship}). */
  readonly relationship: MappingRelationship;
  /** One line: why the control meets (part of) the provision. */
  readonly rationale: string;
}

/** A control mapped to a clause, requirement or mechanism of a standard. */
export interface StandardMapping extends ReferenceCheck {
  readonly standard: StandardId;
  /**
   * Clause number or identifier only, e.g. `5.7` (IEC 81001-5-1), `DM-1` (IEC 62443-4-1),
   * `CR 2.8` or, for a requirement specific to a kind of component, `EDR 3.10` (IEC 62443-4-2),
   * `ACM` (an EN 18031 mechanism), `5.3` (ETSI EN 303 645),
   * `A.8.8` (ISO/IEC 27001:2022 Annex A), `PR.AA-01` (NIST CSF 2.0).
   */
  readonly ref: string;
  /** Relationship of the control to the clause (see {@link MappingRelationship}). */
  readonly relationship: MappingRelationship;
  readonly rationale: string;
}

export interface Control {
  /** Stable id, `ctl-<slug>`; never renamed once published (assessments refer to it). */
  readonly id: `ctl-${string}`;
  readonly title: string;
  /** What must be true, in our words. */
  readonly statement: string;
  /** How to go about it and what evidence usually shows it, in our words. */
  readonly guidance: string;
  readonly category: ControlCategory;
  readonly provisions: readonly LegalMapping[];
  readonly standards: readonly StandardMapping[];
}
