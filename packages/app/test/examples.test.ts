/**
 * The reviewed reference cases of examples/*.yaml. For each profile this pins the verdict of
 * every act of the knowledge base on 23 November 2026 (with the date from which it applies),
 * a few obligations that must or must not appear, and how the verdicts move across the
 * boundary that matters for it. The legal reasoning behind every expectation is written out in
 * examples/README.md; change the two together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assess, contrast, knowledgeBase, parseProfile, setFact } from '@iomt/core';
import type { Assessment, ObligationStatus, Profile } from '@iomt/core';

const examplesDir = join(import.meta.dirname, '../../../examples');
const AS_OF = '2026-11-23';

const source = (name: string) => readFileSync(join(examplesDir, `${name}.yaml`), 'utf8');

function load(name: string): Profile {
  const parsed = parseProfile(parse(source(name)));
  if (!parsed.ok) throw new Error(`${name}.yaml is not a valid profile: ${JSON.stringify(parsed.issues)}`);
  return parsed.profile;
}

/**
 * `act → verdict`, with the date for acts that apply or apply later: `applies 2018-05-25`,
 * `applies-from 2026-12-10`, `does-not-apply`, `no-longer-applies`, `unknown`.
 */
type VerdictMap = Record<string, string>;

function verdictMap(a: Assessment): VerdictMap {
  return Object.fromEntries(
    a.acts.map((r) => [
      r.act,
      r.verdict === 'applies' || r.verdict === 'applies-from' ? `${r.verdict} ${r.applicableFrom}` : r.verdict,
    ]),
  );
}

/** The entries of `after` that differ from `before`. */
function changes(before: VerdictMap, after: VerdictMap): VerdictMap {
  return Object.fromEntries(Object.entries(after).filter(([act, v]) => before[act] !== v));
}

const run = (profile: Profile, asOf = AS_OF) => assess(profile, { asOf, explain: false });
const statusOf = (a: Assessment, id: string): ObligationStatus | 'none' =>
  a.obligations.find((o) => o.id === id)?.status ?? 'none';

interface Expected {
  readonly verdicts: VerdictMap;
  /** Obligations that must appear, with their status. */
  readonly present: Readonly<Record<string, ObligationStatus>>;
  /** Obligations that must not appear at all. */
  readonly absent: readonly string[];
  /** Missing facts; only the incomplete example has any. */
  readonly missing?: readonly string[];
}

// Acts that every profile here gets the same answer for: no EU cybersecurity certificate is
// held or sought, and Regulation 1182/71 governs the counting of every period.
const common = {
  csa: 'does-not-apply',
  eucc: 'does-not-apply',
  'time-limits': 'applies 1971-07-01',
} as const;

