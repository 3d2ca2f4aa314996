/**
 * Where an act stands on a date: which of its parts apply, from when, and whether it has been
 * repealed. Scenario-only events count only when their scenario is switched on.
 */
import type { ActDefinition, IsoDate, TimelineEvent } from '../kb/types.ts';

export type PartStatus = 'applies' | 'applies-from' | 'ended';

export interface PartState {
  readonly part: string | undefined;
  readonly status: PartStatus;
  /** In effect since, or applying from. */
  readonly from?: IsoDate;
}

export function activeEvents(act: ActDefinition, scenarios: ReadonlySet<string>): TimelineEvent[] {
  return act.timeline.filter(
    (e) => (e.scenario === undefined || scenarios.has(e.scenario)) && (e.replacedBy === undefined || !scenarios.has(e.replacedBy)),
  );
}

export function repealDate(events: readonly TimelineEvent[]): IsoDate | undefined {
  return events.filter((e) => e.kind === 'repealed' && e.part === undefined).map((e) => e.date).sort()[0];
}

/** The state of one part (or of the whole act, `part` undefined) on `asOf`. */
export function partState(events: readonly TimelineEvent[], part: string | undefined, asOf: IsoDate): PartState {
  const repealed = repealDate(events);
  if (repealed !== undefined && repealed <= asOf) return { part, status: 'ended', from: repealed };
  // A part with dates of its own follows them (early, like CRA Art 14, or late, like an
  // inserted article); a part without any follows the act's general dates.
  const own = events.filter((e) => e.kind === 'applies' && e.part === part && part !== undefined);
  const dates = (own.length > 0 ? own : events.filter((e) => e.kind === 'applies' && e.part === undefined))
    .map((e) => e.date)
    .sort();
  const started = dates.filter((d) => d <= asOf);
  if (started.length > 0) return { part, status: 'applies', from: started[0] };
  const next = dates[0];
  return next === undefined ? { part, status: 'applies-from' } : { part, status: 'applies-from', from: next };
}
