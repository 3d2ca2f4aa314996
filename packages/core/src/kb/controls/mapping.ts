/**
 * Small constructors that keep the catalogue files readable as tables. Each attaches the result
 * of the source check (see verification-sources.ts), so no mapping can be left without one.
 */
import type { ProvisionId } from '../provision-id.ts';
import type { LegalMapping, MappingRelationship, ReferenceCheck, StandardId, StandardMapping } from './types.ts';
import { legalSource, standardSource, VERIFIED_ON } from './verification-sources.ts';

function check(source: string | undefined): ReferenceCheck {
  return source === undefined ? { unverified: true } : { verified: { on: VERIFIED_ON, source } };
}

/** A legal mapping: the control is `relationship` of `provision`, because `rationale`. */
export function law(provision: ProvisionId, relationship: MappingRelationship, rationale: string): LegalMapping {
  return { provision, relationship, rationale, ...check(legalSource(provision)) };
}

/** A standard mapping by clause or identifier only. */
export function std(
  standard: StandardId,
  ref: string,
  relationship: MappingRelationship,
  rationale: string,
): StandardMapping {
  return { standard, ref, relationship, rationale, ...check(standardSource(standard, ref)) };
}
