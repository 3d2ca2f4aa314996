/**
 * The dossier form's data: which fields to ask for under which regime and step, and the
 * conversion between stored values and what the inputs hold (text areas hold lists one item a
 * line; date-time inputs hold wall-clock time in the viewer's zone).
 */
import type { DossierValue, IncidentPlan, PlannedDossierField, PlannedStep } from '../api/types.ts';
import { localInputToInstant, nowForInput } from '../lib/dates.ts';

export interface DossierStepGroup {
  key: string;
  step: PlannedStep;
  /** Member States where the plan has one step per state. */
  states: string[];
  /** Fields asked for here for the first time: their inputs sit in this group. */
  fields: PlannedDossierField[];
  /** Fields this step needs that an earlier group already asks for. */
  alsoNeeds: PlannedDossierField[];
}

export interface DossierRegimeGroup {
  act: string;
  regime: string;
  needed: number;
  written: number;
  steps: DossierStepGroup[];
}

/**
 * Groups the fields the plan needs by regime and step, in the plan's order (most urgent first).
 * Each field gets one input, under the first step that asks for it.
 */
export function groupDossier(plan: IncidentPlan): DossierRegimeGroup[] {
  const dossier = plan.dossier;
  if (!dossier) return [];
  const byId = new Map(dossier.fields.map((f) => [f.id, f]));
  const placed = new Set<string>();
  return dossier.regimes.map((r) => {
    const groups = new Map<string, DossierStepGroup>();
    for (const step of plan.steps) {
      if (step.act !== r.act || step.status === 'not-required') continue;
      const key = `${step.duty}/${step.step}`;
      const existing = groups.get(key);
      if (existing) {
        if (step.memberState && !existing.states.includes(step.memberState)) existing.states.push(step.memberState);
        continue;
      }
      const fields: PlannedDossierField[] = [];
      const alsoNeeds: PlannedDossierField[] = [];
      for (const c of step.content) {
        const f = byId.get(c.id);
        if (!f) continue;
        if (placed.has(f.id)) alsoNeeds.push(f);
        else {
          placed.add(f.id);
          fields.push(f);
        }
      }
      groups.set(key, { key, step, states: step.memberState ? [step.memberState] : [], fields, alsoNeeds });
    }
    return { act: r.act, regime: r.regime, needed: r.needed, written: r.written, steps: [...groups.values()] };
  });
}

/** A stored value as the field's input shows it. */
export function toInput(type: PlannedDossierField['type'], value: DossierValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join('\n');
  if (type === 'date-time' && typeof value === 'string') {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? value : nowForInput(d);
  }
  return String(value);
}

/** What an input holds as a value to store; `null` when it is empty. */
export function fromInput(type: PlannedDossierField['type'], text: string): DossierValue | null {
  const t = text.trim();
  if (t === '') return null;
  switch (type) {
    case 'number':
      return Number.isFinite(Number(t)) ? Number(t) : t;
    case 'list': {
      const items = t
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      return items.length > 0 ? items : null;
    }
    case 'date-time':
      return localInputToInstant(t);
    default:
      return t;
  }
}

const same = (a: DossierValue | undefined, b: DossierValue | null): boolean => JSON.stringify(a ?? null) === JSON.stringify(b);

/**
 * The changes to send for the inputs the user touched: a new value, or `null` where a stored
 * field was emptied. Untouched and unchanged fields are left out.
 */
export function dossierChanges(
  fields: readonly PlannedDossierField[],
  stored: Readonly<Record<string, DossierValue>>,
  drafts: Readonly<Record<string, string>>,
): Record<string, DossierValue | null> {
  const changes: Record<string, DossierValue | null> = {};
  for (const f of fields) {
    const draft = drafts[f.id];
    if (draft === undefined) continue;
    const value = fromInput(f.type, draft);
    if (same(stored[f.id], value)) continue;
    if (value === null && stored[f.id] === undefined) continue;
    changes[f.id] = value;
  }
  return changes;
}

/** A value for reading, e.g. a prefilled one shown beside its input. */
export function displayValue(value: DossierValue): string {
  return Array.isArray(value) ? value.join('; ') : typeof value === 'number' ? value.toLocaleString('en-GB') : value;
}

export interface DossierConflict {
  /** The inputs to show after the reload: the user's edits that still differ from the latest values. */
  drafts: Record<string, string>;
  /** Fields someone else changed meanwhile that the user left alone: they now show the latest value. */
  theirs: string[];
  /** Fields both changed, to different values: the user's edit is kept and saving replaces theirs. */
  both: string[];
}

/**
 * After a save was refused because the incident changed meanwhile: keeps the user's edits for the
 * fields they changed (measured against `base`, the dossier they started from) and names the
 * fields someone else changed between `base` and `latest`. An edit that equals the latest value is
 * no longer a change and is dropped.
 */
export function mergeDossierConflict(
  fields: readonly PlannedDossierField[],
  base: Readonly<Record<string, DossierValue>>,
  latest: Readonly<Record<string, DossierValue>>,
  drafts: Readonly<Record<string, string>>,
): DossierConflict {
  const mine = dossierChanges(fields, base, drafts);
  const kept: Record<string, string> = {};
  const theirs: string[] = [];
  const both: string[] = [];
  for (const f of fields) {
    const changedByOthers = !same(base[f.id], latest[f.id] ?? null);
    const edited = Object.hasOwn(mine, f.id);
    const agrees = edited && same(latest[f.id], mine[f.id] ?? null);
    if (edited && !agrees) kept[f.id] = drafts[f.id]!;
    if (changedByOthers && (!edited || agrees)) theirs.push(f.id);
    if (changedByOthers && edited && !agrees) both.push(f.id);
  }
  return { drafts: kept, theirs, both };
}
