/** Facts for IVDR Annex VIII classification (rules 1–7). */
import { group } from '../vocabulary-dsl.ts';

export const IVDR_CLASSIFICATION = group('IVDR Annex VIII classification', {});
