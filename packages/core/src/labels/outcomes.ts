/** Verdicts, obligation statuses and classification states in the words a lawyer would use. */
import type { ObligationCategory } from '../kb/types.ts';
import type { ObligationStatus, Verdict } from '../engine/assessment-types.ts';
import type { ClassificationStatus } from '../engine/classify.ts';
import { labelFrom } from './words.ts';

/** Which way a result points, so that one colour means the same on every page and in every report. */
export type Tone = 'positive' | 'negative' | 'pending' | 'open' | 'neutral' | 'danger';

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  applies: 'Applies',
  'applies-from': 'Applies later',
  'does-not-apply': 'Does not apply',
  'no-longer-applies': 'No longer applies',
  unknown: 'Open',
};

export const VERDICT_TONES: Readonly<Record<Verdict, Tone>> = {
  applies: 'positive',
  'applies-from': 'pending',
  'does-not-apply': 'neutral',
  'no-longer-applies': 'neutral',
  unknown: 'open',
};

/** An act's status in the law library can also be "applies in part" (some articles apply already). */
const PARTLY_APPLIES = 'partly-applies';

export function verdictLabel(verdict: string, from?: string): string {
  if (verdict === 'applies-from' && from) return `Applies from ${from}`;
  if (verdict === PARTLY_APPLIES) return 'Applies in part';
  return labelFrom(VERDICT_LABELS, verdict);
}

export function verdictTone(verdict: string): Tone {
  if (verdict === PARTLY_APPLIES) return 'positive';
  return (VERDICT_TONES as Readonly<Record<string, Tone>>)[verdict] ?? 'neutral';
}

export const OBLIGATION_STATUS_LABELS: Readonly<Record<ObligationStatus, string>> = {
  applies: 'Applies',
  'applies-from': 'Applies later',
  possible: 'Possible',
};

export function obligationStatusLabel(status: string): string {
  return labelFrom(OBLIGATION_STATUS_LABELS, status);
}

export const CLASSIFICATION_STATUS_LABELS: Readonly<Record<ClassificationStatus, string>> = {
  decided: 'Decided',
  open: 'Open',
  'not-applicable': 'Not applicable',
};

export function classificationStatusTone(status: string): Tone {
  return (CLASSIFICATION_STATUS_TONES as Readonly<Record<string, Tone>>)[status] ?? 'neutral';
}

export function classificationStatusLabel(status: string): string {
  return labelFrom(CLASSIFICATION_STATUS_LABELS, status);
}

export const CLASSIFICATION_STATUS_TONES: Readonly<Record<ClassificationStatus, Tone>> = {
  decided: 'positive',
  open: 'open',
  'not-applicable': 'neutral',
};

/** A label as it reads inside a sentence or a table cell of the CLI: `applies later`. */
export function lowerLabel(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** Maps every label of a map to its in-sentence form. */
export function lowerLabels<K extends string>(map: Readonly<Record<K, string>>): Readonly<Record<K, string>> {
  return Object.fromEntries(Object.entries<string>(map).map(([k, v]) => [k, lowerLabel(v)])) as Record<K, string>;
}

/** Three-valued truth of one reason in a reason tree. */
export const TRUTH_LABELS: Readonly<Record<'true' | 'false' | 'unknown', string>> = { true: 'yes', false: 'no', unknown: 'open' };

export const CATEGORY_LABELS: Readonly<Record<ObligationCategory, string>> = {
  'security-requirements': 'Security requirements',
  'vulnerability-handling': 'Vulnerability handling',
  'incident-reporting': 'Incident reporting',
  'conformity-assessment': 'Conformity assessment and certification',
  'post-market-surveillance': 'Post-market surveillance',
  'updates-and-support': 'Updates and support period',
  'documentation-and-information': 'Documentation and user information',
  'data-access-rights': 'Data access rights',
  governance: 'Governance',
  liability: 'Liability',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as ObligationCategory[];

export function categoryLabel(category: string): string {
  return labelFrom(CATEGORY_LABELS, category);
}
