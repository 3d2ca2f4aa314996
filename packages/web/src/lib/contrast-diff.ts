/** Side-by-side rows for two assessments of the same product with something changed. */
import type { ActResult, AssessmentReport, Obligation } from '../api/types.ts';

export interface ActRow {
  act: string;
  name: string;
  base: string;
  variant: string;
  baseFrom?: string;
  variantFrom?: string;
  changed: boolean;
}

export interface ObligationRow {
  id: string;
  act: string;
  title: string;
  citation: string;
  base: string;
  variant: string;
  changed: boolean;
}

export interface ContrastRows {
  acts: ActRow[];
  obligations: ObligationRow[];
  changedActs: number;
  changedObligations: number;
}

interface ActDiff {
  act: string;
  base: string;
  variant: string;
  baseFrom?: string;
  variantFrom?: string;
}

interface ObligationDiff {
  id: string;
  act?: string;
  title?: string;
  citation?: string;
  base: string;
  variant: string;
}

/**
 * Every act and obligation of the base assessment side by side with the variant. The server's
 * `contrast` section lists only what differs; everything else is the same on both sides.
 */
export function contrastRows(report: Pick<AssessmentReport, 'acts' | 'obligations' | 'contrast'>): ContrastRows {
  const actDiffs = new Map(((report.contrast?.acts ?? []) as unknown as ActDiff[]).map((d) => [d.act, d]));
  const names = new Map(report.acts.map((a: ActResult) => [a.act, a.shortName]));
  const acts: ActRow[] = report.acts.map((a) => {
    const d = actDiffs.get(a.act);
    if (!d) return { act: a.act, name: a.shortName, base: a.verdict, variant: a.verdict, baseFrom: a.applicableFrom, variantFrom: a.applicableFrom, changed: false };
    return { act: a.act, name: a.shortName, base: d.base, variant: d.variant, baseFrom: d.baseFrom, variantFrom: d.variantFrom, changed: true };
  });
  for (const d of actDiffs.values()) {
    if (!names.has(d.act)) acts.push({ act: d.act, name: d.act, base: d.base, variant: d.variant, baseFrom: d.baseFrom, variantFrom: d.variantFrom, changed: true });
  }

  const oblDiffs = new Map(((report.contrast?.obligations ?? []) as unknown as ObligationDiff[]).map((d) => [d.id, d]));
  const obligations: ObligationRow[] = report.obligations.map((o: Obligation) => {
    const d = oblDiffs.get(o.id);
    const s = statusText(o);
    return d
      ? { id: o.id, act: o.act, title: o.title, citation: o.citation, base: d.base, variant: d.variant, changed: d.base !== d.variant }
      : { id: o.id, act: o.act, title: o.title, citation: o.citation, base: s, variant: s, changed: false };
  });
  const known = new Set(report.obligations.map((o) => o.id));
  for (const d of oblDiffs.values()) {
    if (known.has(d.id)) continue;
    obligations.push({ id: d.id, act: d.act ?? d.id.split(':')[0] ?? '', title: d.title ?? d.id, citation: d.citation ?? '', base: d.base, variant: d.variant, changed: d.base !== d.variant });
  }

  acts.sort((a, b) => Number(b.changed) - Number(a.changed));
  obligations.sort((a, b) => Number(b.changed) - Number(a.changed));
  return {
    acts,
    obligations,
    changedActs: acts.filter((a) => a.changed).length,
    changedObligations: obligations.filter((o) => o.changed).length,
  };
}

function statusText(o: Obligation): string {
  return o.status;
}
