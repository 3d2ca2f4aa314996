export { analyseLiability, LIABILITY_FORMAT, LIABILITY_NOTICE } from './analyse.ts';
export { ITEM_KINDS, liabilityCaseJsonSchema, LiabilityCaseSchema, OPERATOR_ROLES, parseLiabilityCase, UPDATE_STATES } from './case.ts';
export type { LiabilityCase, LiabilityCaseParse, LiabilityOperator } from './case.ts';
export type * from './types.ts';
export { CONTESTED as LIABILITY_CONTESTED, LIABILITY_VERIFICATION, PLD_2024_BOUNDARY } from '../kb/liability/pld-law.ts';
