/**
 * Facts for MDR qualification (MDCG 2019-11 decision steps) and Annex VIII classification.
 * Kept apart from the main vocabulary because Annex VIII needs many specific facts.
 */
import { group } from '../vocabulary-dsl.ts';

export const MDR_CLASSIFICATION = group('MDR qualification and Annex VIII classification', {});
