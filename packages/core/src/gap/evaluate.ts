/**
 * The gap result: the checklist grouped by category, coverage per act, provision and category,
 * and the gaps ranked by how many duties they hold up. Scoring: implemented counts 1, partial
 * counts ½, not started 0; a justified not-applicable control leaves the denominator.
 */
import { NOTICE } from '../engine/assess.ts';
import { CONTROL_CATEGORIES } from '../kb/controls/index.ts';
import { citation, knowledgeBase, provisionUrl } from '../kb/knowledge-base.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import { actOf, byActOrder } from './select.ts';
import type {
  ActCoverage,
  CategoryCoverage,
  ChecklistGroup,
  ChecklistItem,
  ControlId,
  ControlSelection,
  ControlState,
  Coverage,
  Gap,
  GapResult,
  GapState,
  ProvisionCoverage,
} from './types.ts';

export const SCORING =
  'Coverage = (implemented + ½ × partial) ÷ (controls − not applicable): a partial control counts half, a justified not-applicable control is left out; conditional controls (needed only if open facts turn out so) are counted.';

const NOT_STARTED: ControlState = { status: 'not-started' };

/** Coverage of a set of checklist items. */
export function coverageOf(items: readonly Pick<ChecklistItem, 'state'>[]): Coverage {
  let implemented = 0;
  let partial = 0;
  let notStarted = 0;
  let notApplicable = 0;
  for (const i of items) {
    if (i.state.status === 'implemented') implemented++;
    else if (i.state.status === 'partial') partial++;
    else if (i.state.status === 'not-applicable') notApplicable++;
    else notStarted++;
  }
  const denominator = items.length - notApplicable;
  const score = denominator === 0 ? null : Math.round(((implemented + partial / 2) / denominator) * 1000) / 1000;
  return {
    score,
    percent: score === null ? null : Math.round(score * 100),
    implemented,
    partial,
    notStarted,
    notApplicable,
    total: items.length,
  };
}

export interface EvaluateOptions {
  /** Product name for the result when no state is given (default: the profile name). */
  readonly product?: string;
}

/** Evaluates a state (or none: everything not started) against the controls a profile requires. */
export function evaluateGap(selection: ControlSelection, state?: GapState, options: EvaluateOptions = {}): GapResult {
  const asOf = selection.asOf;
  const recorded = state?.controls ?? {};
  const items: ChecklistItem[] = selection.controls.map((c) => {
    const s = recorded[c.control];
    const st = s ?? NOT_STARTED;
    const blocks = c.duties.filter((d) => d.status !== 'possible').length;
    return {
      ...c,
      state: st,
      recorded: s !== undefined,
      blocks,
      blocksIfApplicable: c.duties.length - blocks,
      overdue: st.due !== undefined && st.due < asOf && (st.status === 'not-started' || st.status === 'partial'),
    };
  });
  const byId = new Map<ControlId, ChecklistItem>(items.map((i) => [i.control, i]));

  const checklist: ChecklistGroup[] = CONTROL_CATEGORIES.map((category) => ({
    category,
    items: items.filter((i) => i.category === category),
  })).filter((g) => g.items.length > 0);

  const actControls = new Map<ActId, Set<ControlId>>();
  const provisionControls = new Map<ProvisionId, Set<ControlId>>();
  for (const i of items) {
    for (const d of i.duties) {
      let set = actControls.get(d.act);
      if (!set) actControls.set(d.act, (set = new Set()));
      set.add(i.control);
      for (const p of d.provisions) {
        let ps = provisionControls.get(p);
        if (!ps) provisionControls.set(p, (ps = new Set()));
        ps.add(i.control);
      }
    }
  }
  const position = new Map<ControlId, number>(items.map((i, n) => [i.control, n]));
  const inOrder = (ids: Set<ControlId> | undefined): ControlId[] =>
    [...(ids ?? [])].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const pick = (ids: Iterable<ControlId>) => [...ids].map((id) => byId.get(id) as ChecklistItem);

  const acts: ActCoverage[] = [...actControls.keys()].sort(byActOrder).map((act) => {
    const ids = inOrder(actControls.get(act));
    return { act, shortName: knowledgeBase.act(act)?.shortName ?? act, controls: ids, ...coverageOf(pick(ids)) };
  });
  const provisions: ProvisionCoverage[] = [...provisionControls.keys()]
    .map((provision) => ({ provision, act: actOf(provision) }))
    .sort((a, b) => byActOrder(a.act, b.act) || compareProvisions(a.provision, b.provision))
    .map(({ provision, act }) => {
      const ids = inOrder(provisionControls.get(provision));
      return {
        provision,
        act,
        citation: citation(provision),
        url: provisionUrl(provision),
        controls: ids,
        ...coverageOf(pick(ids)),
      };
    });
  const categories: CategoryCoverage[] = checklist.map((g) => ({
    category: g.category,
    controls: g.items.map((i) => i.control),
    ...coverageOf(g.items),
  }));

  const gaps: Gap[] = items
    .filter((i) => i.state.status === 'not-started' || i.state.status === 'partial')
    .sort(
      (a, b) =>
        b.blocks - a.blocks ||
        b.blocksIfApplicable - a.blocksIfApplicable ||
        (a.state.status === b.state.status ? 0 : a.state.status === 'not-started' ? -1 : 1) ||
        (position.get(a.control) ?? 0) - (position.get(b.control) ?? 0),
    )
    .map((i) => ({
      control: i.control,
      title: i.title,
      category: i.category,
      status: i.state.status as Gap['status'],
      kind: i.kind,
      blocks: i.blocks,
      blocksIfApplicable: i.blocksIfApplicable,
      duties: i.duties.map((d) => d.obligation),
      acts: i.acts,
      ...(i.state.owner !== undefined ? { owner: i.state.owner } : {}),
      ...(i.state.due !== undefined ? { due: i.state.due } : {}),
      overdue: i.overdue,
    }));

  return {
    schemaVersion: 1,
    asOf,
    scenarios: selection.scenarios,
    product: state?.product ?? options.product ?? selection.profile.name ?? selection.profile.id ?? 'unnamed product',
    profile: selection.profile,
    knowledgeBase: selection.knowledgeBase,
    scoring: SCORING,
    checklist,
    coverage: { overall: coverageOf(items), acts, provisions, categories },
    gaps,
    dutiesWithoutControls: selection.duties.filter((d) => d.controls.length === 0).map((d) => d.obligation),
    notSelected: Object.keys(recorded).filter((id) => !byId.has(id as ControlId)) as ControlId[],
    notice: NOTICE,
  };
}

const NATURAL = new Intl.Collator('en', { numeric: true });

/** Orders provisions of one act naturally: Art 2 before Art 10, point (b) before point (c). */
function compareProvisions(a: ProvisionId, b: ProvisionId): number {
  return NATURAL.compare(a, b);
}
