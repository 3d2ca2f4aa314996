/**
 * Public types of the gap assessment: the state a user keeps (statuses, owners, evidence), the
 * selection of controls a profile's duties require, the evaluated result (checklist, coverage,
 * gaps), what one control closes, and the topics × acts overlap matrix. The HTTP API and the
 * web app consume these shapes; fields are only ever added.
 */
import type { ObligationStatus } from '../engine/assessment-types.ts';
import type { ControlCategory, MappingRelationship } from '../kb/controls/types.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import type { IsoDate, ObligationCategory, ObligationRole } from '../kb/types.ts';

/** Identifier of the state document format. */
export const GAP_STATE_SCHEMA = 'iomt-gap-assessment/1';

export type ControlId = `ctl-${string}`;

/** Where a control stands. `not-applicable` needs a justification. */
export type ControlStatus = 'not-started' | 'partial' | 'implemented' | 'not-applicable';

export const CONTROL_STATUSES: readonly ControlStatus[] = ['not-started', 'partial', 'implemented', 'not-applicable'];

/** A piece of evidence, by name and content hash; the file itself stays with the user. */
export interface EvidenceRef {
  readonly name: string;
  /** SHA-256 of the file content, 64 lowercase hex digits. */
  readonly sha256: string;
  readonly url?: string;
}

/** What the user records for one control. */
export interface ControlState {
  readonly status: ControlStatus;
  /** Required when `status` is `not-applicable`: why the control does not apply. */
  readonly justification?: string;
  readonly owner?: string;
  /** Due date, YYYY-MM-DD. */
  readonly due?: IsoDate;
  readonly notes?: string;
  readonly evidence?: readonly EvidenceRef[];
}

/** The assessment state document (`schema: "iomt-gap-assessment/1"`), stored and exchanged as JSON. */
export interface GapState {
  readonly $schema?: string;
  readonly schema: typeof GAP_STATE_SCHEMA;
  /** Name of the product (or organisation) assessed. */
  readonly product: string;
  /** Id of the profile the state belongs to, when it has one. */
  readonly profile?: string;
  /** The date the state was last brought up to date. */
  readonly asOf: IsoDate;
  /** Per control id of the catalogue. Controls left out count as `not-started`. */
  readonly controls: Readonly<Record<string, ControlState>>;
}

/** A validation problem in a state document: where (JSON pointer), what was found, what was expected. */
export interface GapStateIssue {
  readonly pointer: string;
  readonly value?: unknown;
  readonly expected: string;
}

export type GapStateParse = { ok: true; state: GapState } | { ok: false; issues: GapStateIssue[] };

/**
 * Why a control is on the checklist. `required`: a duty that applies now needs it;
 * `required-from`: only duties that apply from a later date (`from`) need it; `conditional`:
 * only duties whose application is still open (missing facts) need it.
 */
export type SelectionKind = 'required' | 'required-from' | 'conditional';

/** One legal mapping of a control, resolved for display. */
export interface MappedProvision {
  readonly provision: ProvisionId;
  readonly act: ActId;
  /** `Annex I Part I(2)(d) CRA` */
  readonly citation: string;
  readonly url: string;
  readonly relationship: MappingRelationship;
  readonly rationale: string;
}

/** A duty of the profile that needs a control, and through which provisions. */
export interface SelectingDuty {
  readonly obligation: string;
  readonly act: ActId;
  readonly title: string;
  readonly cite: ProvisionId;
  readonly citation: string;
  readonly status: ObligationStatus;
  readonly from?: IsoDate;
  /** The control's mappings through which the duty selects it. */
  readonly provisions: readonly ProvisionId[];
  /** The link that brought the provisions in, when the duty's own citation did not. */
  readonly linkedBy?: ProvisionId;
}

export interface SelectedControl {
  readonly control: ControlId;
  readonly title: string;
  readonly category: ControlCategory;
  readonly kind: SelectionKind;
  /** For `required-from`: the earliest date a selecting duty applies. */
  readonly from?: IsoDate;
  /** Acts whose duties select the control, in knowledge-base order. */
  readonly acts: readonly ActId[];
  readonly duties: readonly SelectingDuty[];
  /** The control's mappings that lie within the profile's requirement provisions. */
  readonly provisions: readonly MappedProvision[];
}

/** A duty of the profile and the controls that serve it (empty when the catalogue has none). */
export interface DutyControls {
  readonly obligation: string;
  readonly act: ActId;
  readonly role: ObligationRole;
  readonly category: ObligationCategory;
  readonly title: string;
  readonly cite: ProvisionId;
  readonly citation: string;
  readonly url: string;
  readonly status: ObligationStatus;
  readonly from?: IsoDate;
  readonly controls: readonly ControlId[];
}

/** The controls a profile's duties require, with the reasons. */
export interface ControlSelection {
  readonly asOf: IsoDate;
  readonly scenarios: readonly string[];
  readonly profile: { readonly id?: string; readonly name?: string };
  readonly knowledgeBase: { readonly version: string; readonly verifiedOn: IsoDate };
  /** In catalogue order. */
  readonly controls: readonly SelectedControl[];
  /** Every duty of the profile (applies, applies-from or possible), with its controls. */
  readonly duties: readonly DutyControls[];
}

/** How statuses are scored: implemented 1, partial ½, not started 0; not applicable leaves the denominator. */
export interface Coverage {
  /** Share of the applicable controls met, from 0 to 1, partial counting half; null when nothing is applicable. */
  readonly score: number | null;
  /** `score` as a whole percentage, or null. */
  readonly percent: number | null;
  readonly implemented: number;
  readonly partial: number;
  readonly notStarted: number;
  readonly notApplicable: number;
  /** Controls counted, not-applicable ones included. */
  readonly total: number;
}

