/**
 * The applicability engine: for a profile and a date, which acts apply, from when and why, and
 * which obligations follow. Pure: no clock, no I/O.
 */
import { FACTS } from '../facts/vocabulary-index.ts';
import type { FactPath } from '../facts/vocabulary.ts';
import type { Profile } from '../facts/profile-schema.ts';
import { citation, knowledgeBase, provisionUrl } from '../kb/knowledge-base.ts';
import type { ActDefinition, IsoDate, ObligationCategory } from '../kb/types.ts';
import { addMonths, isIsoDate } from '../time/plain-date.ts';
import type {
  ActResult,
  AssessOptions,
  Assessment,
  ObligationResult,
  OverlapGroup,
  PartResult,
  UpcomingChange,
  Verdict,
} from './assessment-types.ts';
import { Evaluation } from './evaluate.ts';
import type { Reason } from './evaluate.ts';
import { ROLE_CONDITIONS } from './roles.ts';
import { activeEvents, partState, repealDate } from './timeline.ts';
import { FALSE, UNKNOWN, andTruth, truthName } from './truth.ts';
import type { Truth } from './truth.ts';

export const NOTICE =
  'Not legal advice. The result follows from the facts given and the knowledge base version shown; where a fact is missing the answer says so instead of guessing.';

export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(`${field}: ${JSON.stringify(value)} is not valid; expected ${expected}`);
    this.name = 'InputError';
  }
}

export function validateOptions(options: AssessOptions): void {
  if (typeof options.asOf !== 'string' || !isIsoDate(options.asOf)) {
    throw new InputError('asOf', options.asOf, 'a calendar date as YYYY-MM-DD');
  }
  const known = knowledgeBase.scenarios.map((s) => s.id);
  for (const s of options.scenarios ?? []) {
    if (!known.includes(s)) throw new InputError('scenarios', s, `one of ${known.join(', ')}`);
  }
  const h = options.horizonMonths;
  if (h !== undefined && (!Number.isInteger(h) || h < 0 || h > 600)) {
    throw new InputError('horizonMonths', h, 'a whole number of months between 0 and 600');
  }
}

const FACT_ORDER = new Map<string, number>([...FACTS.keys()].map((k, i) => [k, i]));
const byFactOrder = (a: string, b: string): number => (FACT_ORDER.get(a) ?? 0) - (FACT_ORDER.get(b) ?? 0);

export function assess(profile: Profile, options: AssessOptions): Assessment {
  validateOptions(options);
  const asOf = options.asOf;
  const scenarios = new Set(options.scenarios ?? []);
  const horizonMonths = options.horizonMonths ?? 24;
  const horizonEnd = addMonths(asOf, horizonMonths);
  const explain = options.explain ?? true;
  const evaluation = new Evaluation(profile, knowledgeBase);

  const acts: ActResult[] = [];
  const obligations: ObligationResult[] = [];
  const upcoming: UpcomingChange[] = [];
  const allMissing = new Set<FactPath>();

  for (const act of knowledgeBase.acts) {
    const events = activeEvents(act, scenarios);
    evaluation.unknownFacts = new Set();
    const reasons: Reason[] | undefined = explain ? [] : undefined;
    const scope = evaluation.rule(act.scope, reasons);
    const scopeMissing = scope === UNKNOWN ? [...evaluation.unknownFacts] : [];

    const whole = partState(events, undefined, asOf);
    const parts: PartResult[] = (act.parts ?? []).map((p) => {
      const s = partState(events, p.id, asOf);
      return { part: p.id, title: p.title, cite: p.cite, status: s.status, ...(s.from ? { from: s.from } : {}) };
    });
    const until = repealDate(events);
    const verdict = decideVerdict(scope, whole.status, parts);
    const applicableFrom = firstApplication(whole, parts);

    const actMissing = new Set<FactPath>(scopeMissing);
    if (scope !== FALSE && whole.status !== 'ended') {
      for (const o of act.obligations) {
        if (o.scenario !== undefined && !scenarios.has(o.scenario)) continue;
        if (o.replacedBy?.some((s) => scenarios.has(s))) continue;
        evaluation.unknownFacts = new Set();
        let truth = evaluation.condition(ROLE_CONDITIONS[o.role]);
        if (truth !== FALSE && o.when) truth = andTruth(truth, evaluation.condition(o.when));
        if (truth === FALSE) continue;
        const timing = partState(events, o.part, asOf);
        if (timing.status === 'ended') continue;
        const open = scope === UNKNOWN || truth === UNKNOWN;
        const missing = open ? [...new Set([...scopeMissing, ...evaluation.unknownFacts])].sort(byFactOrder) : [];
        for (const f of missing) actMissing.add(f);
        obligations.push({
          id: o.id,
          act: act.id,
          role: o.role,
          category: o.category,
          cite: o.cite,
          citation: citation(o.cite),
          url: provisionUrl(o.cite),
          title: o.title,
          summary: o.summary,
          status: open ? 'possible' : timing.status,
          ...(timing.from ? { from: timing.from } : {}),
          missingFacts: missing,
          ...(o.note ? { note: o.note } : {}),
          ...(o.scenario ? { scenario: o.scenario } : {}),
        });
      }
    }

    if (scope !== FALSE) {
      for (const e of events) {
        if (e.date > asOf && e.date <= horizonEnd) {
          upcoming.push({
            date: e.date,
            act: act.id,
            kind: e.kind,
            label: e.label,
            ...(e.part ? { part: e.part } : {}),
            ...(e.cite ? { cite: e.cite } : {}),
            ...(e.scenario ? { scenario: e.scenario } : {}),
            ...(e.uncertain ? { uncertain: e.uncertain } : {}),
          });
        }
      }
    }

    const missingFacts = [...actMissing].sort(byFactOrder);
    for (const f of missingFacts) allMissing.add(f);
    acts.push({
      act: act.id,
      shortName: act.shortName,
      number: act.number,
      title: act.title,
      kind: act.kind,
      url: act.url,
      verdict,
      scope: truthName(scope),
      ...(applicableFrom ? { applicableFrom } : {}),
      ...(until ? { until } : {}),
      parts,
      explanation: explainVerdict(act, verdict, applicableFrom, until, reasons, scopeMissing),
      reasons: reasons ?? [],
      missingFacts,
      notes: [...(act.scope.note ? [act.scope.note] : []), ...(act.notes ?? [])],
      verifiedOn: act.verified.checkedOn,
    });
  }

  upcoming.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    schemaVersion: 1,
    asOf,
    scenarios: [...scenarios],
    horizonMonths,
    knowledgeBase: { version: knowledgeBase.version, verifiedOn: knowledgeBase.verifiedOn() },
    profile: { ...(profile.id ? { id: profile.id } : {}), ...(profile.name ? { name: profile.name } : {}) },
    acts,
    obligations,
    overlap: overlapOf(obligations),
    upcoming,
    missingFacts: [...allMissing].sort(byFactOrder),
    notice: NOTICE,
  };
}

