/**
 * Two stored assessments of one product (say, at profile versions 2 and 5) as contrast rows, so the
 * contrast tables show what the change of facts did to the verdicts and obligations.
 */
import type { AssessmentReport, Obligation } from '../api/types.ts';
import type { ActRow, ContrastRows, ObligationRow } from './contrast-diff.ts';

/** What an obligation that is not in an assessment shows in its column. */
export const ABSENT = 'does not follow';

function obligationStatus(o: Obligation | undefined): string {
  if (!o) return ABSENT;
  return o.status === 'applies-from' && o.from ? `applies from ${o.from}` : o.status;
}

export function compareReports(base: Pick<AssessmentReport, 'acts' | 'obligations'>, variant: Pick<AssessmentReport, 'acts' | 'obligations'>): ContrastRows {
  const variantActs = new Map(variant.acts.map((a) => [a.act, a]));
  const acts: ActRow[] = base.acts.map((a) => {
    const v = variantActs.get(a.act);
    const variantVerdict = v?.verdict ?? 'unknown';
    const changed = !v || v.verdict !== a.verdict || (v.applicableFrom ?? '') !== (a.applicableFrom ?? '');
    return { act: a.act, name: a.shortName, base: a.verdict, variant: variantVerdict, baseFrom: a.applicableFrom, variantFrom: v?.applicableFrom, changed };
  });
  const known = new Set(base.acts.map((a) => a.act));
  for (const v of variant.acts) {
    if (!known.has(v.act)) acts.push({ act: v.act, name: v.shortName, base: 'unknown', variant: v.verdict, variantFrom: v.applicableFrom, changed: true });
  }

  const baseObl = new Map(base.obligations.map((o) => [o.id, o]));
  const variantObl = new Map(variant.obligations.map((o) => [o.id, o]));
  const ids = [...new Set([...baseObl.keys(), ...variantObl.keys()])];
  const obligations: ObligationRow[] = ids.map((id) => {
    const b = baseObl.get(id);
    const v = variantObl.get(id);
    const any = (b ?? v) as Obligation;
    const baseText = obligationStatus(b);
    const variantText = obligationStatus(v);
    return { id, act: any.act, title: any.title, citation: any.citation, base: baseText, variant: variantText, changed: baseText !== variantText };
  });

  acts.sort((a, b) => Number(b.changed) - Number(a.changed));
  obligations.sort((a, b) => Number(b.changed) - Number(a.changed));
  return { acts, obligations, changedActs: acts.filter((a) => a.changed).length, changedObligations: obligations.filter((o) => o.changed).length };
}
