/**
 * Everything about an assessment that depends only on the date, the horizon and the scenarios,
 * not on the profile: which parts of each act apply, upcoming events, the obligations in play and
 * their citations. Computed once per (date, horizon, scenarios) and reused for every profile.
 */
import { citation, knowledgeBase, provisionUrl } from '../kb/knowledge-base.ts';
import type { ActDefinition, Condition, IsoDate, Obligation, ObligationRole } from '../kb/types.ts';
import { compile, compileRule } from './compile.ts';
import type { Compiled } from './compile.ts';
import { addMonths } from '../time/plain-date.ts';
import type { ObligationResult, PartResult, UpcomingChange } from './assessment-types.ts';
import { validateOptions } from './options.ts';
import { ROLE_CONDITIONS } from './roles.ts';
import { activeEvents, partState, repealDate } from './timeline.ts';
import type { PartState } from './timeline.ts';

/** The profile-independent fields of an obligation result. */
export type ObligationTemplate = Omit<ObligationResult, 'status' | 'from' | 'missingFacts' | 'uncertainties'>;

export interface ObligationPlan {
  readonly obligation: Obligation;
  readonly role: Condition;
  /** The role and the obligation's own conditions, compiled. */
  readonly applies: Compiled;
  /** Index into ROLE_LIST: role truth is computed once per profile and shared. */
  readonly roleIndex: number;
  /** The obligation's own conditions, compiled (undefined: none beyond the role). */
  readonly when: Compiled | undefined;
  readonly timing: PartState;
  readonly template: ObligationTemplate;
}

export interface ActPlan {
  readonly act: ActDefinition;
  readonly scope: Compiled;
  /** Index of this act's first obligation in the plan's flat obligation list. */
  readonly firstObligation: number;
  readonly whole: PartState;
  readonly parts: readonly PartResult[];
  readonly until?: IsoDate;
  readonly applicableFrom?: IsoDate;
  readonly upcoming: readonly UpcomingChange[];
  /** Obligations in play on the date under the scenarios (ended ones left out). */
  readonly obligations: readonly ObligationPlan[];
  readonly notes: readonly string[];
  /** `the scope rule's label (Art 2(1) CRA)`, for explanations. */
  readonly scopeCitation: string;
}

export interface Plan {
  readonly asOf: IsoDate;
  readonly acts: readonly ActPlan[];
  readonly obligationCount: number;
}

function firstApplication(whole: PartState, parts: readonly PartResult[]): IsoDate | undefined {
  const states = [whole, ...parts];
  const started = states.filter((s) => s.status === 'applies' && s.from).map((s) => s.from as IsoDate);
  if (started.length > 0) return started.sort()[0];
  return states
    .filter((s) => s.status === 'applies-from' && s.from)
    .map((s) => s.from as IsoDate)
    .sort()[0];
}

function templateOf(act: ActDefinition, o: Obligation): ObligationTemplate {
  return {
    id: o.id,
    act: act.id,
    role: o.role,
    category: o.category,
    cite: o.cite,
    citation: citation(o.cite),
    url: provisionUrl(o.cite),
    title: o.title,
    summary: o.summary,
    ...(o.note ? { note: o.note } : {}),
    ...(o.scenario ? { scenario: o.scenario } : {}),
  };
}

function planAct(
  act: ActDefinition,
  asOf: IsoDate,
  horizonEnd: IsoDate,
  scenarios: ReadonlySet<string>,
  firstObligation: number,
): ActPlan {
  const events = activeEvents(act, scenarios);
  const whole = partState(events, undefined, asOf);
  const parts: PartResult[] = (act.parts ?? []).map((p) => {
    const s = partState(events, p.id, asOf);
    return { part: p.id, title: p.title, cite: p.cite, status: s.status, ...(s.from ? { from: s.from } : {}) };
  });
  const until = repealDate(events);
  const applicableFrom = firstApplication(whole, parts);
  const upcoming: UpcomingChange[] = events
    .filter((e) => e.date > asOf && e.date <= horizonEnd)
    .map((e) => ({
      date: e.date,
      act: act.id,
      kind: e.kind,
      label: e.label,
      ...(e.part ? { part: e.part } : {}),
      ...(e.cite ? { cite: e.cite } : {}),
      ...(e.scenario ? { scenario: e.scenario } : {}),
      ...(e.uncertain ? { uncertain: e.uncertain } : {}),
    }));
  const obligations: ObligationPlan[] = [];
  if (whole.status !== 'ended') {
    for (const o of act.obligations) {
      if (o.scenario !== undefined && !scenarios.has(o.scenario)) continue;
      if (o.replacedBy?.some((s) => scenarios.has(s))) continue;
      const timing = partState(events, o.part, asOf);
      if (timing.status === 'ended') continue;
      const role = ROLE_CONDITIONS[o.role];
      obligations.push({
        obligation: o,
        role,
        applies: compile(o.when ? { kind: 'all', of: [role, o.when] } : role),
        roleIndex: ROLE_LIST.indexOf(o.role),
        when: o.when ? compile(o.when) : undefined,
        timing,
        template: templateOf(act, o),
      });
    }
  }
  return {
    act,
    scope: compileRule(act.scope),
    firstObligation,
    whole,
    parts,
    ...(until ? { until } : {}),
    ...(applicableFrom ? { applicableFrom } : {}),
    upcoming,
    obligations,
    notes: [...(act.scope.note ? [act.scope.note] : []), ...(act.notes ?? [])],
    scopeCitation: `${act.scope.label} (${citation(act.scope.cite)})`,
  };
}

/** Every obligation role, in a fixed order. */
export const ROLE_LIST = Object.keys(ROLE_CONDITIONS) as ObligationRole[];
export const ROLE_TESTS: readonly Compiled[] = ROLE_LIST.map((r) => compile(ROLE_CONDITIONS[r]));

const cache = new Map<string, Plan>();
const CACHE_LIMIT = 64;

export function planFor(asOf: IsoDate, horizonMonths: number, scenarioIds: readonly string[]): Plan {
  const key = `${asOf}|${horizonMonths}|${scenarioIds.length === 0 ? '' : [...scenarioIds].sort().join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // Validated once per plan: a cached plan means these options were valid.
  validateOptions({ asOf, horizonMonths, scenarios: scenarioIds });
  const scenarios = new Set(scenarioIds);
  const horizonEnd = addMonths(asOf, horizonMonths);
  const acts: ActPlan[] = [];
  let count = 0;
  for (const a of knowledgeBase.acts) {
    const p = planAct(a, asOf, horizonEnd, scenarios, count);
    acts.push(p);
    count += p.obligations.length;
  }
  const plan: Plan = { asOf, acts, obligationCount: count };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, plan);
  return plan;
}
