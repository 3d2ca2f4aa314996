/**
 * The support analysis of a product and its units at an as-of date: the minimum support
 * period per regime, whether the declared end meets each, the update duties per act, a
 * dated timeline, and the status of every unit.
 */
import { KB_VERSION } from '../kb/knowledge-base.ts';
import { CRA_APPLIES_FROM, LIFECYCLE_VERIFICATION, SUPPORT_RULES, UPDATE_DUTIES } from '../kb/lifecycle/support-law.ts';
import type { IsoDate } from '../kb/types.ts';
import { lifecycleProductOf } from './from-profile.ts';
import type { LifecycleCase } from './lifecycle-case.ts';
import { cite, reason } from './trace.ts';
import type { Cite, FactQuestion, Reason } from './trace.ts';
import type { Applies, LifecycleProduct, Party, SupportRegimeId, SupportState, UnitSupportOptions, UnitSupportStatus } from './types.ts';
import { unitSupportStatus } from './unit-status.ts';

export const LIFECYCLE_FORMAT = 'iomt-lifecycle/1';
export const LIFECYCLE_NOTICE =
  'Not legal advice. Support periods follow from the facts given and the knowledge base version shown; where the law gives no number or a point is contested, the analysis says so instead of deciding.';

export type DutyStatus = 'met' | 'not-met' | 'unknown' | 'to-do';

export interface UpdateDuty {
  readonly id: string;
  readonly regime: SupportRegimeId;
  readonly bearer: Party;
  readonly applies: Applies;
  readonly status: DutyStatus;
  readonly text: string;
  readonly cites: readonly Cite[];
}

export interface TimelineEntry {
  readonly date: IsoDate;
  readonly event: string;
  readonly cites: readonly Cite[];
}

export interface LifecycleAnalysis {
  readonly format: typeof LIFECYCLE_FORMAT;
  readonly asOf: IsoDate;
  readonly knowledgeBase: { readonly version: string; readonly lifecycleVerifiedOn: string };
  readonly notice: string;
  readonly product: { readonly name: string | null; readonly facts: LifecycleProduct };
  /** The model as a whole, measured from its own placing on the market. */
  readonly model: UnitSupportStatus;
  readonly updateDuties: readonly UpdateDuty[];
  readonly timeline: readonly TimelineEntry[];
  readonly units: readonly UnitSupportStatus[];
  readonly summary: Readonly<Record<SupportState, number>>;
  readonly questions: readonly FactQuestion[];
  readonly contested: readonly Reason[];
}

