/** Labels for the fleet's codes as people read them (pages, reports). Self-contained: no imports. */

export const ANALYSIS_STATE_LABELS: Readonly<Record<string, string>> = {
  under_investigation: 'Under investigation',
  affected: 'Affected',
  not_affected: 'Not affected',
  fixed: 'Fixed',
};

export const JUSTIFICATION_LABELS: Readonly<Record<string, string>> = {
  component_not_present: 'The vulnerable component is not present',
  vulnerable_code_not_present: 'The vulnerable code is not present',
  vulnerable_code_not_in_execute_path: 'The vulnerable code is never executed',
  vulnerable_code_cannot_be_controlled_by_adversary: 'An attacker cannot reach or control the vulnerable code',
  inline_mitigations_already_exist: 'Mitigations in the device already prevent exploitation',
};

export const EXPOSURE_LABELS: Readonly<Record<string, string>> = {
  'internet-facing': 'Internet-facing',
  segmented: 'Segmented network',
  isolated: 'Isolated',
  unknown: 'Exposure unknown',
};

export const CRITICALITY_LABELS: Readonly<Record<string, string>> = { high: 'High', medium: 'Medium', low: 'Low', unknown: 'Unknown' };

export const SUPPORT_LABELS: Readonly<Record<string, string>> = {
  supported: 'Supported',
  'ending-soon': 'Support ending soon',
  'out-of-support': 'Out of support',
  unknown: 'Support unknown',
};

export const DUTY_STATUS_LABELS: Readonly<Record<string, string>> = {
  applies: 'Applies',
  'applies-from': 'Applies from',
  possible: 'Possible (facts missing)',
  'not-applicable': 'Does not apply',
};

export const MATCH_VIA_LABELS: Readonly<Record<string, string>> = {
  model: 'advisory names the model',
  purl: 'SBOM component (package URL)',
  cpe: 'SBOM component (CPE name)',
};

export const label = (map: Readonly<Record<string, string>>, code: string | null | undefined): string => (code ? (map[code] ?? code) : '—');
