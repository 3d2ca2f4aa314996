/**
 * The portfolio across products and incidents: per product what applies and from when, its class,
 * unknown facts and coverage; and every date coming up (an act starting to apply, a report due)
 * within a window, soonest first.
 */
import { actLabel, outcomeLabel } from '@iomt/core/labels';
import type { AssessmentReport, Incident, IncidentPlan, Product } from '../api/types.ts';

export interface ProductRow {
  id: string;
  name: string;
  /** `MDR class IIa · CRA important product, class I`; empty when nothing is classified. */
  classes: string;
  applies: string[];
  appliesLater: { act: string; from: string }[];
  open: string[];
  unknownFacts: number;
  coverage: number | null;
  version: number;
  updatedAt: string;
  /** False while the assessment is still being worked out. */
  assessed: boolean;
}

const CLASS_SHOWN = ['mdr:class', 'ivdr:class', 'cra:category', 'ai-act:risk', 'nis2:entity-type'];

export function productRow(product: Product, report: AssessmentReport | undefined, coverage: number | null): ProductRow {
  const classes = (report?.classifications ?? [])
    .filter((c) => CLASS_SHOWN.includes(c.classifier) && c.status === 'decided' && c.outcomes.length > 0)
    .filter((c) => !c.outcomes.every((o) => ['out-of-scope', 'not-an-ai-system'].includes(String(o))))
    .map((c) => `${actLabel(c.classifier.split(':')[0] ?? '')} ${c.outcomes.map((o) => outcomeLabel(String(o))).join(', ')}`)
    .join(' · ');
  // The time-limits regulation governs how periods are counted; it is no duty of the product's.
  const acts = (report?.acts ?? []).filter((a) => a.act !== 'time-limits');
  return {
    id: product.id,
    name: product.name,
    classes,
    applies: acts.filter((a) => a.verdict === 'applies').map((a) => a.shortName),
    appliesLater: acts.filter((a) => a.verdict === 'applies-from' && a.applicableFrom).map((a) => ({ act: a.shortName, from: a.applicableFrom ?? '' })),
    open: acts.filter((a) => a.verdict === 'unknown').map((a) => a.shortName),
    unknownFacts: report?.missingFacts.length ?? 0,
    coverage,
    version: product.latestVersion,
    updatedAt: product.updatedAt,
    assessed: report !== undefined,
  };
}

export interface ComingDate {
  key: string;
  /** ISO date or instant. */
  at: string;
  days: number;
  what: string;
  where: string;
  href: string;
  kind: 'law' | 'report';
  overdue: boolean;
}

const DAY = 86_400_000;

export function daysUntil(at: string, now: Date): number {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00Z` : at);
  return Math.ceil((t - now.getTime()) / DAY);
}

/** Dates within `days` from now (overdue reports too), soonest first; one entry per act and date across products. */
export function comingDates(
  orgId: string,
  products: readonly { product: Product; report: AssessmentReport | undefined }[],
  incidents: readonly { incident: Incident; plan: IncidentPlan | undefined }[],
  now: Date,
  days: number,
): ComingDate[] {
  const out: ComingDate[] = [];
  // The same act starting to apply on the same date is one line, naming every product concerned.
  const law = new Map<string, ComingDate & { names: string[] }>();
  for (const { product, report } of products) {
    for (const u of report?.upcoming ?? []) {
      const d = daysUntil(u.date, now);
      if (d < 0 || d > days) continue;
      const key = `${u.act}:${u.date}:${u.label}`;
      const known = law.get(key);
      if (known) {
        known.names.push(product.name);
        continue;
      }
      law.set(key, {
        key,
        at: u.date,
        days: d,
        what: `${actLabel(u.act)}: ${u.label}${u.scenario ? ' (scenario)' : ''}`,
        where: product.name,
        names: [product.name],
        href: `/orgs/${orgId}/products/${product.id}/results`,
        kind: 'law',
        overdue: false,
      });
    }
  }
  for (const { names, ...entry } of law.values()) {
    out.push({ ...entry, where: names.length <= 2 ? names.join('; ') : `${names[0]} and ${names.length - 1} other products` });
  }
  for (const { incident, plan } of incidents) {
    if (incident.status !== 'open') continue;
    for (const s of plan?.steps ?? []) {
      const due = s.period?.legal?.utc ?? s.due;
      if (!due || s.status === 'submitted' || s.status === 'not-required') continue;
      const d = daysUntil(due, now);
      if (d > days) continue;
      out.push({
        key: `${incident.id}:${s.duty}:${s.step}:${s.memberState ?? ''}`,
        at: due,
        days: d,
        what: `${actLabel(s.act)}: ${s.stepTitle}${s.memberState ? ` (${s.memberState})` : ''}`,
        where: incident.title,
        href: `/orgs/${orgId}/incidents/${incident.id}`,
        kind: 'report',
        overdue: s.status === 'overdue' || d < 0,
      });
    }
  }
  return out.sort((a, b) => Date.parse(a.at.length === 10 ? `${a.at}T00:00:00Z` : a.at) - Date.parse(b.at.length === 10 ? `${b.at}T00:00:00Z` : b.at));
}
