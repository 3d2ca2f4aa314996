/** Labels for the codes of the law library: act status, changelog kinds, uncertainty kinds, impact areas. */
export const ACT_STATUS_LABEL: Readonly<Record<string, string>> = {
  applies: 'Applies',
  'partly-applies': 'Applies in part',
  'applies-from': 'Applies from',
  repealed: 'Repealed',
};

export const CHANGE_KIND_LABEL: Readonly<Record<string, string>> = {
  correction: 'Correction',
  extension: 'Extension',
  verification: 'Verification',
  amendment: 'Amendment of the law',
  'scenario-enacted': 'Proposal became law',
};

export const UNCERTAINTY_KIND_LABEL: Readonly<Record<string, string>> = {
  contested: 'Contested',
  vague: 'Vague',
  unverified: 'Not verified',
};

export const IMPACT_AREA_LABEL: Readonly<Record<string, string>> = {
  act: 'Act',
  obligation: 'Duty',
  classification: 'Classification',
  deadline: 'Incident deadline',
};

