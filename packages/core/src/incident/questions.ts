/**
 * The questions an incident's plan needs, per regime: every incident fact a regime's duties, its
 * risk or significance aid, or its routing reads — with the question, why it is asked (the duties
 * and aids that read it), the provision, the answers offered, the case's current answer, and
 * whether the plan is still waiting for it. The creation and edit forms render exactly this.
 */
import { readFact } from '../engine/evaluate.ts';
import type { FactSpec } from '../facts/vocabulary-dsl.ts';
import { byFactOrder, factSpec } from '../facts/vocabulary-index.ts';
import type { FactPath } from '../facts/vocabulary.ts';
import { BREACH_KIND_LISTS } from '../kb/incident-risk/gdpr-breach-risk.ts';
import { SIGNIFICANCE_AIDS } from '../kb/incident-risk/significance.ts';
import { citation, knowledgeBase, provisionUrl } from '../kb/knowledge-base.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import type { Condition } from '../kb/types.ts';

export interface IncidentQuestion {
  readonly fact: FactPath;
  readonly question: string;
  readonly help?: string;
  readonly cite?: ProvisionId;
  readonly citation?: string;
  readonly url?: string;
  readonly type: FactSpec['type'];
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly unit?: string;
  /** The case's current answer; absent while unknown. */
  readonly value?: unknown;
  /** The plan names this fact among those it still needs. */
  readonly missing: boolean;
  /** The duties and aids that read the fact, in plain words. */
  readonly why: readonly string[];
}

export interface RegimeQuestions {
  readonly act: ActId;
  readonly regime: string;
  readonly questions: readonly IncidentQuestion[];
}

function factsOf(c: Condition, out: Set<string>): void {
  if (c.kind === 'fact') out.add(c.fact);
  if (c.kind === 'all' || c.kind === 'any' || c.kind === 'firstKnown') for (const sub of c.of) factsOf(sub, out);
  if (c.kind === 'not') factsOf(c.of, out);
}

/** Facts read by each regime, with the reasons; incident facts only (the profile has its own wizard). */
function readersByAct(): Map<ActId, Map<string, Set<string>>> {
  const byAct = new Map<ActId, Map<string, Set<string>>>();
  const note = (act: ActId, c: Condition, why: string) => {
    const facts = new Set<string>();
    factsOf(c, facts);
    const map = byAct.get(act) ?? new Map<string, Set<string>>();
    for (const f of facts) if (f.startsWith('incident.')) map.set(f, (map.get(f) ?? new Set()).add(why));
    byAct.set(act, map);
  };
  for (const act of knowledgeBase.acts) {
    for (const duty of act.notifications ?? []) {
      if (duty.scenario !== undefined) continue;
      note(act.id, duty.trigger, `decides whether “${duty.title}” is due (${citation(duty.cite)})`);
      for (const ex of duty.exemptions ?? []) note(act.id, ex.when, `an exemption: ${ex.label} (${citation(ex.cite)})`);
      for (const s of duty.steps) if (s.when) note(act.id, s.when, `decides whether the step “${s.title}” is due (${citation(s.cite)})`);
    }
  }
  for (const list of BREACH_KIND_LISTS) for (const r of list.rules) note('gdpr', r.when, `a factor of the breach risk (${list.kind}): it decides between notifying the authority, and telling the people (Art 33(1), 34(1); EDPB Guidelines 9/2022)`);
  for (const aid of SIGNIFICANCE_AIDS) note(aid.act, aid.test, `${aid.question} (${citation(aid.cite)})`);
  const routing: [ActId, string, string][] = [
    ['gdpr', 'incident.dataSubjectsResideIn', 'routing outside the EU: every supervisory authority where affected people live (EDPB Guidelines 9/2022, para 73)'],
    ['gdpr', 'incident.breachRiskReasoning', 'the controller’s own reasoning, recorded with the breach (Art 33(5))'],
    ['gdpr', 'incident.breachRisk', 'the controller’s own assessment, which prevails over the one the factors give (Art 33(1), 34(1))'],
    ['gdpr', 'incident.dataSubjectsCount', 'part of the notification (Art 33(3)(a)) and of the risk assessment'],
    ['cra', 'incident.craCoordinatorState', 'routing outside the EU: the coordinating CSIRT (Art 14(7))'],
  ];
  for (const [act, fact, why] of routing) {
    const map = byAct.get(act) ?? new Map<string, Set<string>>();
    map.set(fact, (map.get(fact) ?? new Set()).add(why));
    byAct.set(act, map);
  }
  return byAct;
}

let cached: Map<ActId, Map<string, Set<string>>> | undefined;

/**
 * The questions for the regimes given (those the plan has steps of), in the vocabulary's order.
 * A routing question for notifiers outside the EU is asked only of them.
 */
export function incidentQuestions(profile: unknown, acts: readonly ActId[], missingFacts: readonly string[]): RegimeQuestions[] {
  cached ??= readersByAct();
  const outsideEu = readFact(profile, 'organisation.establishedInEu') === false;
  const out: RegimeQuestions[] = [];
  for (const actId of acts) {
    const act = knowledgeBase.acts.find((a) => a.id === actId);
    const readers = cached.get(actId);
    if (!act || !readers) continue;
    const questions: IncidentQuestion[] = [];
    for (const fact of [...readers.keys()].sort(byFactOrder)) {
      if (!outsideEu && (fact === 'incident.dataSubjectsResideIn' || fact === 'incident.craCoordinatorState')) continue;
      const spec = factSpec(fact);
      if (!spec) continue;
      const value = readFact(profile, fact);
      questions.push({
        fact: fact as FactPath,
        question: spec.question,
        ...(spec.help ? { help: spec.help } : {}),
        ...(spec.cite ? { cite: spec.cite, citation: citation(spec.cite), url: provisionUrl(spec.cite) } : {}),
        type: spec.type,
        ...(spec.type === 'enum' || spec.type === 'set' ? { options: spec.values.map((v) => ({ value: v, label: spec.labels?.[v] ?? v })) } : {}),
        ...(spec.type === 'number' ? { unit: spec.unit } : {}),
        ...(value !== undefined ? { value } : {}),
        missing: missingFacts.includes(fact),
        why: [...(readers.get(fact) ?? [])].slice(0, 3),
      });
    }
    if (questions.length > 0) out.push({ act: actId, regime: act.shortName, questions });
  }
  return out;
}