const EXPECTED: Readonly<Record<string, Expected>> = {
  'ai-ecg-analysis-software': {
    verdicts: {
      mdr: 'applies 2021-05-26', ivdr: 'does-not-apply', 'mdcg-2019-16': 'applies 2020-01-06',
      'reg-2022-123': 'does-not-apply', cra: 'does-not-apply', red: 'does-not-apply', 'red-da': 'does-not-apply',
      gdpr: 'applies 2018-05-25', nis2: 'does-not-apply', nis: 'does-not-apply', cer: 'does-not-apply',
      'ai-act': 'applies 2025-02-02', 'data-act': 'does-not-apply', ehds: 'does-not-apply', gpsr: 'does-not-apply',
      sgd: 'does-not-apply', dcd: 'does-not-apply', 'pld-2024': 'does-not-apply', 'pld-1985': 'applies 1988-07-30',
      ...common,
    },
    present: {
      'mdr:notified-body-assessment': 'applies',
      'mdr:psur-annual': 'applies',
      'ai-act:ai-literacy-provider': 'applies',
      'gdpr:processor-breach-notice': 'applies',
      'gdpr:dpo-processor': 'applies',
    },
    absent: [
      // Placed in February 2026 and unchanged: Art 111(2) AI Act keeps Chapter III away until a significant change.
      'ai-act:risk-management-annex-i',
      'ai-act:serious-incident-reporting-annex-i',
      'cra:report-exploited-vulnerability',
      'gdpr:breach-notification-authority',
      'nis2:incident-early-warning-important',
    ],
  },
  'class-iia-glucose-meter': {
    verdicts: {
      mdr: 'applies 2021-05-26', ivdr: 'does-not-apply', 'mdcg-2019-16': 'applies 2020-01-06',
      'reg-2022-123': 'does-not-apply', cra: 'does-not-apply', red: 'applies 2016-06-13', 'red-da': 'does-not-apply',
      gdpr: 'applies 2018-05-25', nis2: 'applies 2024-10-18', nis: 'does-not-apply', cer: 'does-not-apply',
      'ai-act': 'does-not-apply', 'data-act': 'applies 2025-09-12', ehds: 'does-not-apply', gpsr: 'applies 2024-12-13',
      sgd: 'does-not-apply', dcd: 'does-not-apply', 'pld-2024': 'does-not-apply', 'pld-1985': 'applies 1988-07-30',
      ...common,
    },
    present: {
      'mdr:notified-body-assessment': 'applies',
      'mdr:protection-against-unauthorised-access': 'applies',
      'mdr:psur-biennial': 'applies',
      'mdr:register-earlier-devices': 'applies',
      'red:essential-requirements': 'applies',
      'nis2:incident-early-warning-important': 'applies',
      'gdpr:dpia': 'applies',
      'data-act:user-access': 'applies',
      'gpsr:recall-information-and-remedies': 'applies',
    },
    absent: [
      'cra:report-exploited-vulnerability',
      'red-da:personal-data-privacy',
      'nis2:incident-early-warning-essential',
      // Placed on 1 June 2025, before the Art 3(1) design duty reached products placed after 12 September 2026.
      'data-act:access-by-design',
      // The MDR covers the device's safety: the GPSR's general safety requirement is displaced (Art 2(1)).
      'gpsr:general-safety-requirement',
    ],
  },
  'class-iib-insulin-pump': {
    verdicts: {
      mdr: 'applies 2021-05-26', ivdr: 'does-not-apply', 'mdcg-2019-16': 'applies 2020-01-06',
      'reg-2022-123': 'does-not-apply', cra: 'does-not-apply', red: 'applies 2016-06-13', 'red-da': 'does-not-apply',
      gdpr: 'applies 2018-05-25', nis2: 'applies 2024-10-18', nis: 'does-not-apply', cer: 'does-not-apply',
      'ai-act': 'does-not-apply', 'data-act': 'applies 2025-09-12', ehds: 'does-not-apply', gpsr: 'applies 2024-12-13',
      sgd: 'does-not-apply', dcd: 'does-not-apply', 'pld-2024': 'does-not-apply', 'pld-1985': 'applies 1988-07-30',
      ...common,
    },
    present: {
      'mdr:psur-annual': 'applies',
      'mdr:report-serious-incident': 'applies',
      'nis2:risk-management-measures-important': 'applies',
      'data-act:share-with-third-party': 'applies',
    },
    absent: [
      'mdr:psur-biennial',
      // An Annex II manufacturer stays important however large it is (Art 3(2) NIS2).
      'nis2:risk-management-measures-essential',
      'red-da:network-protection',
      'cra:report-severe-incident',
      'pld-2024:manufacturer-liability',
    ],
  },
  'connected-ivd-analyser': {
    verdicts: {
      mdr: 'does-not-apply', ivdr: 'applies 2022-05-26', 'mdcg-2019-16': 'applies 2020-01-06',
      'reg-2022-123': 'does-not-apply', cra: 'does-not-apply', red: 'does-not-apply', 'red-da': 'does-not-apply',
      gdpr: 'applies 2018-05-25', nis2: 'applies 2024-10-18', nis: 'does-not-apply', cer: 'does-not-apply',
      'ai-act': 'does-not-apply', 'data-act': 'applies 2025-09-12', ehds: 'does-not-apply', gpsr: 'does-not-apply',
      sgd: 'does-not-apply', dcd: 'does-not-apply', 'pld-2024': 'does-not-apply', 'pld-1985': 'applies 1988-07-30',
      ...common,
    },
    present: {
      'ivdr:software-lifecycle-security': 'applies',
      'ivdr:pms-report': 'applies',
      'ivdr:report-serious-incident': 'applies',
      'nis2:incident-notification-important': 'applies',
      'gdpr:processor-terms': 'applies',
      'data-act:user-access': 'applies',
    },
    absent: [
      // Class A non-sterile: self-declared, no notified body, no PSUR (Arts 48(10), 80–81 IVDR).
      'ivdr:notified-body-assessment',
      'ivdr:psur',
      'cra:report-exploited-vulnerability',
      'gdpr:dpia',
    ],
  },
  'consumer-fitness-band': {
    verdicts: {
      mdr: 'does-not-apply', ivdr: 'does-not-apply', 'mdcg-2019-16': 'does-not-apply',
      'reg-2022-123': 'does-not-apply', cra: 'applies 2026-09-11', red: 'applies 2016-06-13',
      'red-da': 'applies 2025-08-01', gdpr: 'applies 2018-05-25', nis2: 'applies 2024-10-18', nis: 'does-not-apply',
      cer: 'does-not-apply', 'ai-act': 'does-not-apply', 'data-act': 'applies 2025-09-12', ehds: 'does-not-apply',
      gpsr: 'applies 2024-12-13', sgd: 'applies 2022-01-01', dcd: 'does-not-apply', 'pld-2024': 'does-not-apply',
      'pld-1985': 'applies 1988-07-30',
      ...common,
    },
    present: {
      'cra:report-exploited-vulnerability': 'applies',
      'cra:inform-users': 'applies',
      'red-da:network-protection': 'applies',
      'red-da:personal-data-privacy': 'applies',
      'gpsr:cybersecurity-in-safety-assessment': 'applies',
      'sgd:security-updates': 'applies',
      'nis2:supply-chain-security-important': 'applies',
    },
    absent: [
      // Units placed in March 2026 need not meet Annex I (Art 69(2) CRA); only Art 14 reaches them.
      'cra:essential-requirements',
      'cra:conformity-assessment-important-class-i',
      'red-da:fraud-protection',
      'data-act:access-by-design',
      'mdr:gspr-compliance',
    ],
  },
  'health-smartwatch-wellness': {
    verdicts: {
      mdr: 'does-not-apply', ivdr: 'does-not-apply', 'mdcg-2019-16': 'does-not-apply',
      'reg-2022-123': 'does-not-apply', cra: 'applies 2026-09-11', red: 'applies 2016-06-13',
      'red-da': 'applies 2025-08-01', gdpr: 'applies 2018-05-25', nis2: 'applies 2024-10-18', nis: 'does-not-apply',
      cer: 'does-not-apply', 'ai-act': 'applies 2025-02-02', 'data-act': 'applies 2025-09-12', ehds: 'does-not-apply',
      gpsr: 'applies 2024-12-13', sgd: 'applies 2022-01-01', dcd: 'does-not-apply',
      'pld-2024': 'applies-from 2026-12-10', 'pld-1985': 'does-not-apply',
      ...common,
    },
    present: {
      'red-da:fraud-protection': 'applies',
      'red-da:personal-data-privacy': 'applies',
      'data-act:access-by-design': 'applies',
      'ai-act:ai-literacy-provider': 'applies',
      'cra:report-severe-incident': 'applies',
      'pld-2024:security-updates-within-control': 'applies-from',
      'gdpr:dpia': 'applies',
    },
    absent: [
      'ai-act:transparency-provider',
      'ai-act:risk-management-annex-i',
      'cra:essential-requirements',
      'pld-1985:producer-liability',
    ],
  },
  'implantable-cardiac-monitor': {
    verdicts: {
      mdr: 'applies 2021-05-26', ivdr: 'does-not-apply', 'mdcg-2019-16': 'applies 2020-01-06',
      'reg-2022-123': 'does-not-apply', cra: 'does-not-apply', red: 'applies 2016-06-13', 'red-da': 'does-not-apply',
      gdpr: 'applies 2018-05-25', nis2: 'applies 2024-10-18', nis: 'does-not-apply', cer: 'does-not-apply',
      'ai-act': 'does-not-apply', 'data-act': 'applies 2025-09-12', ehds: 'does-not-apply', gpsr: 'does-not-apply',
      sgd: 'does-not-apply', dcd: 'does-not-apply', 'pld-2024': 'does-not-apply', 'pld-1985': 'applies 1988-07-30',
      ...common,
    },
    present: {
      'mdr:legacy-device-conditions': 'applies',
      'mdr:legacy-transition-ends-2027': 'applies',
      'mdr:psur-annual': 'applies',
      'mdr:report-death-or-serious-deterioration': 'applies',
      'mdr:register-earlier-devices': 'applies',
      'nis2:incident-early-warning-important': 'applies',
      'data-act:user-access': 'applies',
    },
    absent: [
      // A legacy device still rides on its AIMDD certificate: MDR conformity assessment is not yet due.
      'mdr:notified-body-assessment',
      'mdr:gspr-compliance',
      'mdr:legacy-transition-ends-2028',
      'red-da:network-protection',
      'cra:report-exploited-vulnerability',
    ],
  },
  'incomplete-telemonitoring-app': {
    verdicts: {
      mdr: 'unknown', ivdr: 'does-not-apply', 'mdcg-2019-16': 'unknown', 'reg-2022-123': 'unknown',
      cra: 'unknown', red: 'does-not-apply', 'red-da': 'does-not-apply', gdpr: 'applies 2018-05-25',
      nis2: 'unknown', nis: 'no-longer-applies', cer: 'does-not-apply', 'ai-act': 'does-not-apply',
      'data-act': 'does-not-apply', ehds: 'does-not-apply', gpsr: 'applies 2024-12-13', sgd: 'does-not-apply',
      dcd: 'does-not-apply', 'pld-2024': 'unknown', 'pld-1985': 'unknown',
      ...common,
    },
    present: {
      'mdr:notified-body-assessment': 'possible',
      'cra:report-exploited-vulnerability': 'possible',
      'nis2:incident-early-warning-important': 'possible',
      'pld-2024:manufacturer-liability': 'possible',
      'gdpr:health-data-condition': 'applies',
      'gdpr:breach-notification-authority': 'applies',
      'gpsr:recall-information-and-remedies': 'applies',
    },
    absent: ['gdpr:dpia', 'red-da:personal-data-privacy', 'data-act:user-access'],
    missing: [
      'product.placedOnMarketOn',
      'product.medicalDevice.qualification',
      'product.medicalDevice.medicalPurpose',
      'product.medicalDevice.class',
      'organisation.employees',
      'organisation.annualTurnoverEur',
      'organisation.balanceSheetEur',
      'organisation.healthActivities',
    ],
  },
  'large-hospital-group': {
    verdicts: {
      mdr: 'does-not-apply', ivdr: 'does-not-apply', 'mdcg-2019-16': 'does-not-apply',
      'reg-2022-123': 'does-not-apply', cra: 'does-not-apply', red: 'does-not-apply', 'red-da': 'does-not-apply',
      gdpr: 'applies 2018-05-25', nis2: 'applies 2024-10-18', nis: 'no-longer-applies', cer: 'applies 2024-10-18',
      'ai-act': 'does-not-apply', 'data-act': 'does-not-apply', ehds: 'does-not-apply', gpsr: 'does-not-apply',
      sgd: 'does-not-apply', dcd: 'does-not-apply', 'pld-2024': 'does-not-apply', 'pld-1985': 'does-not-apply',
      ...common,
    },
    present: {
      'nis2:incident-early-warning-essential': 'applies',
      'nis2:management-approval-essential': 'applies',
      // Notified on 15 September 2026: Chapter III applies ten months later (CER Art 6(3)).
      'cer:risk-assessment': 'applies-from',
      'cer:incident-initial-notification': 'applies-from',
      'gdpr:health-data-condition': 'applies',
      'gdpr:dpia': 'applies',
      'gdpr:dpo': 'applies',
    },
    absent: [
      'nis2:incident-early-warning-important',
      // Organisation-only profile: the AI triage tool has to be assessed in a product profile of its own.
      'ai-act:deployer-obligations-annex-iii',
    ],
  },
  'small-private-clinic': {
    verdicts: {
      mdr: 'does-not-apply', ivdr: 'does-not-apply', 'mdcg-2019-16': 'does-not-apply',
      'reg-2022-123': 'does-not-apply', cra: 'does-not-apply', red: 'does-not-apply', 'red-da': 'does-not-apply',
      gdpr: 'applies 2018-05-25', nis2: 'does-not-apply', nis: 'no-longer-applies', cer: 'does-not-apply',
      'ai-act': 'does-not-apply', 'data-act': 'does-not-apply', ehds: 'does-not-apply', gpsr: 'does-not-apply',
      sgd: 'does-not-apply', dcd: 'does-not-apply', 'pld-2024': 'does-not-apply', 'pld-1985': 'does-not-apply',
      ...common,
    },
    present: {
      'gdpr:health-data-condition': 'applies',
      'gdpr:security-of-processing': 'applies',
      'gdpr:breach-notification-authority': 'applies',
    },
    absent: ['gdpr:dpia', 'gdpr:dpo', 'nis2:incident-early-warning-important', 'nis2:incident-early-warning-essential'],
  },
  'smart-baby-monitor': {
    verdicts: {
      mdr: 'does-not-apply', ivdr: 'does-not-apply', 'mdcg-2019-16': 'does-not-apply',
      'reg-2022-123': 'does-not-apply', cra: 'applies 2026-09-11', red: 'applies 2016-06-13',
      'red-da': 'applies 2025-08-01', gdpr: 'applies 2018-05-25', nis2: 'does-not-apply', nis: 'does-not-apply',
      cer: 'does-not-apply', 'ai-act': 'does-not-apply', 'data-act': 'applies 2025-09-12', ehds: 'does-not-apply',
      gpsr: 'applies 2024-12-13', sgd: 'applies 2022-01-01', dcd: 'does-not-apply', 'pld-2024': 'does-not-apply',
      'pld-1985': 'applies 1988-07-30',
      ...common,
    },
    present: {
      'cra:report-severe-incident': 'applies',
      'red-da:network-protection': 'applies',
      'red-da:personal-data-privacy': 'applies',
      'gpsr:accident-notification': 'applies',
      'sgd:security-updates': 'applies',
    },
    absent: [
      'cra:essential-requirements',
      // A small enterprise: Chapter II of the Data Act does not apply to data from its products (Art 7(1)).
      'data-act:access-by-design',
      'data-act:user-access',
      'gdpr:dpia',
    ],
  },
  'telehealth-platform-operator': {
    verdicts: {
      mdr: 'does-not-apply', ivdr: 'does-not-apply', 'mdcg-2019-16': 'does-not-apply',
      'reg-2022-123': 'does-not-apply', cra: 'applies 2026-09-11', red: 'does-not-apply', 'red-da': 'does-not-apply',
      gdpr: 'applies 2018-05-25', nis2: 'applies 2024-10-18', nis: 'no-longer-applies', cer: 'does-not-apply',
      'ai-act': 'does-not-apply', 'data-act': 'does-not-apply', ehds: 'does-not-apply', gpsr: 'applies 2024-12-13',
      sgd: 'does-not-apply', dcd: 'does-not-apply', 'pld-2024': 'does-not-apply', 'pld-1985': 'applies 1988-07-30',
      ...common,
    },
    present: {
      'nis2:incident-early-warning-essential': 'applies',
      'nis2:supply-chain-security-essential': 'applies',
      'cra:report-exploited-vulnerability': 'applies',
      'gdpr:dpia': 'applies',
      'gdpr:dpo': 'applies',
    },
    absent: ['nis2:incident-early-warning-important', 'cra:essential-requirements', 'mdr:gspr-compliance'],
  },
  'wearable-importer': {
    verdicts: {
      mdr: 'does-not-apply', ivdr: 'does-not-apply', 'mdcg-2019-16': 'does-not-apply',
      'reg-2022-123': 'does-not-apply', cra: 'applies 2026-09-11', red: 'applies 2016-06-13', 'red-da': 'does-not-apply',
      gdpr: 'applies 2018-05-25', nis2: 'does-not-apply', nis: 'does-not-apply', cer: 'does-not-apply',
      'ai-act': 'does-not-apply', 'data-act': 'applies 2025-09-12', ehds: 'does-not-apply', gpsr: 'applies 2024-12-13',
      sgd: 'does-not-apply', dcd: 'does-not-apply', 'pld-2024': 'applies-from 2026-12-10', 'pld-1985': 'does-not-apply',
      ...common,
    },
    present: {
      'cra:importer-checks': 'applies-from',
      'cra:importer-vulnerability-information': 'applies-from',
      'red:importer-checks': 'applies',
      'gpsr:importer-checks': 'applies',
      'pld-2024:importer-liability': 'applies-from',
    },
    absent: [
      // Importers do not file Art 14 reports; the non-EU manufacturer does.
      'cra:report-exploited-vulnerability',
      'cra:essential-requirements',
      // Units imported from January 2028 are after the repeal of the RED delegated act.
      'red-da:importer-checks',
      'gdpr:breach-notification-authority',
      'data-act:pre-contract-information-product',
    ],
  },
};

