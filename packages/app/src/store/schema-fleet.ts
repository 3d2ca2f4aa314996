/** Row shapes of the fleet tables (migration 0006_fleet): inventory, SBOMs, advisories, match decisions and triage. */
export interface FleetSettingsTable {
  org_id: string;
  side: string;
  nis2_entity: string;
  triage_days: number;
  updated_at: string;
}

export interface FleetModelsTable {
  id: string;
  org_id: string;
  manufacturer: string;
  name: string;
  /** JSON list of strings. */
  aliases: string;
  product_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface FleetModelVersionsTable {
  id: string;
  org_id: string;
  model_id: string;
  version: string;
  support_end: string | null;
  created_at: string;
}

export interface FleetUnitsTable {
  id: string;
  org_id: string;
  model_version_id: string | null;
  serial: string | null;
  asset_tag: string | null;
  site: string | null;
  department: string | null;
  owner: string | null;
  installed_on: string | null;
  exposure: string;
  criticality: string;
  placed_on_market_on: string | null;
  support_end: string | null;
  created_at: string;
  updated_at: string;
}

export interface FleetSbomsTable {
  id: string;
  org_id: string;
  model_version_id: string;
  format: string;
  spec_version: string;
  serial_number: string | null;
  /** JSON list of the components read from the document. */
  components: string;
  document: string;
  sha256: string;
  created_at: string;
}

export interface FleetAdvisoriesTable {
  id: string;
  org_id: string;
  source: string;
  external_id: string;
  title: string;
  published: string;
  updated: string;
  /** The advisory (or KEV catalog) as read, JSON. */
  normalized: string;
  document: string;
  sha256: string;
  imported_at: string;
}

export interface FleetMatchDecisionsTable {
  org_id: string;
  match_key: string;
  decision: string;
  reason: string | null;
  decided_by: string;
  decided_at: string;
}

export interface FleetTriageTable {
  org_id: string;
  finding_key: string;
  state: string;
  justification: string | null;
  detail: string | null;
  /** 0, 1 or null (unknown). */
  exploited_in_network: number | null;
  decided_by: string;
  decided_at: string;
  version: number;
}

export interface FleetMds2Table {
  org_id: string;
  model_version_id: string;
  /** The MDS2 statement as JSON, answers keyed by question id. */
  statement: string;
  updated_at: string;
}

export interface FleetDatabase {
  fleet_mds2: FleetMds2Table;
  fleet_settings: FleetSettingsTable;
  fleet_models: FleetModelsTable;
  fleet_model_versions: FleetModelVersionsTable;
  fleet_units: FleetUnitsTable;
  fleet_sboms: FleetSbomsTable;
  fleet_advisories: FleetAdvisoriesTable;
  fleet_match_decisions: FleetMatchDecisionsTable;
  fleet_triage: FleetTriageTable;
}

/** In foreign-key order, for backup and restore. */
export const FLEET_TABLES = [
  'fleet_settings',
  'fleet_models',
  'fleet_model_versions',
  'fleet_units',
  'fleet_sboms',
  'fleet_advisories',
  'fleet_match_decisions',
  'fleet_mds2',
  'fleet_triage',
] as const satisfies readonly (keyof FleetDatabase)[];

export const FLEET_TABLE_KEYS: Record<(typeof FLEET_TABLES)[number], readonly string[]> = {
  fleet_settings: ['org_id'],
  fleet_models: ['id'],
  fleet_model_versions: ['id'],
  fleet_units: ['id'],
  fleet_sboms: ['id'],
  fleet_advisories: ['id'],
  fleet_match_decisions: ['org_id', 'match_key'],
  fleet_mds2: ['model_version_id'],
  fleet_triage: ['org_id', 'finding_key'],
};
