/**
 * Classification: what a product and its organisation are under each act (MDR class, IVDR
 * class, CRA category, AI Act risk, NIS2 entity type, CER status, RED delegated-act
 * requirements), each with the rules that applied, the one that decided, and what is missing.
 */
import type { FactPath } from '../facts/vocabulary.ts';
import type { Profile } from '../facts/profile-schema.ts';
import { byFactOrder } from '../facts/vocabulary-index.ts';
import { citation, knowledgeBase, provisionUrl } from '../kb/knowledge-base.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import type { ActDefinition, Classifier, IsoDate } from '../kb/types.ts';
import type { AssessOptions } from './assessment-types.ts';
import { NOTICE } from './assess.ts';
import { evaluateClassifier } from './classification.ts';
import type { ClassOutcome } from './classification.ts';
import { Evaluation } from './evaluate.ts';
import { uncertaintyLinksFor } from './uncertainty-links.ts';
import type { UncertaintyLinks } from '../kb/uncertainty/index.ts';
import type { Reason } from './evaluate.ts';
import { planFor } from './assessment-plan.ts';
import { setFact } from './set-fact.ts';
import { activeEvents, partState } from './timeline.ts';
import { FALSE, UNKNOWN, truthName } from './truth.ts';

export interface RuleResult {
  readonly rule: string;
  readonly cite: ProvisionId;
  readonly citation: string;
  readonly url: string;
  readonly label: string;
  readonly outcome: string;
  readonly value: 'true' | 'false' | 'unknown';
  readonly reasons?: readonly Reason[];
  readonly note?: string;
}

export type ClassificationStatus = 'decided' | 'open' | 'not-applicable';

export interface ClassificationResult {
  /** `mdr:class`, `cra:category`, … */
  readonly classifier: string;
  readonly act: ActId;
  readonly title: string;
  readonly cite: ProvisionId;
  readonly citation: string;
  readonly url: string;
  readonly status: ClassificationStatus;
  readonly source: 'stated' | 'derived';
  /** The outcome, where one outcome decides (`highest` classifiers). */
  readonly outcome?: string;
  /** Every outcome that holds (one for `highest`, several for `all`). */
  readonly outcomes: readonly string[];
  /** Outcomes still possible while facts are missing. */
  readonly possible: readonly string[];
  readonly label?: string;
  /** What follows from the outcome (e.g. the conformity-assessment routes). */
  readonly consequence?: string;
  /** From when the duties of this outcome apply, where the act phases in. */
  readonly appliesFrom?: IsoDate;
  /** When a stated outcome is given: what the rules derive, for comparison. */
  readonly derived?: {
    readonly status: ClassificationStatus;
    readonly outcomes: readonly string[];
    readonly possible: readonly string[];
    /** Rules that decide the derived outcome. */
    readonly decidedBy: readonly string[];
  };
  readonly decidedBy: readonly RuleResult[];
  readonly rules: readonly RuleResult[];
  readonly missingFacts: readonly FactPath[];
  readonly explanation: string;
  readonly note?: string;
  /** Ids of the uncertainty-register points this classification rests on. */
  readonly uncertainties: readonly string[];
}

export interface ClassifyResult {
  readonly schemaVersion: 1;
  readonly asOf: IsoDate;
  readonly scenarios: readonly string[];
  readonly knowledgeBase: { readonly version: string; readonly verifiedOn: IsoDate };
  readonly profile: { readonly id?: string; readonly name?: string };
  readonly classifications: readonly ClassificationResult[];
  readonly missingFacts: readonly FactPath[];
  readonly notice: string;
}

const NO_PRODUCT: ClassOutcome = { definite: [], possible: [], ruleTruth: [], stated: false, unknownFacts: [], applicable: FALSE };

function statusOf(c: Classifier, r: ClassOutcome): ClassificationStatus {
  if (r.applicable === FALSE) return 'not-applicable';
  if (r.applicable === UNKNOWN) return 'open';
  if (c.mode === 'highest') return r.definite.length === 1 ? 'decided' : 'open';
  return r.possible.length === r.definite.length ? 'decided' : 'open';
}

function ruleResults(c: Classifier, r: ClassOutcome, e: Evaluation, explain: boolean): RuleResult[] {
  return c.rules.map((rule, i) => {
    const t = r.ruleTruth[i];
    const reasons: Reason[] = [];
    if (explain && t !== undefined && t !== FALSE) e.condition(rule.when, reasons);
    return {
      rule: rule.id,
      cite: rule.cite,
      citation: citation(rule.cite),
      url: provisionUrl(rule.cite),
      label: rule.label,
      outcome: rule.outcome,
      value: t === undefined ? 'unknown' : truthName(t),
      ...(reasons.length > 0 ? { reasons } : {}),
      ...(rule.note ? { note: rule.note } : {}),
    };
  });
}

