/**
 * Support status of a unit, behind one adapter so the lifecycle capability's computation can
 * replace it. This version reads only the declared support end (the unit's own, else its model
 * version's): supported until and including that date, out of support after it, unknown without one.
 */
export type SupportStatus = 'supported' | 'out-of-support' | 'unknown';

export interface UnitSupport {
  status: SupportStatus;
  /** The end date the status rests on, if any. */
  supportEnd: string | null;
  explanation: string;
}

export function unitSupportStatus(input: { unitSupportEnd: string | null; modelSupportEnd: string | null; asOf: string }): UnitSupport {
  const end = input.unitSupportEnd ?? input.modelSupportEnd;
  if (end === null) return { status: 'unknown', supportEnd: null, explanation: 'no support end is declared for the unit or its model version' };
  if (input.asOf <= end) return { status: 'supported', supportEnd: end, explanation: `declared support runs until ${end}` };
  return { status: 'out-of-support', supportEnd: end, explanation: `declared support ended on ${end}` };
}
