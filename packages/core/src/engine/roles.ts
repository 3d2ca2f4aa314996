/**
 * Who an obligation binds. Most roles are stated facts of the organisation; the NIS2 and CER
 * entity types are derived by those acts' own rules.
 */
import { has, ref } from '../kb/dsl.ts';
import type { Condition, ObligationRole } from '../kb/types.ts';

export const ROLE_CONDITIONS: Readonly<Record<ObligationRole, Condition>> = {
  manufacturer: has('organisation.roles', 'manufacturer', { label: 'the organisation is the manufacturer' }),
  'authorised-representative': has('organisation.roles', 'authorised-representative', {
    label: 'the organisation is an authorised representative',
  }),
  importer: has('organisation.roles', 'importer', { label: 'the organisation is an importer' }),
  distributor: has('organisation.roles', 'distributor', { label: 'the organisation is a distributor' }),
  'healthcare-provider': has('organisation.roles', 'healthcare-provider', {
    label: 'the organisation is a healthcare provider',
  }),
  controller: has('organisation.roles', 'controller', { label: 'the organisation is a controller' }),
  processor: has('organisation.roles', 'processor', { label: 'the organisation is a processor' }),
  'ai-provider': has('organisation.roles', 'ai-provider', { label: 'the organisation provides the AI system' }),
  'ai-deployer': has('organisation.roles', 'ai-deployer', { label: 'the organisation deploys the AI system' }),
  'data-holder': has('organisation.roles', 'data-holder', { label: 'the organisation is a data holder' }),
  seller: has('organisation.roles', 'seller', { label: 'the organisation sells goods to consumers' }),
  trader: has('organisation.roles', 'trader', {
    label: 'the organisation supplies digital content or services to consumers',
  }),
  'open-source-steward': has('organisation.roles', 'open-source-steward', {
    label: 'the organisation is an open-source software steward',
  }),
  'essential-entity': ref('nis2:essential-entity', { label: 'the organisation is an essential entity under NIS2' }),
  'important-entity': ref('nis2:important-entity', { label: 'the organisation is an important entity under NIS2' }),
  'critical-entity': ref('cer:critical-entity', { label: 'the organisation is a critical entity under CER' }),
};
