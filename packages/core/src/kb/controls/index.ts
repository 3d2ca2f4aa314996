/**
 * The controls crosswalk: the catalogue and look-ups over it.
 *
 * @example
 * import { controlsFor } from '@iomt/core';
 * controlsFor('nis2:art-21(2)').map((c) => c.id); // every control mapped to a point of Art 21(2)
 */
import type { ProvisionId } from '../provision-id.ts';
import { CONTROLS } from './catalogue.ts';
import type { Control } from './types.ts';

export { CONTROLS } from './catalogue.ts';
export { CONTROL_CATEGORIES, MAPPING_RELATIONSHIPS, STANDARD_IDS } from './types.ts';
export type * from './types.ts';
export { CATALOGUE_VERIFICATION, catalogueVerification, unverifiedReferences } from './verification.ts';
export type { ActTally, CatalogueVerification, StandardTally, UnverifiedReference } from './verification.ts';
export { LEGAL_CHECKS, SOURCES, STANDARD_CHECKS, STANDARD_CORRECTIONS, VERIFIED_ON } from './verification-sources.ts';
export type { StandardCorrection } from './verification-sources.ts';

const byId = new Map<string, Control>(CONTROLS.map((c) => [c.id, c]));

/**
 * Whether `mapped` is `query` or lies inside it: `nis2:art-21(2)(a)` is within `nis2:art-21(2)`
 * and `nis2:art-21`; `cra:annex-I-part-II(5)` is within `cra:annex-I-part-II` and `cra:annex-I`;
 * `mdr:annex-I-17.2` is within `mdr:annex-I-17`. `nis2:art-2` does not contain `nis2:art-21`.
 */
export function provisionWithin(mapped: ProvisionId, query: ProvisionId): boolean {
  if (mapped === query) return true;
  if (!mapped.startsWith(query)) return false;
  const next = mapped.charAt(query.length);
  return next === '(' || next === '-' || next === '.';
}

/** Controls mapped to `provision` or to any provision inside it, in catalogue order. */
export function controlsFor(provision: ProvisionId): Control[] {
  return CONTROLS.filter((c) => c.provisions.some((m) => provisionWithin(m.provision, provision)));
}

/** The control with this id, or undefined. */
export function controlById(id: string): Control | undefined {
  return byId.get(id);
}
