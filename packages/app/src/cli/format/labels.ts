/** Words shown in the CLI for the engine's codes: the shared labels, in their in-sentence form. */
import { CATEGORY_LABELS, CATEGORY_ORDER, lowerLabels, OBLIGATION_STATUS_LABELS, VERDICT_LABELS } from '@iomt/core/labels';
import type { ObligationStatus, Verdict } from '@iomt/core';

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = lowerLabels(VERDICT_LABELS);

export const STATUS_LABEL: Readonly<Record<ObligationStatus | 'none', string>> = { ...lowerLabels(OBLIGATION_STATUS_LABELS), none: '—' };

export const CATEGORY_LABEL = CATEGORY_LABELS;

export { CATEGORY_ORDER };
