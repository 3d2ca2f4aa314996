/**
 * Deciding the risk of a personal data breach (GDPR Art 33(1), 34(1)) from its factors, as the
 * EDPB guidelines lay them out. Each kind of breach (confidentiality, integrity, availability)
 * has a decision list: the first rule that holds decides that kind's level; the overall level is
 * the highest of the kinds the breach affected. Rules read incident facts, so an unknown factor
 * becomes a question and the outcome stays open between the levels it could still lead to.
 *
 * The lists encode the guidelines' reasoning, not a score: the controller remains responsible for
 * the assessment and may always record its own (`incident.breachRisk`, with its reasoning).
 */
import { all, any, eq, firstKnown, has, is, not, oneOf } from '../dsl.ts';
import type { ProvisionId } from '../provision-id.ts';
import type { Condition } from '../types.ts';
import { guidance } from './guidance.ts';
import type { GuidanceRef } from './guidance.ts';

export type BreachRiskLevel = 'unlikely' | 'risk' | 'high-risk';
export type BreachKind = 'confidentiality' | 'integrity' | 'availability';

export const RISK_ORDER: Readonly<Record<BreachRiskLevel, number>> = { unlikely: 0, risk: 1, 'high-risk': 2 };

export interface BreachRiskRule {
  readonly id: string;
  readonly level: BreachRiskLevel;
  readonly when: Condition;
  /** Why the rule gives this level, in our words. */
  readonly because: string;
  readonly cite: ProvisionId;
  readonly guidance: readonly GuidanceRef[];
}

export interface BreachKindList {
  readonly kind: BreachKind;
  readonly rules: readonly BreachRiskRule[];
  /** The level where no rule holds. */
  readonly otherwise: Omit<BreachRiskRule, 'when' | 'id'> & { readonly id: string };
}

const FACTORS = guidance('edpb-9-2022', 'Section IV.B (factors to consider when assessing risk)', true);
const SPECIAL_LIKELY = guidance('edpb-9-2022', 'para 102', true);
const NOT_REQUIRED = guidance('edpb-9-2022', 'Section II.D (conditions where notification is not required)', true);

const unintelligible = is('incident.dataUnintelligible', {
  label: 'the data were unintelligible to unauthorised persons (state-of-the-art encryption, key not compromised)',
  cite: 'gdpr:art-34(3)(a)',
});
const trusted = is('incident.trustedRecipient', { label: 'the data went only to a trusted recipient who returned or deleted them', cite: 'gdpr:art-33(1)' });
const notIdentifiable = eq('incident.breachIdentifiability', 'not-identifiable', { label: 'the people cannot be identified from the data', cite: 'gdpr:art-4(1)' });
const specialStated = is('incident.specialCategoryData', { label: 'special-category data such as health data are involved', cite: 'gdpr:art-9(1)' });
/** The kind of data where stated; else the older yes/no on special categories answers it. */
const special = firstKnown(
  eq('incident.breachDataKind', 'special-category', { label: 'special-category data such as health data are involved', cite: 'gdpr:art-9(1)' }),
  specialStated,
  { label: 'special-category data such as health data are involved', cite: 'gdpr:art-9(1)' },
);
const publicKind = eq('incident.breachDataKind', 'public', { label: 'the data were already public', cite: 'gdpr:art-33(1)' });
/** Special-category data stated as involved rule out that only public data were breached. */
const publicData = firstKnown(publicKind, all(not(specialStated), publicKind), { label: 'the data were already public', cite: 'gdpr:art-33(1)' });
const sensitive = eq('incident.breachDataKind', 'sensitive', { label: 'financial, identity, credential or similarly harmful data are involved', cite: 'gdpr:art-33(1)' });
const misuse = is('incident.misuseEvidence', { label: 'the data are in malicious hands or being misused', cite: 'gdpr:art-34(1)' });
const severe = eq('incident.breachConsequences', 'severe', { label: 'the consequences for the people can be severe or irreversible', cite: 'gdpr:art-34(1)' });
const negligible = eq('incident.breachConsequences', 'negligible', { label: 'the consequences for the people are negligible', cite: 'gdpr:art-33(1)' });
const notNegligible = not(negligible, { label: 'the consequences are more than negligible', cite: 'gdpr:art-33(1)' });
const vulnerable = is('incident.vulnerableIndividuals', { label: 'the people concerned are vulnerable (children, patients)', cite: 'gdpr:art-33(1)' });
const healthProvider = has('organisation.roles', 'healthcare-provider', { label: 'the controller provides healthcare', cite: 'gdpr:art-9(2)(h)' });
const restoredPromptly = eq('incident.breachRestoration', 'restored-promptly', { label: 'the data were restored promptly from a backup without effect on people', cite: 'gdpr:art-32(1)(c)' });
const restoredLate = eq('incident.breachRestoration', 'restored-with-delay', { label: 'the data were restored only after a delay that affected people', cite: 'gdpr:art-32(1)(c)' });
const notRestorable = eq('incident.breachRestoration', 'not-restorable', { label: 'the data cannot be restored', cite: 'gdpr:art-32(1)(c)' });
const notRestoredPromptly = oneOf('incident.breachRestoration', ['restored-with-delay', 'not-restorable'], { label: 'the data were not restored promptly', cite: 'gdpr:art-32(1)(c)' });
const identifiable = not(notIdentifiable, { label: 'the people can be identified from the data', cite: 'gdpr:art-4(1)' });