const files = readdirSync(examplesDir).filter((f) => f.endsWith('.yaml')).sort();
const names = files.map((f) => f.replace(/\.yaml$/, ''));

describe('the example profiles', () => {
  it('are exactly the reviewed reference cases, each with a section in examples/README.md', () => {
    expect(names).toEqual(Object.keys(EXPECTED).sort());
    const readme = readFileSync(join(examplesDir, 'README.md'), 'utf8');
    for (const name of names) expect(readme).toContain(`examples/${name}.yaml`);
  });

  it.each(names)('%s validates against the profile schema and names itself', (name) => {
    const text = source(name);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/profile.schema.json');
    const parsed = parseProfile(parse(text));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(load(name).id).toBe(name);
  });

  it.each(names)('%s leaves open exactly the facts it means to', (name) => {
    const missing = run(load(name)).missingFacts;
    // Without a stated class the MDR class may still be derived from Annex VIII facts; those
    // are asked too, but the profile means to leave open only the facts listed.
    const annexViii = missing.filter((f) => f.startsWith('product.mdrClassification.'));
    expect(missing.filter((f) => !annexViii.includes(f))).toEqual(EXPECTED[name]?.missing ?? []);
    if (!EXPECTED[name]?.missing?.includes('product.medicalDevice.class')) expect(annexViii).toEqual([]);
  });

  it('cover every act of the knowledge base', () => {
    const acts = knowledgeBase.acts.map((a) => a.id).sort();
    for (const name of names) expect(Object.keys(EXPECTED[name]!.verdicts).sort()).toEqual(acts);
  });
});

