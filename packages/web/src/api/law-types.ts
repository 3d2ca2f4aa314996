/** Shapes of the knowledge-base changelog, the uncertainty register and law changes, as the API sends them. */
export interface KbChange {
  kind: string;
  act: string;
  provisions: string[];
  summary: string;
  why: string;
  sources: { title: string; url: string }[];
  scenario?: string;
}
export interface KbChangelogEntry {
  version: string;
  date: string;
  title: string;
  changes: KbChange[];
}
export interface KbChanges {
  knowledgeBase: string;
  since: string | null;
  entries: KbChangelogEntry[];
  labels: Record<string, string>;
}
export interface Uncertainty {
  id: string;
  kind: string;
  title: string;
  acts: string[];
  provisions: string[];
  question: string;
  readings: { reading: string; heldBy?: string }[];
  applied: string;
  why: string;
  sources: { title: string; url: string }[];
}
export interface UncertaintyRegister {
  knowledgeBase: string;
  act: string | null;
  uncertainties: Uncertainty[];
  labels: Record<string, string>;
}
export interface ImpactItem {
  area: 'act' | 'obligation' | 'classification' | 'deadline';
  key: string;
  act: string;
  cite?: string;
  title: string;
  before: string | null;
  after: string | null;
  causes: { version: string; date: string; index: number; match: 'provision' | 'act'; change: KbChange }[];
}
export interface LawReview {
  productVersion: number;
  kbVersion: string;
  fromKbVersion: string;
  reviewedBy: string;
  reviewedAt: string;
}
export type LawChangeStatus = 'up-to-date' | 'unchanged' | 'changed';
export interface ProductLawChange {
  product: { id: string; name: string; version: number };
  status: LawChangeStatus;
  knowledgeBase: string;
  fromKbVersion: string;
  assessedOn: string;
  lastReview: LawReview | null;
  diff: { fromVersion: string; toVersion: string; items: ImpactItem[]; entries: KbChangelogEntry[] } | null;
}
export interface LawChangeList {
  knowledgeBase: string;
  products: (Omit<ProductLawChange, 'diff'> & { changes: number; byArea: Record<string, number> })[];
}