export const CONFIDENTIALITY: BreachKindList = {
  kind: 'confidentiality',
  rules: [
    {
      id: 'conf-unintelligible',
      level: 'unlikely',
      when: unintelligible,
      because: 'the disclosed data are unintelligible to whoever obtained them: state-of-the-art encryption whose key was not compromised protects their confidentiality',
      cite: 'gdpr:art-34(3)(a)',
      guidance: [NOT_REQUIRED, guidance('edpb-01-2021', 'case 10 (stolen material storing encrypted personal data)')],
    },
    {
      id: 'conf-trusted-recipient',
      level: 'unlikely',
      when: trusted,
      because: 'the data reached only a trusted recipient who acted on the instruction to return or delete them, so harm is unlikely',
      cite: 'gdpr:art-33(1)',
      guidance: [FACTORS],
    },
    {
      id: 'conf-not-identifiable',
      level: 'unlikely',
      when: notIdentifiable,
      because: 'nobody can be identified from the disclosed data with the means reasonably available (e.g. pseudonymised data whose key is safe)',
      cite: 'gdpr:art-4(1)',
      guidance: [FACTORS],
    },
    {
      id: 'conf-public',
      level: 'unlikely',
      when: publicData,
      because: 'the data were already public, so their disclosure does not add a likely risk',
      cite: 'gdpr:art-33(1)',
      guidance: [NOT_REQUIRED],
    },
    {
      id: 'conf-special',
      level: 'high-risk',
      when: all(special, identifiable),
      because: 'identifiable health or other special-category data were disclosed: the guidelines treat damage to the people as likely in that case',
      cite: 'gdpr:art-34(1)',
      guidance: [SPECIAL_LIKELY, guidance('edpb-01-2021', 'case 11 (stolen material storing non-encrypted personal data) and case 12 (stolen paper files with sensitive data)')],
    },
    {
      id: 'conf-severe',
      level: 'high-risk',
      when: severe,
      because: 'the consequences for the people can be severe or irreversible',
      cite: 'gdpr:art-34(1)',
      guidance: [FACTORS],
    },
    {
      id: 'conf-vulnerable',
      level: 'high-risk',
      when: all(vulnerable, identifiable, notNegligible),
      because: 'the people concerned are vulnerable (children, patients), which places them at greater risk of harm',
      cite: 'gdpr:art-34(1)',
      guidance: [FACTORS],
    },
    {
      id: 'conf-sensitive',
      level: 'high-risk',
      when: all(sensitive, identifiable, notNegligible),
      because: 'financial, identity or credential data of identifiable people expose them to identity theft or fraud',
      cite: 'gdpr:art-34(1)',
      guidance: [FACTORS, guidance('edpb-01-2021', 'case 5 (exfiltration of job application data from a website) and case 7 (credential stuffing attack on a banking website)')],
    },
    {
      id: 'conf-misuse',
      level: 'risk',
      when: all(misuse, identifiable),
      because: 'the data are in malicious hands or already misused: harm is likely enough that the breach cannot be treated as unlikely to result in a risk, though the data alone do not make it a high risk',
      cite: 'gdpr:art-33(1)',
      guidance: [FACTORS, guidance('edpb-01-2021', 'case 8 (exfiltration of business data by a former employee)')],
    },
    {
      id: 'conf-negligible',
      level: 'unlikely',
      when: negligible,
      because: 'the disclosure can have no more than negligible consequences for the people',
      cite: 'gdpr:art-33(1)',
      guidance: [FACTORS],
    },
  ],
  otherwise: {
    id: 'conf-default',
    level: 'risk',
    because: 'identifiable personal data were disclosed to someone not entitled to them, with consequences that are real but neither severe nor aggravated',
    cite: 'gdpr:art-33(1)',
    guidance: [FACTORS],
  },
};

