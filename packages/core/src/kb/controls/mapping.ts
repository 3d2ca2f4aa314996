/** Small constructors that keep the catalogue files readable as tables. */
import type { ProvisionId } from '../provision-id.ts';
import type { LegalMapping, MappingRelationship, StandardId, StandardMapping } from './types.ts';

/** A legal mapping: the control is `relationship` of `provision`, because `rationale`. */
export function law(provision: ProvisionId, relationship: MappingRelationship, rationale: string): LegalMapping {
  return { provision, relationship, rationale };
}

/** A standard mapping by clause or identifier only. */
export function std(
  standard: StandardId,
  ref: string,
  relationship: MappingRelationship,
  rationale: string,
): StandardMapping {
  return { standard, ref, relationship, rationale };
}
