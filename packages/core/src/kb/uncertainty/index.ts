/**
 * The whole register: the hand-written points plus every timeline date the knowledge base marks
 * `uncertain`, and the index the engine uses to link answers to the points they rest on.
 */
import { ACTS } from '../acts/index.ts';
import type { ActId } from '../provision-id.ts';
import type { Condition } from '../types.ts';
import { REGISTER } from './register.ts';
import type { Uncertainty } from './types.ts';

export type { Reading, Uncertainty, UncertaintyKind } from './types.ts';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A date an act's timeline marks as not confirmed from the official text. */
const unverifiedDates: Uncertainty[] = ACTS.flatMap((act) =>
  act.timeline
    .filter((e) => e.uncertain !== undefined)
    .map((e): Uncertainty => {
      const bindsDuties = e.kind === 'applies' || e.kind === 'repealed';
      return {
        id: `date-${act.id}-${e.date}-${slug(e.kind + (e.part ? `-${e.part}` : ''))}`,
        kind: 'unverified',
        title: `${act.shortName}: ${e.label} (${e.date})`,
        acts: [act.id],
        provisions: e.cite ? [e.cite] : [],
        question: `Is ${e.date} the right date for: ${e.label}?`,
        readings: [{ reading: `${e.date}, as encoded.` }, { reading: e.uncertain as string }],
        applied: `${e.date}${e.scenario ? ` (only under scenario ${e.scenario})` : ''}.`,
        why: 'The date could not be confirmed against the official text; it is used as the best available reading and marked as unconfirmed wherever it is shown.',
        sources: act.sources,
        affects: bindsDuties && !e.scenario ? { verdicts: [act.id] } : {},
      };
    }),
);

export const UNCERTAINTIES: readonly Uncertainty[] = [...REGISTER, ...unverifiedDates];

const byId = new Map(UNCERTAINTIES.map((u) => [u.id, u]));
export const uncertainty = (id: string): Uncertainty | undefined => byId.get(id);

export function uncertaintiesOfAct(act: ActId): Uncertainty[] {
  return UNCERTAINTIES.filter((u) => u.acts.includes(act));
}

/** `nis2:*` matches every id of the act; `ai-act:*-annex-i` every id ending so. */
function matches(pattern: string, id: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === id;
  return id.startsWith(pattern.slice(0, star)) && id.endsWith(pattern.slice(star + 1)) && id.length >= pattern.length - 1;
}

/**
 * Links answers to register points for one profile: `holds(condition)` says whether a point's
 * condition may hold (true or unknown); a point whose condition is false for the profile is left out.
 */
export interface UncertaintyLinks {
  /**
   * `outside`: the act does not apply; only points with a condition of their own (which the
   * profile may meet) can then be what the verdict rests on.
   */
  verdict(act: ActId, outside?: boolean): readonly string[];
  obligation(id: string): readonly string[];
  classifier(ref: string): readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

export function linkUncertainties(holds: (c: Condition) => boolean): UncertaintyLinks {
  const active = UNCERTAINTIES.filter((u) => u.when === undefined || holds(u.when));
  const cache = new Map<string, readonly string[]>();
  const memo = (key: string, f: () => string[]) => {
    let v = cache.get(key);
    if (v === undefined) {
      const found = f();
      v = found.length === 0 ? NONE : Object.freeze(found);
      cache.set(key, v);
    }
    return v;
  };
  return {
    verdict: (act, outside = false) =>
      memo(`v:${act}:${outside}`, () => active.filter((u) => u.affects.verdicts?.includes(act) && (!outside || u.when !== undefined)).map((u) => u.id)),
    obligation: (id) => memo(`o:${id}`, () => active.filter((u) => u.affects.obligations?.some((p) => matches(p, id))).map((u) => u.id)),
    classifier: (ref) => memo(`c:${ref}`, () => active.filter((u) => u.affects.classifiers?.includes(ref)).map((u) => u.id)),
  };
}