export const INTEGRITY: BreachKindList = {
  kind: 'integrity',
  rules: [
    {
      id: 'int-restored',
      level: 'unlikely',
      when: restoredPromptly,
      because: 'the altered data were restored promptly from a backup, before any decision rested on them',
      cite: 'gdpr:art-32(1)(c)',
      guidance: [FACTORS, guidance('edpb-01-2021', 'case 1 (ransomware with proper backup and without exfiltration)')],
    },
    {
      id: 'int-severe',
      level: 'high-risk',
      when: severe,
      because: 'decisions taken on the altered data can have severe or irreversible consequences for the people',
      cite: 'gdpr:art-34(1)',
      guidance: [FACTORS],
    },
    {
      id: 'int-special',
      level: 'high-risk',
      when: all(special, notRestoredPromptly, notNegligible),
      because: 'altered health data that could not be restored promptly can lead to wrong care (e.g. wrong doses or diagnoses)',
      cite: 'gdpr:art-34(1)',
      guidance: [SPECIAL_LIKELY, FACTORS],
    },
    {
      id: 'int-negligible',
      level: 'unlikely',
      when: negligible,
      because: 'the alteration can have no more than negligible consequences for the people',
      cite: 'gdpr:art-33(1)',
      guidance: [FACTORS],
    },
  ],
  otherwise: {
    id: 'int-default',
    level: 'risk',
    because: 'personal data were altered without being restored promptly',
    cite: 'gdpr:art-33(1)',
    guidance: [FACTORS],
  },
};

export const AVAILABILITY: BreachKindList = {
  kind: 'availability',
  rules: [
    {
      id: 'avail-restored',
      level: 'unlikely',
      when: restoredPromptly,
      because: 'the data were restored promptly from a backup and the people felt no effect; the breach is still documented (Art 33(5))',
      cite: 'gdpr:art-33(1)',
      guidance: [guidance('edpb-01-2021', 'case 1 (ransomware with proper backup and without exfiltration)')],
    },
    {
      id: 'avail-severe',
      level: 'high-risk',
      when: severe,
      because: 'losing access to the data can have severe or irreversible consequences for the people',
      cite: 'gdpr:art-34(1)',
      guidance: [FACTORS],
    },
    {
      id: 'avail-care-delayed',
      level: 'high-risk',
      when: all(restoredLate, any(healthProvider, vulnerable)),
      because: 'patients or other vulnerable people went without data they depend on (e.g. treatment postponed while a hospital restored its systems)',
      cite: 'gdpr:art-34(1)',
      guidance: [guidance('edpb-01-2021', 'case 3 (ransomware with backup and without exfiltration in a hospital)')],
    },
    {
      id: 'avail-special-lost',
      level: 'high-risk',
      when: all(notRestorable, special),
      because: 'health or other special-category data were lost for good: the people lose records their care or rights depend on',
      cite: 'gdpr:art-34(1)',
      guidance: [guidance('edpb-01-2021', 'case 2 (ransomware without proper backup)'), SPECIAL_LIKELY],
    },
    {
      id: 'avail-negligible',
      level: 'unlikely',
      when: negligible,
      because: 'the unavailability can have no more than negligible consequences for the people',
      cite: 'gdpr:art-33(1)',
      guidance: [FACTORS],
    },
  ],
  otherwise: {
    id: 'avail-default',
    level: 'risk',
    because: 'personal data were unavailable for a time that affected the people, or lost',
    cite: 'gdpr:art-33(1)',
    guidance: [guidance('edpb-01-2021', 'case 2 (ransomware without proper backup)')],
  },
};

export const BREACH_KIND_LISTS: readonly BreachKindList[] = [CONFIDENTIALITY, INTEGRITY, AVAILABILITY];

/** What each level means for the notifications, for the explanation. */
export const LEVEL_OUTCOME: Readonly<Record<BreachRiskLevel, string>> = {
  unlikely: 'no notification to the supervisory authority and no communication to the people (Art 33(1)); document the breach (Art 33(5))',
  risk: 'notify the supervisory authority within 72 hours (Art 33(1)); no communication to the people is required (Art 34(1))',
  'high-risk': 'notify the supervisory authority within 72 hours (Art 33(1)) and tell the people affected without undue delay (Art 34(1)), unless an exemption of Art 34(3) applies',
};

export const NUMBER_NOTE =
  'The number of people affected weighs in the assessment (the more people, the greater the impact), but the guidelines set no number at which the level changes and a breach of one person’s data can be high-risk; the count is recorded, not scored (EDPB Guidelines 9/2022, Section IV.B).';