export interface ActCoverage extends Coverage {
  readonly act: ActId;
  readonly shortName: string;
  readonly controls: readonly ControlId[];
}

export interface ProvisionCoverage extends Coverage {
  readonly provision: ProvisionId;
  readonly act: ActId;
  readonly citation: string;
  readonly url: string;
  readonly controls: readonly ControlId[];
}

export interface CategoryCoverage extends Coverage {
  readonly category: ControlCategory;
  readonly controls: readonly ControlId[];
}

/** A control on the checklist with its recorded state (defaults to `not-started`). */
export interface ChecklistItem extends SelectedControl {
  readonly state: ControlState;
  /** Whether the state document had an entry for the control. */
  readonly recorded: boolean;
  /** Duties that apply now or from a date and need this control. */
  readonly blocks: number;
  /** Duties still open (possible) that need it. */
  readonly blocksIfApplicable: number;
  /** The due date has passed on `asOf` and the control is not implemented. */
  readonly overdue: boolean;
}

export interface ChecklistGroup {
  readonly category: ControlCategory;
  readonly items: readonly ChecklistItem[];
}

/** A control not yet implemented, with what it holds up. */
export interface Gap {
  readonly control: ControlId;
  readonly title: string;
  readonly category: ControlCategory;
  readonly status: 'not-started' | 'partial';
  readonly kind: SelectionKind;
  readonly blocks: number;
  readonly blocksIfApplicable: number;
  readonly duties: readonly string[];
  readonly acts: readonly ActId[];
  readonly owner?: string;
  readonly due?: IsoDate;
  readonly overdue: boolean;
}

export interface GapResult {
  readonly schemaVersion: 1;
  readonly asOf: IsoDate;
  readonly scenarios: readonly string[];
  readonly product: string;
  readonly profile: { readonly id?: string; readonly name?: string };
  readonly knowledgeBase: { readonly version: string; readonly verifiedOn: IsoDate };
  /** How coverage is computed, in one sentence for reports. */
  readonly scoring: string;
  readonly checklist: readonly ChecklistGroup[];
  readonly coverage: {
    readonly overall: Coverage;
    readonly acts: readonly ActCoverage[];
    readonly provisions: readonly ProvisionCoverage[];
    readonly categories: readonly CategoryCoverage[];
  };
  /** Controls not implemented, most duties blocked first. */
  readonly gaps: readonly Gap[];
  /** Duties of the profile that no control of the catalogue serves (not cybersecurity controls). */
  readonly dutiesWithoutControls: readonly string[];
  /** Controls in the state document that the profile does not select (kept, not scored). */
  readonly notSelected: readonly ControlId[];
  readonly notice: string;
}

/** What one control closes across acts. */
export interface ControlClosure {
  readonly control: ControlId;
  readonly title: string;
  readonly acts: readonly ActId[];
  /** Every legal mapping; `fully` when the control alone meets the provision (equal or superset). */
  readonly provisions: readonly (MappedProvision & { readonly fully: boolean })[];
  /** Duties it serves; `alone` when no other control serves that duty. */
  readonly duties: readonly {
    readonly obligation: string;
    readonly act: ActId;
    readonly title: string;
    readonly cite: ProvisionId;
    readonly citation: string;
    readonly status?: ObligationStatus;
    readonly alone: boolean;
  }[];
}

/** Topics of the overlap matrix. */
export type OverlapTopic =
  | 'incident-reporting'
  | 'security-requirements'
  | 'vulnerability-handling'
  | 'updates-and-support'
  | 'certification-and-conformity'
  | 'data-protection'
  | 'documentation';

/**
 * Kind of a cell: `only` — no other act speaks on the topic for this profile; `overlap` — other
 * acts impose duties on the topic too; `duplicate` — one control fully meets (relationship
 * `equal` or `superset`) a requirement provision of a duty of this act and one of another act on
 * the same topic, so one piece of work satisfies both.
 */
export type OverlapKind = 'only' | 'overlap' | 'duplicate';

export interface OverlapCitation {
  readonly id: string;
  readonly cite: ProvisionId;
  readonly citation: string;
  readonly url: string;
  readonly status?: ObligationStatus;
}

export interface OverlapDuplicate {
  readonly control: ControlId;
  readonly with: ActId;
  /** The provision of this act and of the other act that the control fully meets. */
  readonly provision: ProvisionId;
  readonly otherProvision: ProvisionId;
}

export interface OverlapCell {
  readonly act: ActId;
  readonly kind: OverlapKind;
  /** Every duty in the cell is still open (possible). */
  readonly conditional: boolean;
  readonly duties: readonly OverlapCitation[];
  /** Incident notification duties of the act, for the incident-reporting row. */
  readonly notifications: readonly OverlapCitation[];
  /** Controls that serve the cell's duties. */
  readonly controls: readonly ControlId[];
  readonly duplicates: readonly OverlapDuplicate[];
}

export interface OverlapRow {
  readonly topic: OverlapTopic;
  readonly title: string;
  /** `none` when no act speaks; otherwise the strongest kind among its cells. */
  readonly kind: OverlapKind | 'none';
  readonly cells: readonly OverlapCell[];
}

export interface OverlapMatrix {
  readonly asOf: IsoDate;
  readonly acts: readonly ActId[];
  readonly rows: readonly OverlapRow[];
  /** How topics and kinds are decided. */
  readonly rules: readonly string[];
}
