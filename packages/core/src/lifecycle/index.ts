export { DEFAULT_ENDING_WITHIN_MONTHS, unitSupportStatus } from './unit-status.ts';
export { lifecycleProductOf } from './from-profile.ts';
export { analyseLifecycle, LIFECYCLE_FORMAT, LIFECYCLE_NOTICE } from './product-lifecycle.ts';
export type { DutyStatus, LifecycleAnalysis, TimelineEntry, UpdateDuty } from './product-lifecycle.ts';
export { lifecycleCaseJsonSchema, LifecycleCaseSchema, parseLifecycleCase, UnitSchema } from './lifecycle-case.ts';
export type { LifecycleCase, LifecycleCaseParse } from './lifecycle-case.ts';
export type * from './types.ts';
export type { Cite, FactQuestion, Reason as CitedReason } from './trace.ts';
export { LIFECYCLE_VERIFICATION } from '../kb/lifecycle/support-law.ts';
