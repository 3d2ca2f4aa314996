/** States of controls in a gap assessment. */
import type { ControlStatus, SelectionKind } from '../gap/types.ts';
import type { Tone } from './outcomes.ts';
import { labelFrom } from './words.ts';

export const CONTROL_STATUS_LABELS: Readonly<Record<ControlStatus, string>> = {
  implemented: 'Implemented',
  partial: 'Partial',
  'not-started': 'Not started',
  'not-applicable': 'Not applicable',
};

export const CONTROL_STATUS_TONES: Readonly<Record<ControlStatus, Tone>> = {
  implemented: 'positive',
  partial: 'pending',
  'not-started': 'danger',
  'not-applicable': 'neutral',
};

export function controlStatusLabel(status: string): string {
  return labelFrom(CONTROL_STATUS_LABELS, status);
}

export const SELECTION_KIND_LABELS: Readonly<Record<SelectionKind, string>> = {
  required: 'Required',
  'required-from': 'Required from',
  conditional: 'Conditional',
};
