/**
 * The GDPR breach risk decided from its factors (kb/incident-risk/gdpr-breach-risk.ts), and the
 * level the GDPR duties follow: the controller's own documented assessment where it gives one
 * (`incident.breachRisk`), else the level the factors decide, else the levels still possible with
 * the factors still to be answered.
 */
import { Evaluation, readFact } from '../engine/evaluate.ts';
import type { Reason } from '../engine/evaluate.ts';
import { FALSE, TRUE } from '../engine/truth.ts';
import type { FactPath } from '../facts/vocabulary.ts';
import { BREACH_KIND_LISTS, LEVEL_OUTCOME, NUMBER_NOTE, RISK_ORDER } from '../kb/incident-risk/gdpr-breach-risk.ts';
import type { BreachKind, BreachKindList, BreachRiskLevel } from '../kb/incident-risk/gdpr-breach-risk.ts';
import { GUIDANCE, guidanceText } from '../kb/incident-risk/guidance.ts';
import type { GuidanceRef } from '../kb/incident-risk/guidance.ts';
import { citation, knowledgeBase, provisionUrl } from '../kb/knowledge-base.ts';
import type { ProvisionId } from '../kb/provision-id.ts';

export interface RiskFinding {
  readonly kind: BreachKind;
  /** The rule that decided the level of this kind, or that would if the open factors allow. */
  readonly rule: string;
  readonly level: BreachRiskLevel;
  readonly because: string;
  readonly cite: ProvisionId;
  readonly citation: string;
  readonly url: string;
  readonly guidance: readonly { readonly text: string; readonly url: string; readonly verified: boolean }[];
  /** The conditions of the rule as evaluated on the case. */
  readonly reasons: readonly Reason[];
  /** Whether the rule certainly decides (`true`) or would decide if open factors allow (`possible`). */
  readonly certainty: 'decides' | 'possible';
}

export interface BreachRiskAssessment {
  /** The level the factors decide; absent while open factors could change it. */
  readonly assessed?: BreachRiskLevel;
  /** The levels the factors still allow (one where decided). */
  readonly possible: readonly BreachRiskLevel[];
  /** The controller's own level (`incident.breachRisk`), which always prevails. */
  readonly controller?: BreachRiskLevel;
  readonly controllerReasoning?: string;
  /** What the GDPR duties followed: the controller's assessment, the factor assessment, or neither yet. */
  readonly used: 'controller' | 'assessment' | 'undecided';
  /** The level the plan used, where one was used. */
  readonly level?: BreachRiskLevel;
  readonly kinds: readonly BreachKind[];
  readonly findings: readonly RiskFinding[];
  /** The factors to answer to decide the level. */
  readonly missingFacts: readonly FactPath[];
  readonly outcome: string;
  readonly notes: readonly string[];
}

const KINDS: readonly BreachKind[] = ['confidentiality', 'integrity', 'availability'];
const LEVELS: readonly BreachRiskLevel[] = ['unlikely', 'risk', 'high-risk'];
const isLevel = (v: unknown): v is BreachRiskLevel => typeof v === 'string' && (LEVELS as readonly string[]).includes(v);

const guidanceOut = (refs: readonly GuidanceRef[]) => refs.map((g) => ({ text: guidanceText(g), url: GUIDANCE[g.doc].url, verified: g.verified }));

interface KindResult {
  readonly possible: Set<BreachRiskLevel>;
  readonly findings: RiskFinding[];
  readonly missing: FactPath[];
}

/** Walks one decision list: the first rule that holds decides; rules that may hold keep their level possible. */
function decideKind(list: BreachKindList, profile: unknown): KindResult {
  const possible = new Set<BreachRiskLevel>();
  const findings: RiskFinding[] = [];
  const missing: FactPath[] = [];
  const finding = (rule: { id: string; level: BreachRiskLevel; because: string; cite: ProvisionId; guidance: readonly GuidanceRef[] }, reasons: Reason[], certainty: RiskFinding['certainty']): RiskFinding => ({
    kind: list.kind,
    rule: rule.id,
    level: rule.level,
    because: rule.because,
    cite: rule.cite,
    citation: citation(rule.cite),
    url: provisionUrl(rule.cite),
    guidance: guidanceOut(rule.guidance),
    reasons,
    certainty,
  });
  for (const rule of list.rules) {
    const e = new Evaluation(profile, knowledgeBase);
    const reasons: Reason[] = [];
    const v = e.condition(rule.when, reasons);
    if (v === FALSE) continue;
    possible.add(rule.level);
    if (v === TRUE) {
      findings.push(finding(rule, reasons, 'decides'));
      return { possible, findings, missing };
    }
    missing.push(...e.missingSince(0));
    findings.push(finding(rule, reasons, 'possible'));
  }
  possible.add(list.otherwise.level);
  findings.push(finding(list.otherwise, [], findings.length === 0 ? 'decides' : 'possible'));
  return { possible, findings, missing };
}

