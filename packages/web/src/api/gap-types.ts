/** Shapes of the gap assessment (`iomt-gap-assessment/1` state, evaluated result, overlap matrix) as the API sends them. */

export const GAP_STATE_SCHEMA = 'iomt-gap-assessment/1';
export type ControlStatus = 'not-started' | 'partial' | 'implemented' | 'not-applicable';
export const CONTROL_STATUSES: readonly ControlStatus[] = ['not-started', 'partial', 'implemented', 'not-applicable'];

export interface EvidenceRef {
  name: string;
  sha256: string;
  url?: string;
}

export interface ControlState {
  status: ControlStatus;
  justification?: string;
  owner?: string;
  due?: string;
  notes?: string;
  evidence?: EvidenceRef[];
}

export interface GapState {
  $schema?: string;
  schema: string;
  product: string;
  profile?: string;
  asOf: string;
  controls: Record<string, ControlState>;
}

export interface MappedProvision {
  provision: string;
  act: string;
  citation: string;
  url: string;
  relationship: string;
  rationale: string;
}

export interface ChecklistItem {
  control: string;
  title: string;
  category: string;
  kind: 'required' | 'required-from' | 'conditional';
  from?: string;
  acts: string[];
  duties: { obligation: string; act: string; title: string; citation: string; status: string }[];
  provisions: MappedProvision[];
  state: ControlState;
  recorded: boolean;
  blocks: number;
  blocksIfApplicable: number;
  overdue: boolean;
}

export interface Coverage {
  score: number | null;
  percent: number | null;
  implemented: number;
  partial: number;
  notStarted: number;
  notApplicable: number;
  total: number;
}

export interface ActCoverage extends Coverage {
  act: string;
  shortName: string;
}

export interface GapResult {
  asOf: string;
  product: string;
  scoring: string;
  checklist: { category: string; items: ChecklistItem[] }[];
  coverage: { overall: Coverage; acts: ActCoverage[]; categories: (Coverage & { category: string })[] };
  gaps: { control: string; title: string; status: string; blocks: number; owner?: string; due?: string; overdue: boolean }[];
  dutiesWithoutControls: string[];
  notSelected: string[];
  notice: string;
  /** The topics × acts overlap matrix, when the server includes it. */
  overlap?: OverlapMatrix;
  matrix?: OverlapMatrix;
}

export type OverlapKind = 'only' | 'overlap' | 'duplicate';

export interface OverlapCitation {
  id: string;
  cite: string;
  citation: string;
  url: string;
  status?: string;
}

export interface OverlapCell {
  act: string;
  kind: OverlapKind;
  conditional: boolean;
  duties: OverlapCitation[];
  notifications: OverlapCitation[];
  controls: string[];
  duplicates: { control: string; with: string; provision: string; otherProvision: string }[];
}

export interface OverlapMatrix {
  asOf: string;
  acts: string[];
  rows: { topic: string; title: string; kind: OverlapKind | 'none'; cells: OverlapCell[] }[];
  rules: string[];
}
