/**
 * The significance and seriousness aids (kb/incident-risk/significance.ts) evaluated on a case:
 * per regime, whether the incident is significant / serious / an accident, the criteria that
 * decided, and the facts still to answer.
 */
import { Evaluation, readFact } from '../engine/evaluate.ts';
import type { Reason } from '../engine/evaluate.ts';
import { FALSE, TRUE } from '../engine/truth.ts';
import type { FactPath } from '../facts/vocabulary.ts';
import { GUIDANCE, guidanceText } from '../kb/incident-risk/guidance.ts';
import { SIGNIFICANCE_AIDS } from '../kb/incident-risk/significance.ts';
import { citation, knowledgeBase, provisionUrl } from '../kb/knowledge-base.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';

export interface SignificanceFinding {
  readonly id: string;
  readonly act: ActId;
  readonly question: string;
  readonly answer: 'yes' | 'no' | 'open';
  readonly cite: ProvisionId;
  readonly citation: string;
  readonly url: string;
  readonly reasons: readonly Reason[];
  readonly missingFacts: readonly FactPath[];
  readonly guidance: readonly { readonly text: string; readonly url: string; readonly verified: boolean }[];
  /** Where the aid stands in for the notifier's own answer: the fact, and whether the plan used the aid's answer. */
  readonly derives?: { readonly fact: FactPath; readonly used: boolean };
  readonly note?: string;
}

/** Evaluates the aids of the given acts (those with steps in the plan). */
export function assessSignificance(profile: unknown, acts: ReadonlySet<string>): SignificanceFinding[] {
  const out: SignificanceFinding[] = [];
  for (const aid of SIGNIFICANCE_AIDS) {
    if (!acts.has(aid.act)) continue;
    const e = new Evaluation(profile, knowledgeBase);
    const reasons: Reason[] = [];
    const v = e.condition(aid.test, reasons);
    const answer = v === TRUE ? 'yes' : v === FALSE ? 'no' : 'open';
    const stated = aid.derives ? readFact(profile, aid.derives) : undefined;
    out.push({
      id: aid.id,
      act: aid.act,
      question: aid.question,
      answer,
      cite: aid.cite,
      citation: citation(aid.cite),
      url: provisionUrl(aid.cite),
      reasons,
      missingFacts: answer === 'open' ? e.missingSince(0) : [],
      guidance: aid.guidance.map((g) => ({ text: guidanceText(g), url: GUIDANCE[g.doc].url, verified: g.verified })),
      ...(aid.derives ? { derives: { fact: aid.derives, used: stated === undefined && answer !== 'open' } } : {}),
      ...(aid.note ? { note: aid.note } : {}),
    });
  }
  return out;
}

/** The case with the aids' answers written into the facts they stand in for, where the case leaves those open. */
export function withDerivedSignificance<T extends object>(profile: T, findings: readonly SignificanceFinding[]): T {
  let next = profile;
  for (const f of findings) {
    if (!f.derives?.used) continue;
    const [group, key] = f.derives.fact.split('.') as [string, string];
    const section = ((next as Record<string, unknown>)[group] as Record<string, unknown> | undefined) ?? {};
    next = { ...next, [group]: { ...section, [key]: f.answer === 'yes' } };
  }
  return next;
}

