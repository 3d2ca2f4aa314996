/** Builds an incident case (profile + incident facts + timeline) from the guided form's answers. */
import { localInputToInstant } from '../lib/dates.ts';

export const MEMBER_STATES: [string, string][] = [
  ['AT', 'Austria'], ['BE', 'Belgium'], ['BG', 'Bulgaria'], ['HR', 'Croatia'], ['CY', 'Cyprus'], ['CZ', 'Czechia'], ['DK', 'Denmark'],
  ['EE', 'Estonia'], ['FI', 'Finland'], ['FR', 'France'], ['DE', 'Germany'], ['GR', 'Greece'], ['HU', 'Hungary'], ['IE', 'Ireland'],
  ['IT', 'Italy'], ['LV', 'Latvia'], ['LT', 'Lithuania'], ['LU', 'Luxembourg'], ['MT', 'Malta'], ['NL', 'Netherlands'], ['PL', 'Poland'],
  ['PT', 'Portugal'], ['RO', 'Romania'], ['SK', 'Slovakia'], ['SI', 'Slovenia'], ['ES', 'Spain'], ['SE', 'Sweden'],
];

export const ORG_ROLES: [string, string][] = [
  ['healthcare-provider', 'Healthcare provider'],
  ['controller', 'Controller of personal data'],
  ['processor', 'Processor of personal data'],
  ['manufacturer', 'Manufacturer'],
  ['ai-deployer', 'Deployer of an AI system'],
  ['ai-provider', 'Provider of an AI system'],
];

/** Yes/no incident facts the form asks; left unticked they stay unknown, not false. */
export const INCIDENT_FLAGS: [string, string, string][] = [
  ['personalDataBreach', 'Personal data were affected (lost, disclosed, altered or made unavailable)', 'GDPR Art 33/34'],
  ['securityIncident', 'A security incident compromised the network and information systems', 'NIS2 Art 23'],
  ['significantIncident', 'It caused or can cause severe disruption or considerable damage (significant incident)', 'NIS2 Art 23(3)'],
  ['activelyExploitedVulnerability', 'A vulnerability in our product is actively exploited', 'CRA Art 14'],
  ['ongoing', 'The incident is still ongoing', 'NIS2 Art 23(4)'],
];

export interface IncidentForm {
  title: string;
  description: string;
  productProfile?: Record<string, unknown>;
  roles: string[];
  mainEstablishment: string;
  employees: string;
  occurredIn: string[];
  flags: Record<string, 'yes' | 'no' | ''>;
  breachRisk: string;
  /** Answers to the regimes' questions, by incident fact name; absent means not known. */
  facts: Record<string, unknown>;
  establishedInEu: boolean;
  aware: string;
  occurred: string;
  detected: string;
}

export function emptyIncidentForm(now: string): IncidentForm {
  return {
    title: '',
    description: '',
    roles: ['healthcare-provider', 'controller'],
    mainEstablishment: 'DE',
    employees: '',
    occurredIn: ['DE'],
    flags: {},
    breachRisk: '',
    facts: {},
    establishedInEu: true,
    aware: now,
    occurred: '',
    detected: '',
  };
}

export function buildIncidentCase(form: IncidentForm): Record<string, unknown> {
  const incident: Record<string, unknown> = { occurredIn: form.occurredIn };
  for (const [key, value] of Object.entries(form.facts)) if (value !== undefined) incident[key] = value;
  for (const [key, value] of Object.entries(form.flags)) if (value) incident[key] = value === 'yes';
  if (form.breachRisk) incident.breachRisk = form.breachRisk;
  const timeline: Record<string, unknown> = { aware: localInputToInstant(form.aware) };
  if (form.occurred) timeline.occurred = localInputToInstant(form.occurred);
  if (form.detected) timeline.detected = localInputToInstant(form.detected);
  const base = form.productProfile ?? {};
  const organisation: Record<string, unknown> = {
    ...((base.organisation as Record<string, unknown> | undefined) ?? {}),
    roles: form.roles,
    establishedInEu: form.establishedInEu,
  };
  // Without an establishment in the EU there is no main establishment: the plan routes otherwise.
  if (form.establishedInEu) organisation.mainEstablishment = form.mainEstablishment;
  else delete organisation.mainEstablishment;
  if (form.employees) organisation.employees = Number(form.employees);
  return {
    name: form.title,
    ...(form.description ? { description: form.description } : {}),
    product: form.productProfile ? (base.product ?? null) : null,
    organisation,
    incident,
    timeline,
  };
}
