/**
 * The unified control catalogue, assembled from its parts. Order is stable: organisation first,
 * then product security properties, then the life cycle.
 */
import { LIFECYCLE_CONTROLS } from './catalogue-lifecycle.ts';
import { ORGANISATION_CONTROLS } from './catalogue-organisation.ts';
import { PRODUCT_CONTROLS } from './catalogue-product.ts';
import type { Control } from './types.ts';

export const CONTROLS: readonly Control[] = [...ORGANISATION_CONTROLS, ...PRODUCT_CONTROLS, ...LIFECYCLE_CONTROLS];
