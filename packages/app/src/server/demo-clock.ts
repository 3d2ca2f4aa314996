/**
 * The example incidents carry fixed dates (the tests pin their plans). A demo shows them live, so
 * each case's instants are moved together — intervals and UTC offsets kept — until awareness lies
 * a chosen number of hours before now: countdowns run, and some steps are due soon or overdue.
 */
import { DOSSIER_FIELDS } from '@iomt/core';
import type { IncidentCase } from '@iomt/core';

const DATE_TIME_FIELDS: ReadonlySet<string> = new Set(DOSSIER_FIELDS.filter((f) => f.type === 'date-time').map((f) => f.id));

/** `instant` moved by `ms`, written in the same UTC offset as given (`Z` or `±hh:mm`). */
export function shiftInstant(instant: string, ms: number): string {
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(instant)?.[1] ?? 'Z';
  const offsetMinutes = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(Date.parse(instant) + ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offset}`;
}

/** The case with every timeline instant and dossier date-time moved so that `aware` is `awareAt`. */
export function moveIncidentTo(c: IncidentCase, awareAt: Date): IncidentCase {
  const delta = awareAt.getTime() - Date.parse(c.timeline.aware);
  const move = (s: string | undefined) => (s === undefined ? undefined : shiftInstant(s, delta));
  const t = c.timeline;
  const timeline: IncidentCase['timeline'] = {
    ...t,
    aware: shiftInstant(t.aware, delta),
    ...(t.occurred !== undefined ? { occurred: move(t.occurred) } : {}),
    ...(t.detected !== undefined ? { detected: move(t.detected) } : {}),
    ...(t.measureAvailable !== undefined ? { measureAvailable: move(t.measureAvailable) } : {}),
    ...(t.handled !== undefined ? { handled: move(t.handled) } : {}),
    ...(t.awareBy ? { awareBy: Object.fromEntries(Object.entries(t.awareBy).map(([act, at]) => [act, shiftInstant(at, delta)])) } : {}),
    ...(t.submitted ? { submitted: t.submitted.map((s) => ({ ...s, at: shiftInstant(s.at, delta) })) } : {}),
  };
  const dossier = c.dossier
    ? Object.fromEntries(Object.entries(c.dossier).map(([id, v]) => [id, DATE_TIME_FIELDS.has(id) && typeof v === 'string' ? shiftInstant(v, delta) : v]))
    : undefined;
  return { ...c, timeline, ...(dossier ? { dossier } : {}) };
}
