/** Words shared by the Markdown and HTML gap reports. */
import type { ControlStatus, Coverage, SelectionKind } from '@iomt/core';

export const STATUS_LABEL: Readonly<Record<ControlStatus, string>> = {
  implemented: 'implemented',
  partial: 'partial',
  'not-started': 'not started',
  'not-applicable': 'not applicable',
};

export const KIND_LABEL: Readonly<Record<SelectionKind, string>> = {
  required: 'required',
  'required-from': 'required from',
  conditional: 'conditional',
};

export const percent = (c: Coverage): string => (c.percent === null ? 'n/a' : `${c.percent}%`);

/** `3 implemented, 2 partial, 4 not started, 1 n/a` (n/a only when there is one). */
export const counts = (c: Coverage): string =>
  `${c.implemented} implemented, ${c.partial} partial, ${c.notStarted} not started${c.notApplicable ? `, ${c.notApplicable} n/a` : ''}`;
