/** Walks every condition of the knowledge base: for integrity checks and for building questions. */
import { ROLE_CONDITIONS } from '../engine/roles.ts';
import { knowledgeBase } from './knowledge-base.ts';
import type { Condition } from './types.ts';

export interface ConditionSite {
  /** Where the condition sits, e.g. `cra scope`, `cra:sbom when`. */
  readonly where: string;
  readonly condition: Condition;
}

function* nodes(c: Condition): Generator<Condition> {
  yield c;
  if (c.kind === 'all' || c.kind === 'any' || c.kind === 'firstKnown') for (const sub of c.of) yield* nodes(sub);
  if (c.kind === 'not') yield* nodes(c.of);
}

/** Every condition node of every rule, exception, obligation and role. */
export function* allConditions(): Generator<ConditionSite> {
  for (const act of knowledgeBase.acts) {
    for (const r of [act.scope, ...(act.predicates ?? [])]) {
      for (const n of nodes(r.when)) yield { where: `${act.id} ${r.id}`, condition: n };
      for (const ex of r.unless ?? []) {
        for (const n of nodes(ex.when)) yield { where: `${act.id} ${r.id} unless ${ex.id}`, condition: n };
      }
    }
    for (const o of act.obligations) {
      if (o.when) for (const n of nodes(o.when)) yield { where: `${o.id} when`, condition: n };
    }
    for (const d of act.notifications ?? []) {
      for (const n of nodes(d.trigger)) yield { where: `${d.id} trigger`, condition: n };
      for (const ex of d.exemptions ?? []) for (const n of nodes(ex.when)) yield { where: `${d.id} unless ${ex.id}`, condition: n };
      for (const st of d.steps) if (st.when) for (const n of nodes(st.when)) yield { where: `${d.id} ${st.id} when`, condition: n };
    }
    for (const c of act.classifiers ?? []) {
      if (c.appliesWhen) for (const n of nodes(c.appliesWhen)) yield { where: `${act.id}:${c.id} appliesWhen`, condition: n };
      for (const r of c.rules) for (const n of nodes(r.when)) yield { where: `${act.id}:${c.id} ${r.id}`, condition: n };
    }
  }
  for (const [role, c] of Object.entries(ROLE_CONDITIONS)) {
    for (const n of nodes(c)) yield { where: `role ${role}`, condition: n };
  }
}