export function analyseLifecycle(input: LifecycleCase, asOf: IsoDate, options: UnitSupportOptions = {}): LifecycleAnalysis {
  const product = lifecycleProductOf(input);
  const model = unitSupportStatus(product, {}, asOf, options);
  const units = (input.units ?? []).map((u) => unitSupportStatus(product, u, asOf, options));
  const summary: Record<SupportState, number> = { supported: 0, 'ending-soon': 0, 'out-of-support': 0, unknown: 0 };
  for (const u of units) summary[u.state] += 1;

  const questions: FactQuestion[] = [];
  const seen = new Set<string>();
  // The model is not a unit: facts of a single unit are asked per unit only.
  const modelQuestions = model.questions.filter((q) => q.fact !== 'unit.deliveredOn' && q.fact !== 'unit.nis2Entity');
  for (const q of [...modelQuestions, ...units.flatMap((u) => u.questions)]) {
    if (!seen.has(q.fact)) { seen.add(q.fact); questions.push(q); }
  }

  const applies = (regime: SupportRegimeId): Applies => {
    const all = [model, ...units].map((s) => s.regimes.find((r) => r.regime === regime)?.applies ?? false);
    return all.includes(true) ? true : all.includes('unknown') ? 'unknown' : false;
  };
  const lifecycleFacts = input.product?.lifecycle ?? {};
  const updateDuties: UpdateDuty[] = UPDATE_DUTIES.flatMap((d): UpdateDuty[] => {
    const a = applies(d.regime);
    if (a === false) return [];
    const value = 'fact' in d ? lifecycleFacts[d.fact] : undefined;
    const status: DutyStatus = 'fact' in d ? (value === true ? 'met' : value === false ? 'not-met' : 'unknown') : 'to-do';
    return [{ id: d.id, regime: d.regime, bearer: d.bearer, applies: a, status, text: d.text, cites: d.cites.map(cite) }];
  });
  for (const d of updateDuties) {
    if (d.status !== 'unknown') continue;
    const fact = UPDATE_DUTIES.find((u) => u.id === d.id);
    if (fact && 'fact' in fact && !seen.has(`product.lifecycle.${fact.fact}`)) {
      seen.add(`product.lifecycle.${fact.fact}`);
      questions.push({ fact: `product.lifecycle.${fact.fact}`, question: `${fact.text} Is this so?`, why: `Decides whether the duty under ${d.cites.map((c) => c.label).join(', ')} is met.` });
    }
  }

  const contested: Reason[] = [];
  if (applies('cra') !== false) contested.push(reason(SUPPORT_RULES.craStartPerUnit.text, SUPPORT_RULES.craStartPerUnit.cites, SUPPORT_RULES.craStartPerUnit.contested));
  if (applies('mdr') !== false || applies('ivdr') !== false) contested.push(reason(SUPPORT_RULES.mdrLifetime.text, SUPPORT_RULES.mdrLifetime.cites, SUPPORT_RULES.mdrLifetime.contested));
  if (applies('sgd') !== false || applies('dcd') !== false) {
    contested.push(reason('How long a consumer may reasonably expect updates (SGD Art 7(3)(a), DCD Art 8(2)(b)) is not fixed by either Directive; recital 31 SGD points to at least the two-year liability period and possibly longer for security updates. National courts decide.', ['sgd:art-7(3)', 'sgd:recital-31', 'dcd:art-8(2)'], 'No number in the law.'));
  }

  return {
    format: LIFECYCLE_FORMAT, asOf,
    knowledgeBase: { version: KB_VERSION, lifecycleVerifiedOn: LIFECYCLE_VERIFICATION.checkedOn },
    notice: LIFECYCLE_NOTICE,
    product: { name: product.name ?? input.name ?? null, facts: product },
    model, updateDuties, timeline: timelineOf(product, model, units), units, summary, questions, contested,
  };
}

function timelineOf(p: LifecycleProduct, model: UnitSupportStatus, units: readonly UnitSupportStatus[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const add = (date: IsoDate | null | undefined, event: string, ids: Parameters<typeof cite>[0][]) => {
    if (date) out.push({ date, event, cites: ids.map(cite) });
  };
  add(p.placedOnMarketOn, 'The model is placed on the market', []);
  if (p.deviceStatus !== 'medical-device' && p.deviceStatus !== 'ivd' && p.digitalWithConnection !== false) {
    add(CRA_APPLIES_FROM, 'CRA Art 13 and Annex I apply to units placed on the market from this day', ['cra:art-71(2)', 'cra:art-69(2)']);
  }
  for (const r of model.regimes) {
    if (r.applies !== false && r.minimumEnd) add(r.minimumEnd, `Minimum support under ${r.regime.toUpperCase()} ends for the model’s first unit${r.indicative ? ' (indicated by recital)' : ''}`, r.cites.map((c) => c.id));
  }
  add(p.declaredSupportEnd, 'Declared end of support for the model', ['cra:art-13(19)']);
  const ends = units.map((u) => u.supportEnd).filter((d): d is IsoDate => d !== null).sort();
  if (ends.length > 1) {
    add(ends[0], 'Support of the first unit ends', []);
    add(ends[ends.length - 1], 'Support of the last unit ends', []);
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
