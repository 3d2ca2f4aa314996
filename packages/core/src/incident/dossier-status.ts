/**
 * What the plan says of the dossier: per field the plan's steps need, its definition, the
 * provisions asking for it, its value (written, or prefilled from the case) and which regimes
 * and steps need it; per regime, how much of what its steps need is written.
 */
import { DOSSIER_FIELDS } from '../kb/incident-dossier.ts';
import type { DossierFieldType } from '../kb/incident-dossier.ts';
import { citation, provisionUrl } from '../kb/knowledge-base.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import type { DossierValue } from './dossier.ts';
import type { DossierSource } from './dossier-prefill.ts';

export interface PlannedDossierField {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly type: DossierFieldType;
  readonly options?: readonly string[];
  readonly cites: readonly { readonly cite: ProvisionId; readonly citation: string; readonly url: string }[];
  readonly written: boolean;
  readonly value?: DossierValue;
  /** `dossier`: written in the dossier; `case`: prefilled from the case's facts or timeline. */
  readonly source?: DossierSource;
  /** The regimes (act ids) whose due or possible steps ask for the field. */
  readonly acts: readonly ActId[];
}

export interface DossierCompleteness {
  readonly act: ActId;
  readonly regime: string;
  readonly needed: number;
  readonly written: number;
  readonly missing: readonly string[];
}

export interface PlanDossier {
  /** Every field a step that is not `not-required` asks for, in catalogue order. */
  readonly fields: readonly PlannedDossierField[];
  readonly summary: { readonly needed: number; readonly written: number; readonly missing: readonly string[] };
  readonly regimes: readonly DossierCompleteness[];
}

interface StepNeed {
  readonly act: ActId;
  readonly regime: string;
  readonly status: string;
  readonly content: readonly { readonly id: string }[];
}

const citeCache = new Map<string, { cite: ProvisionId; citation: string; url: string }[]>();
function citesOf(id: string, cites: readonly ProvisionId[]) {
  let out = citeCache.get(id);
  if (!out) {
    out = cites.map((cite) => ({ cite, citation: citation(cite), url: provisionUrl(cite) }));
    citeCache.set(id, out);
  }
  return out;
}

export function planDossier(steps: readonly StepNeed[], values: Readonly<Record<string, DossierValue>>, sources: Readonly<Record<string, DossierSource>>): PlanDossier {
  const actsOf = new Map<string, Set<ActId>>();
  const regimes = new Map<ActId, { regime: string; ids: Set<string> }>();
  for (const s of steps) {
    if (s.status === 'not-required') continue;
    const r = regimes.get(s.act) ?? { regime: s.regime, ids: new Set<string>() };
    regimes.set(s.act, r);
    for (const c of s.content) {
      r.ids.add(c.id);
      const set = actsOf.get(c.id) ?? new Set<ActId>();
      set.add(s.act);
      actsOf.set(c.id, set);
    }
  }
  const fields: PlannedDossierField[] = [];
  for (const f of DOSSIER_FIELDS) {
    const acts = actsOf.get(f.id);
    if (!acts) continue;
    const value = values[f.id];
    fields.push({
      id: f.id,
      label: f.label,
      description: f.description,
      type: f.type,
      ...('options' in f ? { options: f.options } : {}),
      cites: citesOf(f.id, f.cites),
      written: value !== undefined,
      ...(value !== undefined ? { value, source: sources[f.id] ?? 'dossier' } : {}),
      acts: [...acts],
    });
  }
  const missing = fields.filter((f) => !f.written).map((f) => f.id);
  return {
    fields,
    summary: { needed: fields.length, written: fields.length - missing.length, missing },
    regimes: [...regimes.entries()].map(([act, r]) => {
      const ids = DOSSIER_FIELDS.filter((f) => r.ids.has(f.id)).map((f) => f.id);
      const open = ids.filter((id) => values[id] === undefined);
      return { act, regime: r.regime, needed: ids.length, written: ids.length - open.length, missing: open };
    }),
  };
}
