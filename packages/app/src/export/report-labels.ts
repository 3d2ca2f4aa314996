/** Words shared by the Markdown and HTML gap reports. */
import type { ControlStatus, Coverage, SelectionKind } from '@iomt/core';
import { CONTROL_STATUS_LABELS, lowerLabels, SELECTION_KIND_LABELS } from '@iomt/core/labels';

export const STATUS_LABEL: Readonly<Record<ControlStatus, string>> = lowerLabels(CONTROL_STATUS_LABELS);

export const KIND_LABEL: Readonly<Record<SelectionKind, string>> = lowerLabels(SELECTION_KIND_LABELS);

export const percent = (c: Coverage): string => (c.percent === null ? 'n/a' : `${c.percent}%`);

/** `3 implemented, 2 partial, 4 not started, 1 n/a` (n/a only when there is one). */
export const counts = (c: Coverage): string =>
  `${c.implemented} implemented, ${c.partial} partial, ${c.notStarted} not started${c.notApplicable ? `, ${c.notApplicable} n/a` : ''}`;
