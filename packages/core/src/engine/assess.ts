/**
 * The applicability engine: for a profile and a date, which acts apply, from when and why, and
 * which obligations follow. Pure: no clock, no I/O.
 */
import { byFactOrder } from '../facts/vocabulary-index.ts';
import type { FactPath } from '../facts/vocabulary.ts';
import type { Profile } from '../facts/profile-schema.ts';
import { citation, knowledgeBase } from '../kb/knowledge-base.ts';
import type { IsoDate, ObligationCategory } from '../kb/types.ts';
import type {
  ActResult,
  AssessOptions,
  Assessment,
  ObligationResult,
  OverlapGroup,
  UpcomingChange,
  Verdict,
} from './assessment-types.ts';
import type { Reason } from './evaluate.ts';
import { planFor } from './assessment-plan.ts';
import type { ActPlan } from './assessment-plan.ts';
import { APPLIES, NOT_BINDING, POSSIBLE, decideVerdict, screenPlan, startOf } from './screen.ts';
import { readFact } from './evaluate.ts';
import { uncertaintyLinksFor } from './uncertainty-links.ts';
import { FALSE, UNKNOWN, truthName } from './truth.ts';
import type { Truth } from './truth.ts';

export const NOTICE =
  'Not legal advice. The result follows from the facts given and the knowledge base version shown; where a fact is missing the answer says so instead of guessing.';

export function assess(profile: Profile, options: AssessOptions): Assessment {
  const asOf = options.asOf;
  const scenarios = new Set(options.scenarios ?? []);
  const horizonMonths = options.horizonMonths ?? 24;
  const explain = options.explain ?? true;
  const plan = planFor(asOf, horizonMonths, options.scenarios ?? []);
  const screening = screenPlan(profile, plan);
  const evaluation = screening.evaluation;
  const links = uncertaintyLinksFor(evaluation);

  const acts: ActResult[] = [];
  const obligations: ObligationResult[] = [];
  const upcoming: UpcomingChange[] = [];
  const allMissing = new Set<FactPath>();

  for (let i = 0; i < plan.acts.length; i++) {
    const p = plan.acts[i] as ActPlan;
    const act = p.act;
    const scope = screening.scope[i] as Truth;
    evaluation.unknown.length = 0;
    const reasons: Reason[] | undefined = explain ? [] : undefined;
    if (reasons) evaluation.rule(act.scope, reasons);
    let scopeMissing: FactPath[] = [];
    if (scope === UNKNOWN) {
      evaluation.unknown.length = 0;
      p.scope(evaluation);
      scopeMissing = evaluation.missingSince(0);
    }
    const verdict = decideVerdict(scope, p);

    let actMissing: Set<FactPath> | undefined = scopeMissing.length > 0 ? new Set(scopeMissing) : undefined;
    if (scope !== FALSE) {
      for (let j = 0; j < p.obligations.length; j++) {
        const code = screening.status[p.firstObligation + j];
        const op = p.obligations[j];
        if (!op || code === NOT_BINDING) continue;
        const open = code === POSSIBLE;
        let missing: FactPath[] = [];
        if (open) {
          evaluation.unknown.length = 0;
          op.applies(evaluation);
          const startFact = op.obligation.startsAfter?.fact;
          if (startFact && readFact(profile, startFact) === undefined) evaluation.unknown.push(startFact);
          missing = [...new Set([...scopeMissing, ...evaluation.unknown])].sort(byFactOrder);
          actMissing ??= new Set();
          for (const f of missing) actMissing.add(f);
        }
        // One object shape for every result keeps this hot loop monomorphic; absent optional
        // fields are undefined, which JSON output omits.
        const t = op.template;
        const start = op.obligation.startsAfter ? startOf(op.obligation.startsAfter, profile, asOf, op.timing) : op.timing;
        const result: ObligationResult = {
          id: t.id,
          act: t.act,
          role: t.role,
          category: t.category,
          cite: t.cite,
          citation: t.citation,
          url: t.url,
          title: t.title,
          summary: t.summary,
          status: open ? 'possible' : code === APPLIES ? 'applies' : 'applies-from',
          from: start?.from ?? op.timing.from,
          missingFacts: missing,
          note: t.note,
          scenario: t.scenario,
          uncertainties: links.obligation(t.id),
        };
        obligations.push(result);
      }
      upcoming.push(...p.upcoming);
    }

    const missingFacts = actMissing ? [...actMissing].sort(byFactOrder) : [];
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
      applicableFrom: p.applicableFrom,
      until: p.until,
      parts: p.parts,
      explanation: explainVerdict(p.scopeCitation, verdict, p.applicableFrom, p.until, reasons, scopeMissing),
      reasons: reasons ?? [],
      missingFacts,
      notes: p.notes,
      verifiedOn: act.verified.checkedOn,
      uncertainties: links.verdict(act.id, verdict === 'does-not-apply'),
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

function explainVerdict(
  scope: string,
  verdict: Verdict,
  from: IsoDate | undefined,
  until: IsoDate | undefined,
  reasons: readonly Reason[] | undefined,
  missing: readonly FactPath[],
): string {
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
  const byCategory = new Map<ObligationCategory, Map<ObligationResult['act'], string[]>>();
  for (const o of obligations) {
    if (o.status === 'possible') continue;
    let byAct = byCategory.get(o.category);
    if (!byAct) byCategory.set(o.category, (byAct = new Map<ObligationResult['act'], string[]>()));
    const list = byAct.get(o.act);
    if (list) list.push(o.id);
    else byAct.set(o.act, [o.id]);
  }
  const groups: OverlapGroup[] = [];
  for (const category of CATEGORY_ORDER) {
    const byAct = byCategory.get(category);
    if (byAct && byAct.size > 1) {
      groups.push({ category, acts: [...byAct].map(([act, ids]) => ({ act, obligations: ids })) });
    }
  }
  return groups;
}