/** The kinds of breach the case states, and those still possible where it does not say. */
function kindsOf(profile: unknown): { certain: BreachKind[]; maybe: BreachKind[] } {
  const types = readFact(profile, 'incident.breachTypes');
  if (Array.isArray(types)) return { certain: KINDS.filter((k) => types.includes(k)), maybe: [] };
  return { certain: [], maybe: [...KINDS] };
}

/** Every overall level reachable: the highest level over the kinds affected. */
function combine(perKind: ReadonlyMap<BreachKind, Set<BreachRiskLevel>>, maybe: readonly BreachKind[]): BreachRiskLevel[] {
  let overall = new Set<BreachRiskLevel>(['unlikely']);
  for (const [kind, levels] of perKind) {
    const options = maybe.includes(kind) ? new Set([...levels, 'unlikely' as const]) : levels;
    const next = new Set<BreachRiskLevel>();
    for (const a of overall) for (const b of options) next.add(RISK_ORDER[a] >= RISK_ORDER[b] ? a : b);
    overall = next;
  }
  return LEVELS.filter((l) => overall.has(l));
}

/** Assesses the breach; undefined where the case shows no personal data breach. */
export function assessBreachRisk(profile: unknown): BreachRiskAssessment | undefined {
  const stated = readFact(profile, 'incident.personalDataBreach');
  const types = readFact(profile, 'incident.breachTypes');
  if (stated === false || (Array.isArray(types) && types.length === 0)) return undefined;
  if (stated === undefined && types === undefined) return undefined;
  const { certain, maybe } = kindsOf(profile);
  const perKind = new Map<BreachKind, Set<BreachRiskLevel>>();
  const findings: RiskFinding[] = [];
  const missing: FactPath[] = maybe.length > 0 ? ['incident.breachTypes'] : [];
  for (const list of BREACH_KIND_LISTS) {
    if (!certain.includes(list.kind) && !maybe.includes(list.kind)) continue;
    const r = decideKind(list, profile);
    perKind.set(list.kind, r.possible);
    findings.push(...r.findings);
    missing.push(...r.missing);
  }
  const possible = combine(perKind, maybe);
  const assessed = possible.length === 1 ? possible[0] : undefined;
  const controllerValue = readFact(profile, 'incident.breachRisk');
  const controller = isLevel(controllerValue) ? controllerValue : undefined;
  const reasoning = readFact(profile, 'incident.breachRiskReasoning');
  const used = controller ? 'controller' : assessed ? 'assessment' : 'undecided';
  const level = controller ?? assessed;
  const notes = [NUMBER_NOTE];
  if (controller && assessed && controller !== assessed) {
    notes.push(`The controller’s own assessment (${controller}) departs from the level the factors give (${assessed}); the plan follows the controller, whose reasoning the breach documentation must hold (Art 33(5)).`);
  }
  const count = readFact(profile, 'incident.dataSubjectsCount');
  if (typeof count === 'number') notes.push(`People affected: about ${count}.`);
  return {
    ...(assessed ? { assessed } : {}),
    possible,
    ...(controller ? { controller } : {}),
    ...(typeof reasoning === 'string' ? { controllerReasoning: reasoning } : {}),
    used,
    ...(level ? { level } : {}),
    kinds: certain.length > 0 ? certain : maybe,
    findings,
    missingFacts: controller ? [] : assessed ? [] : [...new Set(missing)],
    outcome: level
      ? LEVEL_OUTCOME[level]
      : `undecided between ${possible.join(', ')}: answer the open factors, or record the controller’s own assessment`,
    notes,
  };
}

/** The case with the level the GDPR duties follow written in, where the factors decide it and the controller did not. */
export function withAssessedRisk<T extends object>(profile: T, a: BreachRiskAssessment | undefined): T {
  if (!a || a.used !== 'assessment' || !a.assessed) return profile;
  const incident = (profile as { incident?: Record<string, unknown> }).incident ?? {};
  return { ...profile, incident: { ...incident, breachRisk: a.assessed } };
}

/** The case with one possible level written in, to plan each level the open factors still allow. */
export function withRiskLevel<T extends object>(profile: T, level: BreachRiskLevel): T {
  const incident = (profile as { incident?: Record<string, unknown> }).incident ?? {};
  return { ...profile, incident: { ...incident, breachRisk: level } };
}