function decideVerdict(scope: Truth, whole: string, parts: readonly PartResult[]): Verdict {
  if (scope === FALSE) return 'does-not-apply';
  if (whole === 'ended') return 'no-longer-applies';
  if (scope === UNKNOWN) return 'unknown';
  if (whole === 'applies' || parts.some((p) => p.status === 'applies')) return 'applies';
  return 'applies-from';
}

function firstApplication(
  whole: { status: string; from?: IsoDate },
  parts: readonly PartResult[],
): IsoDate | undefined {
  const started = [whole, ...parts].filter((s) => s.status === 'applies' && s.from).map((s) => s.from as IsoDate);
  if (started.length > 0) return started.sort()[0];
  const pending = [whole, ...parts].filter((s) => s.status === 'applies-from' && s.from).map((s) => s.from as IsoDate);
  return pending.sort()[0];
}

function explainVerdict(
  act: ActDefinition,
  verdict: Verdict,
  from: IsoDate | undefined,
  until: IsoDate | undefined,
  reasons: readonly Reason[] | undefined,
  missing: readonly FactPath[],
): string {
  const scope = `${act.scope.label} (${citation(act.scope.cite)})`;
  switch (verdict) {
    case 'applies':
      return `Applies${from ? ` since ${from}` : ''}${until ? ` until ${until}` : ''}: ${scope}.`;
    case 'applies-from':
      return `Applies from ${from ?? 'a date not yet fixed'}: ${scope}.`;
    case 'no-longer-applies':
      return `No longer applies: repealed with effect from ${until ?? 'an earlier date'}.`;
    case 'unknown':
      return `Open: whether it applies depends on ${missing.map((f) => `\`${f}\``).join(', ') || 'facts not given'}.`;
    case 'does-not-apply': {
      const decisive = reasons ? decisiveReason(reasons) : undefined;
      if (!decisive) return `Does not apply: the profile is outside ${scope}.`;
      return decisive.label.startsWith('unless ')
        ? `Does not apply: excluded because ${decisive.label.slice(7)} (${decisive.cite ? citation(decisive.cite) : ''}).`
        : `Does not apply: it is not the case that ${decisive.label}${decisive.cite ? ` (${citation(decisive.cite)})` : ''}.`;
    }
  }
}

/** An exception that fired (at any depth), or else the first false condition, deepest first. */
function decisiveReason(reasons: readonly Reason[]): Reason | undefined {
  const firedException = (rs: readonly Reason[]): Reason | undefined => {
    for (const r of rs) {
      if (r.label.startsWith('unless ') && r.value === 'true') return r;
      if (r.value === 'false') {
        const deeper = firedException(r.children ?? []);
        if (deeper) return deeper;
      }
    }
    return undefined;
  };
  const fired = firedException(reasons);
  if (fired) return fired;
  const firstFalse = (rs: readonly Reason[]): Reason | undefined => {
    for (const r of rs) {
      if (r.value !== 'false' || r.label.startsWith('unless ')) continue;
      return firstFalse(r.children ?? []) ?? r;
    }
    return undefined;
  };
  const top = reasons[0];
  return top ? firstFalse(top.children ?? []) : undefined;
}

const CATEGORY_ORDER: readonly ObligationCategory[] = [
  'security-requirements',
  'vulnerability-handling',
  'incident-reporting',
  'conformity-assessment',
  'post-market-surveillance',
  'updates-and-support',
  'documentation-and-information',
  'data-access-rights',
  'governance',
  'liability',
];

/**
 * Topics on which more than one act imposes definite duties (open ones are left out): the
 * overlap is a result, not a bug.
 */
function overlapOf(obligations: readonly ObligationResult[]): OverlapGroup[] {
  const groups: OverlapGroup[] = [];
  for (const category of CATEGORY_ORDER) {
    const byAct = new Map<string, string[]>();
    for (const o of obligations) {
      if (o.category !== category || o.status === 'possible') continue;
      const list = byAct.get(o.act) ?? [];
      list.push(o.id);
      byAct.set(o.act, list);
    }
    if (byAct.size > 1) {
      groups.push({
        category,
        acts: [...byAct].map(([act, ids]) => ({ act: act as ObligationResult['act'], obligations: ids })),
      });
    }
  }
  return groups;
}
