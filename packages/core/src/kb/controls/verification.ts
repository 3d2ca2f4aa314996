/**
 * The verification note of the catalogue: per standard and per act, how many references a public
 * source confirmed, how many were corrected after the check, and how many remain unverified, with
 * the sources used. Computed from the marks the mappings carry, so it cannot drift from the data.
 */
import type { ActId, ProvisionId } from '../provision-id.ts';
import { CONTROLS } from './catalogue.ts';
import type { Control, StandardId } from './types.ts';
import { STANDARD_IDS } from './types.ts';
import type { StandardCorrection } from './verification-sources.ts';
import { STANDARD_CORRECTIONS, VERIFIED_ON } from './verification-sources.ts';

/** Counts for one standard. `refs` count distinct identifiers; `mappings` count every use of them. */
export interface StandardTally {
  readonly standard: StandardId;
  readonly refs: { readonly confirmed: number; readonly corrected: number; readonly unverified: number };
  readonly mappings: { readonly confirmed: number; readonly corrected: number; readonly unverified: number };
  /** The identifiers no source confirmed, in catalogue order. */
  readonly unverifiedRefs: readonly string[];
}

/**
 * Counts for one act: distinct provisions cited by the controls, and the ones still to check. The
 * check found no point that does not exist and no rationale that misstates its point, so legal
 * references are either confirmed or unverified.
 */
export interface ActTally {
  readonly act: ActId;
  readonly confirmed: number;
  readonly unverified: number;
  readonly unverifiedProvisions: readonly ProvisionId[];
}

export interface CatalogueVerification {
  /** ISO date of the check. */
  readonly checkedOn: string;
  /** How the references were checked, in one paragraph. */
  readonly method: string;
  readonly standards: readonly StandardTally[];
  readonly acts: readonly ActTally[];
  readonly corrections: readonly StandardCorrection[];
  /** Every source address used, sorted. */
  readonly sources: readonly string[];
}

/** One mapping whose reference no source confirmed. */
export interface UnverifiedReference {
  readonly control: Control['id'];
  readonly kind: 'standard' | 'legal';
  /** `IEC 62443-4-1 SG-2` or `cra:art-14(8)`. */
  readonly reference: string;
}

const METHOD =
  'Each standard identifier and each legal point was looked up in stored copies of public material (publisher and vendor pages, published summaries and public repositories that reproduce clause lists and the texts of the acts). A reference counts as confirmed when a source shows the identifier with its subject, or the point with its content; it counts as corrected when the source showed it to be wrong and the catalogue now reads the corrected form; otherwise it stays as written and is marked unverified.';

function correctionOf(corrections: readonly StandardCorrection[], standard: StandardId, ref: string): boolean {
  return corrections.some((c) => c.standard === standard && c.to === ref);
}

function standardTally(controls: readonly Control[], standard: StandardId, corrections: readonly StandardCorrection[]): StandardTally {
  const status = new Map<string, 'confirmed' | 'corrected' | 'unverified'>();
  const mappings = { confirmed: 0, corrected: 0, unverified: 0 };
  for (const c of controls) {
    for (const m of c.standards) {
      if (m.standard !== standard) continue;
      const state = m.unverified ? 'unverified' : correctionOf(corrections, standard, m.ref) ? 'corrected' : 'confirmed';
      mappings[state] += 1;
      status.set(m.ref, state);
    }
  }
  const refs = { confirmed: 0, corrected: 0, unverified: 0 };
  for (const state of status.values()) refs[state] += 1;
  const unverifiedRefs = [...status].filter(([, state]) => state === 'unverified').map(([ref]) => ref);
  return { standard, refs, mappings, unverifiedRefs };
}

function actTallies(controls: readonly Control[]): ActTally[] {
  const byAct = new Map<ActId, Map<ProvisionId, boolean>>();
  for (const c of controls) {
    for (const m of c.provisions) {
      const act = m.provision.slice(0, m.provision.indexOf(':')) as ActId;
      const provisions = byAct.get(act) ?? new Map<ProvisionId, boolean>();
      provisions.set(m.provision, m.unverified !== true);
      byAct.set(act, provisions);
    }
  }
  return [...byAct].map(([act, provisions]) => {
    const unverifiedProvisions = [...provisions].filter(([, ok]) => !ok).map(([p]) => p);
    return {
      act,
      confirmed: provisions.size - unverifiedProvisions.length,
      unverified: unverifiedProvisions.length,
      unverifiedProvisions,
    };
  });
}

/** The verification note of a catalogue (by default, the shipped one). */
export function catalogueVerification(controls: readonly Control[] = CONTROLS): CatalogueVerification {
  const standards = STANDARD_IDS.map((id) => standardTally(controls, id, STANDARD_CORRECTIONS)).filter(
    (t) => t.mappings.confirmed + t.mappings.corrected + t.mappings.unverified > 0,
  );
  const sources = new Set<string>();
  for (const c of controls) {
    for (const m of [...c.standards, ...c.provisions]) if (m.verified) sources.add(m.verified.source);
  }
  return {
    checkedOn: VERIFIED_ON,
    method: METHOD,
    standards,
    acts: actTallies(controls),
    corrections: STANDARD_CORRECTIONS,
    sources: [...sources].sort(),
  };
}

/** Every mapping still marked unverified, in catalogue order. */
export function unverifiedReferences(controls: readonly Control[] = CONTROLS): UnverifiedReference[] {
  return controls.flatMap((c) => [
    ...c.standards.filter((m) => m.unverified).map((m) => ({ control: c.id, kind: 'standard' as const, reference: `${m.standard} ${m.ref}` })),
    ...c.provisions.filter((m) => m.unverified).map((m) => ({ control: c.id, kind: 'legal' as const, reference: m.provision })),
  ]);
}

/** The note for the shipped catalogue. */
export const CATALOGUE_VERIFICATION: CatalogueVerification = catalogueVerification();
