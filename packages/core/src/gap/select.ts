/**
 * Which controls a profile needs: every duty of the assessment (applies now, applies from a
 * date, or possible) selects the controls mapped within the provisions it makes binding — its
 * own citation plus the cited links of `obligation-links.ts`. A control needed only by open
 * duties is `conditional`, never dropped.
 */
import type { Assessment, ObligationResult } from '../engine/assessment-types.ts';
import { CONTROLS, provisionWithin } from '../kb/controls/index.ts';
import { linksOf } from '../kb/controls/obligation-links.ts';
import type { Control } from '../kb/controls/types.ts';
import { citation, knowledgeBase, provisionUrl } from '../kb/knowledge-base.ts';
import { parseProvision } from '../kb/provision-id.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import type { IsoDate } from '../kb/types.ts';
import type {
  ControlId,
  ControlSelection,
  DutyControls,
  MappedProvision,
  SelectedControl,
  SelectingDuty,
  SelectionKind,
} from './types.ts';

const ACT_ORDER = new Map<ActId, number>(knowledgeBase.acts.map((a, i) => [a.id, i]));
export const byActOrder = (a: ActId, b: ActId): number => (ACT_ORDER.get(a) ?? 0) - (ACT_ORDER.get(b) ?? 0);

/** The act a provision id belongs to. */
export const actOf = (p: ProvisionId): ActId => (parseProvision(p)?.act ?? p.slice(0, p.indexOf(':'))) as ActId;

/** A legal mapping resolved for display. */
export function resolveMapping(m: Control['provisions'][number]): MappedProvision {
  return {
    provision: m.provision,
    act: actOf(m.provision),
    citation: citation(m.provision),
    url: provisionUrl(m.provision),
    relationship: m.relationship,
    rationale: m.rationale,
  };
}

interface Requirement {
  readonly provision: ProvisionId;
  readonly linkedBy?: ProvisionId;
}

/** The provisions a duty makes binding, with the link that brought each in. */
function requirementsOf(o: Pick<ObligationResult, 'id' | 'cite'>): Requirement[] {
  return [
    { provision: o.cite },
    ...linksOf(o.id).flatMap((l) => l.provisions.map((provision) => ({ provision, linkedBy: l.cite }))),
  ];
}

/** The mappings of `control` through which the duty selects it (empty: it does not). */
export function dutyMappings(control: Control, o: Pick<ObligationResult, 'id' | 'cite'>): { provisions: ProvisionId[]; linkedBy?: ProvisionId } {
  const provisions: ProvisionId[] = [];
  let direct = false;
  let linkedBy: ProvisionId | undefined;
  for (const r of requirementsOf(o)) {
    for (const m of control.provisions) {
      if (!provisionWithin(m.provision, r.provision)) continue;
      if (!provisions.includes(m.provision)) provisions.push(m.provision);
      if (r.linkedBy === undefined) direct = true;
      else linkedBy ??= r.linkedBy;
    }
  }
  return direct || linkedBy === undefined ? { provisions } : { provisions, linkedBy };
}

interface Reach {
  readonly control: Control;
  readonly provisions: ProvisionId[];
  readonly linkedBy?: ProvisionId;
}

// Which controls a duty reaches depends only on its id and citation, not on the profile.
const reachCache = new Map<string, readonly Reach[]>();
function reachOf(o: Pick<ObligationResult, 'id' | 'cite'>): readonly Reach[] {
  const key = `${o.id} ${o.cite}`;
  let reach = reachCache.get(key);
  if (!reach) {
    reach = CONTROLS.map((control) => ({ control, ...dutyMappings(control, o) })).filter((r) => r.provisions.length > 0);
    reachCache.set(key, reach);
  }
  return reach;
}

/** The controls the assessment's duties require, in catalogue order, with the duties behind each. */
export function selectControls(assessment: Assessment): ControlSelection {
  const duties: DutyControls[] = [];
  const byControl = new Map<ControlId, SelectingDuty[]>();
  for (const o of assessment.obligations) {
    const served: ControlId[] = [];
    for (const { control: c, provisions, linkedBy } of reachOf(o)) {
      served.push(c.id);
      const duty: SelectingDuty = {
        obligation: o.id,
        act: o.act,
        title: o.title,
        cite: o.cite,
        citation: o.citation,
        status: o.status,
        ...(o.from !== undefined ? { from: o.from } : {}),
        provisions: [...provisions],
        ...(linkedBy !== undefined ? { linkedBy } : {}),
      };
      const list = byControl.get(c.id);
      if (list) list.push(duty);
      else byControl.set(c.id, [duty]);
    }
    duties.push({
      obligation: o.id,
      act: o.act,
      role: o.role,
      category: o.category,
      title: o.title,
      cite: o.cite,
      citation: o.citation,
      url: o.url,
      status: o.status,
      ...(o.from !== undefined ? { from: o.from } : {}),
      controls: served,
    });
  }

  const controls: SelectedControl[] = [];
  for (const c of CONTROLS) {
    const selecting = byControl.get(c.id);
    if (!selecting) continue;
    const { kind, from } = kindOf(selecting);
    const used = new Set(selecting.flatMap((d) => d.provisions));
    controls.push({
      control: c.id,
      title: c.title,
      category: c.category,
      kind,
      ...(from !== undefined ? { from } : {}),
      acts: [...new Set(selecting.map((d) => d.act))].sort(byActOrder),
      duties: selecting,
      provisions: c.provisions.filter((m) => used.has(m.provision)).map(resolveMapping),
    });
  }
  return {
    asOf: assessment.asOf,
    scenarios: assessment.scenarios,
    profile: assessment.profile,
    knowledgeBase: assessment.knowledgeBase,
    controls,
    duties,
  };
}

function kindOf(duties: readonly SelectingDuty[]): { kind: SelectionKind; from?: IsoDate } {
  if (duties.some((d) => d.status === 'applies')) return { kind: 'required' };
  const later = duties.filter((d) => d.status === 'applies-from').map((d) => d.from ?? '9999-12-31').sort();
  if (later.length > 0) return { kind: 'required-from', from: later[0] };
  return { kind: 'conditional' };
}