function explainClassification(c: Classifier, status: ClassificationStatus, r: ClassOutcome, decidedBy: readonly RuleResult[], missing: readonly FactPath[]): string {
  const name = (o: string) => c.outcomeInfo?.[o]?.label ?? o;
  if (status === 'not-applicable') {
    return c.subject === 'product' && r.ruleTruth.length === 0
      ? 'Not applicable: the profile has no product.'
      : `Not applicable: it is not the case that ${c.appliesWhen?.label ?? 'the classification concerns it'}.`;
  }
  if (r.stated) return `${name(r.definite[0] ?? '')}, as stated in the profile.`;
  const because = decidedBy.flatMap((d) => (d.reasons ? [firedException(d.reasons)] : [])).find((x) => x !== undefined);
  const by =
    decidedBy.map((d) => `${d.label} (${d.citation})`).join('; ') +
    (because ? `, because ${because.label.replace(/^unless /, '')}${because.cite ? ` (${citation(because.cite)})` : ''}` : '');
  if (status === 'decided') {
    const outcomes = r.definite.map(name).join(', ');
    return r.definite.length === 0 ? 'None: no rule applies.' : `${outcomes}: ${by}.`;
  }
  const open = r.possible.filter((o) => !r.definite.includes(o)).map(name).join(', ');
  const floor = r.floor !== undefined ? `At least ${name(r.floor)} (${by}); ` : '';
  return `${floor}${open ? `${open} still possible` : 'open'}, depending on ${missing.map((f) => `\`${f}\``).join(', ') || 'whether it applies at all'}.`;
}

/** An exception that fired anywhere in a reason tree: the real reason behind an exclusion. */
function firedException(reasons: readonly Reason[]): Reason | undefined {
  for (const r of reasons) {
    if (r.label.startsWith('unless ') && r.value === 'true') return r;
    const deeper = firedException(r.children ?? []);
    if (deeper) return deeper;
  }
  return undefined;
}

function classifyOne(
  act: ActDefinition,
  c: Classifier,
  profile: Profile,
  asOf: IsoDate,
  scenarios: readonly string[],
  explain: boolean,
  links: UncertaintyLinks,
): ClassificationResult {
  const e = new Evaluation(profile, knowledgeBase);
  const noProduct = c.subject === 'product' && profile.product === null;
  const r = noProduct ? NO_PRODUCT : evaluateClassifier(c, e);
  const status = statusOf(c, r);
  // With a stated outcome, the rules are still shown as the derivation would apply them, so a
  // reviewer can compare the certificate's class with the rules' class.
  const withoutStated = r.stated && c.stated ? setFact(profile, c.stated, null) : profile;
  const derivedEval = withoutStated === profile ? e : new Evaluation(withoutStated, knowledgeBase);
  const d = withoutStated === profile ? r : evaluateClassifier(c, derivedEval);
  const rules = ruleResults(c, d, derivedEval, explain);
  const top = c.mode === 'highest' ? (d.floor ?? d.definite[0]) : undefined;
  const derivedBy = rules.filter((x) => x.value === 'true' && (c.mode === 'all' || x.outcome === top));
  const decidedBy = r.stated ? [] : derivedBy;
  const missing = [...new Set(r.unknownFacts)].sort(byFactOrder);
  const outcome = c.mode === 'highest' && status === 'decided' ? r.definite[0] : undefined;
  // One outcome brings its own label and consequence; several (mode `all`) bring them all.
  const infos = (outcome !== undefined ? [outcome] : status === 'decided' ? r.definite : []).flatMap((o) => {
    const i = c.outcomeInfo?.[o];
    return i ? [i] : [];
  });
  const info =
    infos.length <= 1
      ? infos[0]
      : {
          label: infos.map((i) => i.label).join('; '),
          consequence: infos.flatMap((i) => (i.consequence ? [i.consequence] : [])).join(' '),
        };
  let appliesFrom: IsoDate | undefined;
  if (info && 'part' in info && info.part) {
    const state = partState(activeEvents(act, new Set(scenarios)), info.part, asOf);
    appliesFrom = state.from;
  }
  const derived: ClassificationResult['derived'] = r.stated
    ? { status: statusOf(c, d), outcomes: d.definite, possible: d.possible, decidedBy: derivedBy.map((x) => x.rule) }
    : undefined;
  return {
    classifier: `${act.id}:${c.id}`,
    act: act.id,
    title: c.title,
    cite: c.cite,
    citation: citation(c.cite),
    url: provisionUrl(c.cite),
    status,
    source: r.stated ? 'stated' : 'derived',
    ...(outcome !== undefined ? { outcome } : {}),
    outcomes: r.definite,
    possible: r.possible,
    ...(info ? { label: info.label } : {}),
    ...(info?.consequence ? { consequence: info.consequence } : {}),
    ...(appliesFrom ? { appliesFrom } : {}),
    ...(derived ? { derived } : {}),
    decidedBy,
    rules,
    missingFacts: missing,
    explanation: explainClassification(c, status, r, decidedBy, missing),
    ...(c.note ? { note: c.note } : {}),
    uncertainties: links.classifier(`${act.id}:${c.id}`),
  };
}

/** Every classification of the knowledge base for a profile. */
export function classify(profile: Profile, options: AssessOptions): ClassifyResult {
  const scenarios = options.scenarios ?? [];
  planFor(options.asOf, options.horizonMonths ?? 24, scenarios); // validates the options
  const explain = options.explain ?? true;
  const classifications: ClassificationResult[] = [];
  const links = uncertaintyLinksFor(new Evaluation(profile, knowledgeBase));
  for (const act of knowledgeBase.acts) {
    for (const c of act.classifiers ?? []) {
      classifications.push(classifyOne(act, c, profile, options.asOf, scenarios, explain, links));
    }
  }
  const missing = new Set(classifications.flatMap((c) => c.missingFacts));
  return {
    schemaVersion: 1,
    asOf: options.asOf,
    scenarios: [...scenarios],
    knowledgeBase: { version: knowledgeBase.version, verifiedOn: knowledgeBase.verifiedOn() },
    profile: { ...(profile.id ? { id: profile.id } : {}), ...(profile.name ? { name: profile.name } : {}) },
    classifications,
    missingFacts: [...missing].sort(byFactOrder),
    notice: NOTICE,
  };
}
