/**
 * What a stored product keeps of an assessment so that a later knowledge-base version can be
 * compared with it: verdicts, duties with their dates, classifications and incident deadlines,
 * each with the provision it rests on. Small, plain JSON.
 */
import type { Assessment } from '../engine/assessment-types.ts';
import type { ClassifyResult } from '../engine/classify.ts';
import type { IncidentPlan } from '../incident/plan.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';

export interface DigestAct {
  readonly act: ActId;
  readonly verdict: string;
  readonly from?: string;
  readonly until?: string;
}
export interface DigestObligation {
  readonly id: string;
  readonly act: ActId;
  readonly cite: ProvisionId;
  readonly title: string;
  readonly status: string;
  readonly from?: string;
}
export interface DigestClassification {
  readonly classifier: string;
  readonly act: ActId;
  readonly cite: ProvisionId;
  readonly title: string;
  readonly status: string;
  readonly outcomes: readonly string[];
}
export interface DigestDeadline {
  /** `incidentId/duty/step[/memberState]`. */
  readonly key: string;
  readonly act: ActId;
  readonly cite: ProvisionId;
  readonly title: string;
  readonly status: string;
  readonly due?: string;
}

export interface LawDigest {
  readonly kbVersion: string;
  readonly asOf: string;
  readonly acts: readonly DigestAct[];
  readonly obligations: readonly DigestObligation[];
  readonly classifications: readonly DigestClassification[];
  readonly deadlines: readonly DigestDeadline[];
}

/** One incident plan of the product, keyed by the stored incident's id. */
export interface IncidentPlanOf {
  readonly incidentId: string;
  readonly title: string;
  readonly plan: IncidentPlan;
}

export function digestOf(assessment: Assessment, classification: ClassifyResult, incidents: readonly IncidentPlanOf[] = []): LawDigest {
  return {
    kbVersion: assessment.knowledgeBase.version,
    asOf: assessment.asOf,
    acts: assessment.acts.map((a) => ({
      act: a.act,
      verdict: a.verdict,
      // A date is part of the answer only where the act applies or will.
      ...(a.applicableFrom && (a.verdict === 'applies' || a.verdict === 'applies-from') ? { from: a.applicableFrom } : {}),
      ...(a.until ? { until: a.until } : {}),
    })),
    obligations: assessment.obligations.map((o) => ({
      id: o.id,
      act: o.act,
      cite: o.cite,
      title: o.title,
      status: o.status,
      ...(o.from ? { from: o.from } : {}),
    })),
    classifications: classification.classifications.map((c) => ({
      classifier: c.classifier,
      act: c.act,
      cite: c.cite,
      title: c.title,
      status: c.status,
      outcomes: c.status === 'decided' ? c.outcomes : c.possible,
    })),
    deadlines: incidents.flatMap((i) =>
      i.plan.steps.map((s) => ({
        key: [i.incidentId, s.duty, s.step, ...(s.memberState ? [s.memberState] : [])].join('/'),
        act: s.act,
        cite: s.cite,
        title: `${i.title}: ${s.dutyTitle} — ${s.stepTitle}${s.memberState ? ` (${s.memberState})` : ''}`,
        status: s.status,
        ...(s.due ? { due: s.due } : {}),
      })),
    ),
  };
}