describe.each(names)('%s on 23 November 2026', (name) => {
  const expected = EXPECTED[name]!;
  const result = run(load(name));

  it('gets the reviewed verdict for every act', () => {
    expect(verdictMap(result)).toEqual(expected.verdicts);
  });

  it('carries the key obligations, and not the ones that do not fit', () => {
    const present = Object.fromEntries(Object.keys(expected.present).map((id) => [id, statusOf(result, id)]));
    expect(present).toEqual(expected.present);
    expect(expected.absent.filter((id) => statusOf(result, id) !== 'none')).toEqual([]);
  });
});

describe('boundary dates', () => {
  const across = (name: string, dayBefore: string, day: string, profile = load(name)) =>
    changes(verdictMap(run(profile, dayBefore)), verdictMap(run(profile, day)));

  it('fitness band: the RED delegated act is repealed on 11 December 2027 and nothing else moves', () => {
    expect(across('consumer-fitness-band', '2027-12-10', '2027-12-11')).toEqual({ 'red-da': 'no-longer-applies' });
  });

  it('baby monitor: RED delegated act repealed on 11 December 2027; the CRA in full reaches units placed from that day', () => {
    expect(across('smart-baby-monitor', '2027-12-10', '2027-12-11')).toEqual({ 'red-da': 'no-longer-applies' });
    const monitor = load('smart-baby-monitor');
    // The units placed in October 2026 keep only the Art 14 reporting duties (Art 69(2)–(3) CRA) …
    expect(statusOf(run(monitor, '2027-12-11'), 'cra:essential-requirements')).toBe('none');
    expect(statusOf(run(monitor, '2027-12-11'), 'cra:report-exploited-vulnerability')).toBe('applies');
    // … a unit placed on 11 December 2027 must meet Annex I as an Annex III Class I product, not the RED delegated act.
    const newUnit = run(setFact(monitor, 'product.placedOnMarketOn', '2027-12-11'), '2027-12-11');
    expect(statusOf(newUnit, 'cra:essential-requirements')).toBe('applies');
    expect(statusOf(newUnit, 'cra:conformity-assessment-important-class-i')).toBe('applies');
    expect(verdictMap(newUnit)['red-da']).toBe('does-not-apply');
  });

  it('smartwatch: the new Product Liability Directive applies from 10 December 2026, the RED delegated act ends on 11 December 2027', () => {
    expect(across('health-smartwatch-wellness', '2026-12-09', '2026-12-10')).toEqual({ 'pld-2024': 'applies 2026-12-10' });
    expect(across('health-smartwatch-wellness', '2027-12-10', '2027-12-11')).toEqual({ 'red-da': 'no-longer-applies' });
  });

  it('importer: the new Product Liability Directive from 10 December 2026, CRA importer duties from 11 December 2027', () => {
    expect(across('wearable-importer', '2026-12-09', '2026-12-10')).toEqual({ 'pld-2024': 'applies 2026-12-10' });
    const importer = load('wearable-importer');
    expect(statusOf(run(importer, '2027-12-10'), 'cra:importer-checks')).toBe('applies-from');
    expect(statusOf(run(importer, '2027-12-11'), 'cra:importer-checks')).toBe('applies');
  });

  it('AI ECG software: the Art 6(1) high-risk rules start on 2 August 2028 but reach it only after a significant change', () => {
    const ecg = load('ai-ecg-analysis-software');
    const part = (asOf: string) => run(ecg, asOf).acts.find((a) => a.act === 'ai-act')!.parts.find((p) => p.part === 'high-risk-annex-i');
    expect(part('2028-08-01')).toMatchObject({ status: 'applies-from', from: '2028-08-02' });
    expect(part('2028-08-02')).toMatchObject({ status: 'applies', from: '2028-08-02' });
    expect(across('ai-ecg-analysis-software', '2028-08-01', '2028-08-02')).toEqual({});
    expect(statusOf(run(ecg, '2028-08-02'), 'ai-act:risk-management-annex-i')).toBe('none');
    const changed = setFact(setFact(ecg, 'product.substantiallyModified', true), 'product.substantiallyModifiedOn', '2028-09-01');
    expect(statusOf(run(changed), 'ai-act:risk-management-annex-i')).toBe('applies-from');
    expect(statusOf(run(changed, '2028-09-01'), 'ai-act:accuracy-robustness-cybersecurity-annex-i')).toBe('applies');
  });

  it.each(['class-iia-glucose-meter', 'class-iib-insulin-pump', 'connected-ivd-analyser', 'implantable-cardiac-monitor'])(
    '%s: a device is untouched by the CRA and RED delegated-act switch of 11 December 2027',
    (name) => {
      expect(across(name, '2027-12-10', '2027-12-11')).toEqual({});
    },
  );

  it.each(['class-iia-glucose-meter', 'class-iib-insulin-pump', 'connected-ivd-analyser'])(
    '%s: units placed on 9 December 2026 stay under Directive 85/374/EEC, units placed on 10 December under Directive (EU) 2024/2853',
    (name) => {
      const placed = (date: string) => verdictMap(run(setFact(load(name), 'product.placedOnMarketOn', date), '2026-12-10'));
      expect(changes(placed('2026-12-09'), placed('2026-12-10'))).toEqual({
        'pld-2024': 'applies 2026-12-10',
        'pld-1985': 'does-not-apply',
      });
    },
  );

  it('glucose system: the Data Act design duty reaches units placed after 12 September 2026', () => {
    const placed = (date: string) => statusOf(run(setFact(load('class-iia-glucose-meter'), 'product.placedOnMarketOn', date)), 'data-act:access-by-design');
    expect(placed('2026-09-12')).toBe('none');
    expect(placed('2026-09-13')).toBe('applies');
  });

  it.each(['large-hospital-group', 'telehealth-platform-operator'])(
    '%s: NIS2 replaces NIS on 18 October 2024',
    (name) => {
      expect(across(name, '2024-10-17', '2024-10-18')).toMatchObject({ nis: 'no-longer-applies', nis2: 'applies 2024-10-18' });
    },
  );

  it('hospital group: CER applies from 18 October 2024 and stops applying if the identification is withdrawn', () => {
    expect(across('large-hospital-group', '2024-10-17', '2024-10-18')).toMatchObject({ cer: 'applies 2024-10-18' });
    const c = contrast(load('large-hospital-group'), { asOf: AS_OF }, {
      facts: { 'organisation.cerCriticalEntity': false, 'organisation.cerNotifiedOn': null },
    });
    expect(c.acts.map((a) => `${a.act}: ${a.base} -> ${a.variant}`)).toEqual(['cer: applies -> does-not-apply']);
    // Still essential under NIS2 as a large Annex I healthcare provider (Art 3(1)(a)).
    expect(statusOf(c.other, 'nis2:incident-early-warning-essential')).toBe('applies');
  });

  it('small clinic: NIS2 starts at 50 staff (the small-enterprise ceiling), as an important entity', () => {
    const staff = (n: number) => run(setFact(load('small-private-clinic'), 'organisation.employees', n));
    expect(verdictMap(staff(49)).nis2).toBe('does-not-apply');
    expect(verdictMap(staff(50)).nis2).toBe('applies 2024-10-18');
    expect(statusOf(staff(50), 'nis2:incident-early-warning-important')).toBe('applies');
  });
});

