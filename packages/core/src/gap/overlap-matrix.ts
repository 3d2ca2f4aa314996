/**
 * The overlap matrix: topics × acts for a profile, computed from its duties and the controls
 * that serve them, with citations in every cell. See {@link OVERLAP_RULES} for how a duty is
 * placed on a topic and how a cell's kind is decided.
 */
import type { Assessment } from '../engine/assessment-types.ts';
import { controlById } from '../kb/controls/index.ts';
import { citation, knowledgeBase, provisionUrl } from '../kb/knowledge-base.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import type { ObligationCategory } from '../kb/types.ts';
import { byActOrder } from './select.ts';
import type {
  ControlId,
  ControlSelection,
  DutyControls,
  OverlapCell,
  OverlapCitation,
  OverlapDuplicate,
  OverlapKind,
  OverlapMatrix,
  OverlapRow,
  OverlapTopic,
} from './types.ts';

export const OVERLAP_TOPICS: readonly { readonly topic: OverlapTopic; readonly title: string; readonly categories: readonly ObligationCategory[] }[] = [
  { topic: 'incident-reporting', title: 'Incident reporting', categories: ['incident-reporting'] },
  { topic: 'security-requirements', title: 'Security requirements', categories: ['security-requirements'] },
  { topic: 'vulnerability-handling', title: 'Vulnerability handling', categories: ['vulnerability-handling'] },
  { topic: 'updates-and-support', title: 'Updates and support', categories: ['updates-and-support'] },
  { topic: 'certification-and-conformity', title: 'Certification and conformity', categories: ['conformity-assessment'] },
  { topic: 'data-protection', title: 'Data protection', categories: ['data-access-rights'] },
  { topic: 'documentation', title: 'Documentation', categories: ['documentation-and-information'] },
];

export const OVERLAP_RULES: readonly string[] = [
  'A duty is on a topic by its category: incident reporting, security requirements, vulnerability handling, updates and support, conformity assessment (certification and conformity), data access rights (data protection), documentation and information (documentation).',
  'Data protection also holds every GDPR duty other than incident reporting, and every duty served by a control of the data-protection category.',
  'Only acts with at least one duty of the profile (applies, applies from a date, or possible) on the topic have a cell; a cell whose duties are all possible is marked conditional.',
  'only: no other act has a duty on the topic. overlap: at least one other act does.',
  'duplicate: a control fully meets (relationship equal or superset) a requirement provision of a duty of this act and a requirement provision of a duty of another act on the same topic, so one piece of work satisfies both acts.',
];

function topicsOf(d: DutyControls): OverlapTopic[] {
  const topics = OVERLAP_TOPICS.filter((t) => t.categories.includes(d.category)).map((t) => t.topic);
  const dataProtection =
    (d.act === 'gdpr' && d.category !== 'incident-reporting') ||
    d.controls.some((id) => controlById(id)?.category === 'data-protection');
  if (dataProtection && !topics.includes('data-protection')) topics.push('data-protection');
  return topics;
}

const cite = (id: string, p: ProvisionId, status?: OverlapCitation['status']): OverlapCitation => ({
  id,
  cite: p,
  citation: citation(p),
  url: provisionUrl(p),
  ...(status !== undefined ? { status } : {}),
});

/** The topics × acts matrix for an assessment and the control selection built from it. */
export function overlapMatrix(assessment: Assessment, selection: ControlSelection): OverlapMatrix {
  // Provisions through which each duty reaches each control, and which of them the control meets fully.
  const reach = new Map<string, Map<ControlId, ProvisionId[]>>();
  for (const c of selection.controls) {
    for (const d of c.duties) {
      let m = reach.get(d.obligation);
      if (!m) reach.set(d.obligation, (m = new Map<ControlId, ProvisionId[]>()));
      m.set(c.control, [...d.provisions]);
    }
  }
  const fullyMet = (control: ControlId, provisions: readonly ProvisionId[]): ProvisionId | undefined => {
    const c = controlById(control);
    return provisions.find((p) => {
      const rel = c?.provisions.find((m) => m.provision === p)?.relationship;
      return rel === 'equal' || rel === 'superset';
    });
  };

  const scenarios = new Set(assessment.scenarios);
  const rolesByAct = new Map<ActId, Set<string>>();
  for (const o of assessment.obligations) {
    let r = rolesByAct.get(o.act);
    if (!r) rolesByAct.set(o.act, (r = new Set()));
    r.add(o.role);
  }

  const rows: OverlapRow[] = OVERLAP_TOPICS.map(({ topic, title }) => {
    const byAct = new Map<ActId, DutyControls[]>();
    for (const d of selection.duties) {
      if (!topicsOf(d).includes(topic)) continue;
      const list = byAct.get(d.act);
      if (list) list.push(d);
      else byAct.set(d.act, [d]);
    }
    const acts = [...byAct.keys()].sort(byActOrder);
    const cells: OverlapCell[] = acts.map((act) => {
      const duties = byAct.get(act) ?? [];
      const duplicates: OverlapDuplicate[] = [];
      for (const d of duties) {
        for (const [control, provisions] of reach.get(d.obligation) ?? []) {
          const mine = fullyMet(control, provisions);
          if (!mine) continue;
          for (const other of acts) {
            if (other === act || duplicates.some((x) => x.control === control && x.with === other)) continue;
            for (const od of byAct.get(other) ?? []) {
              const theirs = fullyMet(control, reach.get(od.obligation)?.get(control) ?? []);
              if (theirs) {
                duplicates.push({ control, with: other, provision: mine, otherProvision: theirs });
                break;
              }
            }
          }
        }
      }
      const notifications =
        topic === 'incident-reporting'
          ? (knowledgeBase.act(act)?.notifications ?? [])
              .filter(
                (n) =>
                  rolesByAct.get(act)?.has(n.who) &&
                  (n.scenario === undefined || scenarios.has(n.scenario)) &&
                  !(n.replacedBy ?? []).some((s) => scenarios.has(s)),
              )
              .map((n) => cite(n.id, n.cite))
          : [];
      const kind: OverlapKind = acts.length === 1 ? 'only' : duplicates.length > 0 ? 'duplicate' : 'overlap';
      return {
        act,
        kind,
        conditional: duties.every((d) => d.status === 'possible'),
        duties: duties.map((d) => cite(d.obligation, d.cite, d.status)),
        notifications,
        controls: [...new Set(duties.flatMap((d) => d.controls))],
        duplicates,
      };
    });
    const kind: OverlapRow['kind'] =
      cells.length === 0 ? 'none' : cells.length === 1 ? 'only' : cells.some((c) => c.kind === 'duplicate') ? 'duplicate' : 'overlap';
    return { topic, title, kind, cells };
  });

  const acts = [...new Set(rows.flatMap((r) => r.cells.map((c) => c.act)))].sort(byActOrder);
  return { asOf: assessment.asOf, acts, rows, rules: OVERLAP_RULES };
}
