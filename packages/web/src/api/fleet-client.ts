/** The fleet part of the HTTP API, as the pages call it. */
import { json, query } from './client.ts';

const base = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/fleet`;

export interface FleetUnit {
  id: string;
  modelVersionId: string | null;
  serial: string | null;
  assetTag: string | null;
  site: string | null;
  department: string | null;
  exposure: string;
  criticality: string;
  supportEnd: string | null;
}
export interface UnitExposure {
  unitId: string;
  site: string | null;
  exposure: string;
  criticality: string;
  support: string;
  supportEnd: string | null;
  openFindings: number;
  knownExploited: number;
  maxCvss: number | null;
  worstCase: boolean;
}
export interface FleetDuty {
  id: string;
  who: string;
  title: string;
  summary: string;
  status: string;
  from?: string;
  deadline?: string;
  missing: string[];
  cites: { id: string; citation: string; url: string }[];
  action?: string;
}
export interface FleetFinding {
  key: string;
  vulnId: string;
  title: string;
  model: { id: string; manufacturer: string; name: string; version: string };
  cvss: { baseScore: number | null; vector: string } | null;
  severity: string;
  knownExploited: { dateAdded: string; ransomware: string } | null;
  evidence: { via: string; advisoryId: string; status: string; confidence?: number; component?: { name: string; version: string | null } }[];
  remediations: { category: string; details: string }[];
  analysis: { state: string; justification: string | null; detail: string | null; decidedAt: string | null };
  duties: FleetDuty[];
  units: number;
}
export interface FleetDashboard {
  asOf: string;
  units: number;
  exposedUnits: number;
  worstCase: number;
  bySite: { site: string; units: number; exposed: number; knownExploited: number }[];
  byCriticality: Record<string, { units: number; exposed: number }>;
  bySupport: Record<string, number>;
  orphanUnits: string[];
  overdueTriage: { key: string; vulnId: string; since: string }[];
  worst: UnitExposure[];
}

export const fleetApi = {
  dashboard: (orgId: string) => json<FleetDashboard>('GET', `${base(orgId)}/dashboard`),
  units: (orgId: string, cursor?: string) => json<{ items: FleetUnit[]; next: string | null }>('GET', `${base(orgId)}/units${query({ limit: 200, cursor })}`),
  exposure: (orgId: string) => json<{ asOf: string; items: UnitExposure[] }>('GET', `${base(orgId)}/exposure`),
  unit: (orgId: string, unitId: string) => json<{ unit: FleetUnit; exposure: UnitExposure | null; findings: FleetFinding[] }>('GET', `${base(orgId)}/units/${encodeURIComponent(unitId)}`),
  findings: (orgId: string) => json<{ asOf: string; items: FleetFinding[] }>('GET', `${base(orgId)}/findings`),
  triage: (orgId: string, body: { findingKey: string; state: string; justification?: string | null; detail?: string | null; expectedVersion: number }) =>
    json<{ version: number }>('POST', `${base(orgId)}/findings/triage`, body),
  history: (orgId: string, findingKey: string) => json<{ items: { at: string; actor: { displayName: string | null } | null; change: { state?: string; justification?: string | null; detail?: string | null; version?: number } }[] }>('GET', `${base(orgId)}/findings/history${query({ findingKey })}`),
  importCsv: (orgId: string, csv: string) => json<{ models: number; versions: number; unitsCreated: number; unitsUpdated: number }>('POST', `${base(orgId)}/inventory`, { csv }),
  startIncident: (orgId: string, findingKey: string, aware: string) => json<{ id: string }>('POST', `${base(orgId)}/findings/incident`, { findingKey, aware }),
};