describe('contrasts shown in examples/README.md', () => {
  it('fitness band certified as a class IIa medical device: MDR in, CRA and RED delegated act out', () => {
    const c = contrast(load('consumer-fitness-band'), { asOf: AS_OF }, {
      facts: {
        'product.medicalDevice.qualification': 'medical-device',
        'product.medicalDevice.class': 'IIa',
        'product.medicalDevice.legacyDevice': false,
      },
    });
    expect(Object.fromEntries(c.acts.map((a) => [a.act, a.variant]))).toEqual({
      mdr: 'applies', 'mdcg-2019-16': 'applies', cra: 'does-not-apply', 'red-da': 'does-not-apply',
    });
    expect(statusOf(c.other, 'mdr:notified-body-assessment')).toBe('applies');
    expect(statusOf(c.other, 'gpsr:general-safety-requirement')).toBe('none');
  });

  it('telemonitoring app: the MDR answer decides between the MDR and the CRA', () => {
    const app = load('incomplete-telemonitoring-app');
    const asDevice = verdictMap(run(setFact(app, 'product.medicalDevice.qualification', 'medical-device')));
    expect(asDevice).toMatchObject({ mdr: 'applies 2021-05-26', cra: 'does-not-apply' });
    const notDevice = verdictMap(run(setFact(app, 'product.medicalDevice.qualification', 'not-a-device')));
    expect(notDevice).toMatchObject({ mdr: 'does-not-apply', cra: 'applies 2026-09-11', 'mdcg-2019-16': 'does-not-apply' });
  });

  it('telemonitoring app: once every fact is settled nothing stays unknown', () => {
    let app = load('incomplete-telemonitoring-app');
    const answers: Record<string, unknown> = {
      'product.medicalDevice.qualification': 'medical-device',
      'product.medicalDevice.class': 'IIa',
      'product.placedOnMarketOn': '2027-03-01',
      'organisation.healthActivities': ['medical-device-manufacturing'],
      'organisation.employees': 30,
      'organisation.annualTurnoverEur': 3_000_000,
      'organisation.balanceSheetEur': 2_000_000,
    };
    for (const [path, value] of Object.entries(answers)) app = setFact(app, path, value);
    const r = run(app);
    expect(r.missingFacts).toEqual([]);
    expect(Object.values(verdictMap(r))).not.toContain('unknown');
    expect(verdictMap(r)).toMatchObject({ mdr: 'applies 2021-05-26', nis2: 'does-not-apply', 'pld-2024': 'applies-from 2026-12-10' });
  });
});
