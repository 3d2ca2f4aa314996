/** Shared helpers for the notification-duty tests: find a duty, evaluate its trigger and steps. */
import { Evaluation } from '../../src/engine/evaluate.ts';
import type { Truth } from '../../src/engine/truth.ts';
import { TRUE } from '../../src/engine/truth.ts';
import type { Profile } from '../../src/facts/profile-schema.ts';
import type { FactPath } from '../../src/facts/vocabulary.ts';
import { knowledgeBase } from '../../src/kb/knowledge-base.ts';
import type { NotificationDuty, NotificationStep } from '../../src/kb/notification-types.ts';
import type { Condition } from '../../src/kb/types.ts';

export const allDuties = (): NotificationDuty[] =>
  knowledgeBase.acts.flatMap((a) => a.notifications ?? []);

export function duty(id: string): NotificationDuty {
  const d = allDuties().find((x) => x.id === id);
  if (!d) throw new Error(`no notification duty ${id}`);
  return d;
}

export function step(dutyId: string, stepId: string): NotificationStep {
  const s = duty(dutyId).steps.find((x) => x.id === stepId);
  if (!s) throw new Error(`no step ${stepId} in ${dutyId}`);
  return s;
}

const evaluation = (profile: Profile) => new Evaluation(profile, knowledgeBase);

/** The duty's trigger alone, exemptions aside. */
export const trigger = (id: string, profile: Profile): Truth =>
  evaluation(profile).condition(duty(id).trigger);

/** The trigger holds and no exemption does (an exemption that may hold leaves the duty open). */
export function holds(id: string, profile: Profile): Truth {
  const d = duty(id);
  return evaluation(profile).rule({
    id: d.id,
    label: d.title,
    cite: d.cite,
    when: d.trigger,
    ...(d.exemptions ? { unless: [...d.exemptions] } : {}),
  });
}

/** The facts a verdict on the duty still needs, in the order met. */
export function missing(id: string, profile: Profile): FactPath[] {
  const d = duty(id);
  const e = evaluation(profile);
  e.rule({
    id: d.id,
    label: d.title,
    cite: d.cite,
    when: d.trigger,
    ...(d.exemptions ? { unless: [...d.exemptions] } : {}),
  });
  return e.missingSince(0);
}

/** Whether a step is due: its own condition, if it has one. */
export const stepDue = (dutyId: string, stepId: string, profile: Profile): Truth => {
  const s = step(dutyId, stepId);
  return s.when ? evaluation(profile).condition(s.when) : TRUE;
};

/** The ids of the steps that are certainly due for this profile. */
export const dueSteps = (dutyId: string, profile: Profile): string[] =>
  duty(dutyId)
    .steps.filter((s) => stepDue(dutyId, s.id, profile) === TRUE)
    .map((s) => s.id);

/** Every condition node of a duty: trigger, exemptions, step conditions. */
export function* conditionsOf(
  d: NotificationDuty,
): Generator<{ where: string; condition: Condition }> {
  function* nodes(c: Condition): Generator<Condition> {
    yield c;
    if (c.kind === 'all' || c.kind === 'any' || c.kind === 'firstKnown')
      for (const sub of c.of) yield* nodes(sub);
    if (c.kind === 'not') yield* nodes(c.of);
  }
  for (const n of nodes(d.trigger)) yield { where: `${d.id} trigger`, condition: n };
  for (const ex of d.exemptions ?? [])
    for (const n of nodes(ex.when)) yield { where: `${d.id} unless ${ex.id}`, condition: n };
  for (const s of d.steps)
    if (s.when)
      for (const n of nodes(s.when)) yield { where: `${d.id} step ${s.id}`, condition: n };
}
