/**
 * The fleet's shared shapes: advisories, exploitation records and SBOM components as the
 * matcher reads them (normalised from CSAF, OSV, KEV, CycloneDX and SPDX), inventory rows,
 * matches and findings. No logic here, so every fleet module can depend on it.
 */

export type AdvisorySource = 'csaf' | 'osv';

export interface CvssScore {
  version: string;
  /** Null where the source gives only a vector. */
  baseScore: number | null;
  baseSeverity: string;
  vector: string;
}

/** What an advisory says is affected: a product named in free text, a package, or a CPE name. */
export type AffectedRef =
  | {
      kind: 'product';
      /** The advisory's own id for the product (CSAF product_id). */
      productId: string;
      vendor: string;
      product: string;
      /** The version text exactly as published (free text or `vers:`), or null when none is given. */
      versionText: string | null;
      /** Whether `versionText` names a range (CSAF product_version_range) or one version. */
      versionIsRange: boolean;
    }
  | {
      kind: 'package';
      productId?: string;
      /** `type/namespace/name` of the purl (see `packageKey`). */
      packageKey: string;
      /** Purl type or OSV ecosystem, which selects the version order. */
      ecosystem: string;
      range:
        | { type: 'vers'; vers: string }
        | { type: 'osv-events'; events: Record<string, string>[] }
        | { type: 'versions'; versions: string[] }
        | { type: 'all' };
    }
  | { kind: 'cpe'; productId?: string; cpe: string };

export interface Remediation {
  category: string;
  details: string;
  url?: string;
}

export interface AdvisoryVulnerability {
  /** CVE id where there is one, else the advisory's own id for it. */
  id: string;
  aliases: string[];
  title: string;
  cwe?: string;
  cvss?: CvssScore;
  affected: AffectedRef[];
  remediations: Remediation[];
}

export interface Advisory {
  source: AdvisorySource;
  id: string;
  title: string;
  publisher: string;
  published: string;
  updated: string;
  url?: string;
  vulnerabilities: AdvisoryVulnerability[];
}

export interface KevEntry {
  cve: string;
  vendor: string;
  product: string;
  name: string;
  dateAdded: string;
  dueDate: string | null;
  ransomware: 'known' | 'unknown';
  requiredAction: string;
}

export interface KevCatalog {
  version: string;
  released: string;
  entries: KevEntry[];
}

export interface SbomComponent {
  ref: string;
  name: string;
  version: string | null;
  supplier: string | null;
  purl: string | null;
  cpe: string | null;
}

export interface Sbom {
  format: 'cyclonedx' | 'spdx';
  specVersion: string;
  serialNumber: string | null;
  created: string | null;
  components: SbomComponent[];
}

export type Exposure = 'internet-facing' | 'segmented' | 'isolated' | 'unknown';
export type Criticality = 'high' | 'medium' | 'low' | 'unknown';

export interface DeviceModel {
  id: string;
  manufacturer: string;
  name: string;
  /** Other names the model is sold or listed under (catalogue numbers, family names). */
  aliases: string[];
  /** Product profile the law is assessed on, when linked. */
  productId: string | null;
}

export interface ModelVersion {
  id: string;
  modelId: string;
  version: string;
  /** The manufacturer's declared end of support for this version (YYYY-MM-DD), if known. */
  supportEnd: string | null;
}

export interface DeviceUnit {
  id: string;
  modelVersionId: string | null;
  serial: string | null;
  assetTag: string | null;
  site: string | null;
  department: string | null;
  owner: string | null;
  installedOn: string | null;
  exposure: Exposure;
  criticality: Criticality;
  placedOnMarketOn: string | null;
  supportEnd: string | null;
}

export type AnalysisState = 'under_investigation' | 'affected' | 'not_affected' | 'fixed';
export const ANALYSIS_STATES: readonly AnalysisState[] = ['under_investigation', 'affected', 'not_affected', 'fixed'];
/** CycloneDX/CSAF VEX justifications for `not_affected`. */
export const JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;
export type Justification = (typeof JUSTIFICATIONS)[number];
