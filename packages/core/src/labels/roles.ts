/** Roles under the acts (the organisation's) and roles of members in the workspace. */
import type { Role } from '../facts/vocabulary.ts';
import { labelFrom } from './words.ts';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  manufacturer: 'Manufacturer',
  'authorised-representative': 'Authorised representative',
  importer: 'Importer',
  distributor: 'Distributor',
  'healthcare-provider': 'Healthcare provider',
  controller: 'Controller (GDPR)',
  processor: 'Processor (GDPR)',
  'ai-provider': 'Provider of an AI system',
  'ai-deployer': 'Deployer of an AI system',
  'data-holder': 'Data holder (Data Act)',
  seller: 'Seller to consumers',
  trader: 'Trader of digital content or services',
  'open-source-steward': 'Open-source software steward (CRA)',
};

export function roleLabel(role: string): string {
  return labelFrom(ROLE_LABELS, role);
}

export const MEMBER_ROLE_LABELS: Readonly<Record<'owner' | 'editor' | 'viewer', string>> = {
  owner: 'Owner — manages members and tokens',
  editor: 'Editor — changes products, assessments and incidents',
  viewer: 'Viewer — reads only',
};
