/**
 * What the incident list shows of each incident: the next deadline, how many steps are overdue or
 * due soon (steps that may apply included: their clock runs already), and how many questions the
 * plan still has. Recomputed from the case at the request's instant, like the plan itself.
 */
import { z } from '@hono/zod-openapi';
import type { IncidentPlan } from '@iomt/core';
import { caseFrom } from './engine-input.ts';
import { incidentPlan } from './engine-ops.ts';
import { IncidentSchema } from './schemas.ts';

export const IncidentSummarySchema = z
  .object({
    nextDeadline: z
      .object({ at: z.string(), regime: z.string(), step: z.string(), possible: z.boolean().openapi({ description: 'The step may apply: facts are missing.' }) })
      .nullable()
      .openapi({ description: 'The earliest deadline of a step not yet submitted; null when none runs.' }),
    overdue: z.number().int(),
    dueSoon: z.number().int().openapi({ description: 'Steps due now or within the due-soon window, including those that may apply.' }),
    possible: z.number().int().openapi({ description: 'Steps that may apply, pending missing facts.' }),
    openQuestions: z.number().int().openapi({ description: 'Facts the plan still needs.' }),
  })
  .openapi('IncidentSummary');

export const IncidentListItemSchema = IncidentSchema.extend({ summary: IncidentSummarySchema.nullable() }).openapi('IncidentListItem');

export type IncidentSummary = z.infer<typeof IncidentSummarySchema>;

const DUE = new Set(['due-now', 'due-soon']);

export function summarise(p: IncidentPlan): IncidentSummary {
  const live = p.steps.filter((s) => s.status !== 'submitted' && s.status !== 'not-required');
  const urgency = (s: (typeof live)[number]) => (s.status === 'possible' ? s.ifApplies : s.status);
  const next = live.filter((s) => s.due !== undefined && urgency(s) !== 'overdue').sort((a, b) => a.due!.localeCompare(b.due!))[0];
  return {
    nextDeadline: next ? { at: next.due!, regime: next.regime, step: next.stepTitle, possible: next.status === 'possible' } : null,
    overdue: live.filter((s) => urgency(s) === 'overdue').length,
    dueSoon: live.filter((s) => DUE.has(urgency(s) ?? '')).length,
    possible: live.filter((s) => s.status === 'possible').length,
    openQuestions: p.missingFacts.length,
  };
}

/** The summary of a stored case at `now`; null where the stored case no longer parses. */
export function incidentSummary(storedCase: unknown, now: string): IncidentSummary | null {
  try {
    return summarise(incidentPlan(caseFrom(storedCase), now, []));
  } catch {
    return null;
  }
}
