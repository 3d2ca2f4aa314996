/** Words shown to people for the engine's codes. */
import type { ObligationCategory, ObligationStatus, Verdict } from '@iomt/core';

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  applies: 'applies',
  'applies-from': 'applies later',
  'does-not-apply': 'does not apply',
  'no-longer-applies': 'no longer applies',
  unknown: 'open',
};

export const STATUS_LABEL: Readonly<Record<ObligationStatus | 'none', string>> = {
  applies: 'applies',
  'applies-from': 'applies later',
  possible: 'possible',
  none: '—',
};

export const CATEGORY_LABEL: Readonly<Record<ObligationCategory, string>> = {
  'security-requirements': 'Security requirements',
  'vulnerability-handling': 'Vulnerability handling',
  'incident-reporting': 'Incident reporting',
  'conformity-assessment': 'Conformity assessment and certification',
  'post-market-surveillance': 'Post-market surveillance',
  'updates-and-support': 'Updates and support period',
  'documentation-and-information': 'Documentation and user information',
  'data-access-rights': 'Data access rights',
  governance: 'Governance',
  liability: 'Liability',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_LABEL) as ObligationCategory[];
