/**
 * Is the incident significant (NIS2), serious (MDR, IVDR, AI Act) or an accident (GPSR)? Each
 * aid gathers the criteria the law and official guidance give into one cited test, so the plan
 * can say which criterion decided and ask for the ones still open. Where the case leaves the
 * notifier's own assessment open and the aid decides it, the planner writes the aid's answer
 * into the fact the duties read (`derives`), and says so.
 */
import { all, any, hasAny, is, not, oneOf } from '../dsl.ts';
import type { FactPath } from '../../facts/vocabulary.ts';
import type { ActId, ProvisionId } from '../provision-id.ts';
import type { Condition } from '../types.ts';
import { SIGNIFICANCE_CRITERIA } from '../acts/nis2.ts';
import { guidance } from './guidance.ts';
import type { GuidanceRef } from './guidance.ts';

export interface SignificanceAid {
  readonly id: string;
  readonly act: ActId;
  readonly question: string;
  readonly cite: ProvisionId;
  /** Holds when the incident is significant / serious / an accident. */
  readonly test: Condition;
  readonly guidance: readonly GuidanceRef[];
  /** The notifier's own answer the aid stands in for while it is not given. */
  readonly derives?: FactPath;
  readonly note?: string;
}

/** The providers Implementing Regulation (EU) 2024/2690 covers, as far as the vocabulary names them (Art 1). */
const ir2690Provider = hasAny('organisation.digitalActivities', ['cloud-computing', 'data-centre', 'managed-service', 'managed-security-service', 'online-marketplace'], {
  label: 'the entity provides a service covered by Implementing Regulation (EU) 2024/2690 (cloud, data centre, managed (security) service, online marketplace)',
  cite: 'nis2:art-21(5)',
});

const securityIncident = is('incident.securityIncident', {
  label: 'an event compromised the availability, authenticity, integrity or confidentiality of data or services (an incident)',
  cite: 'nis2:art-6(6)',
});

export const NIS2_SIGNIFICANT: SignificanceAid = {
  id: 'nis2-significant-incident',
  act: 'nis2',
  question: 'Is it a significant incident?',
  cite: 'nis2:art-23(3)',
  test: all(
    securityIncident,
    any(
      all(
        ir2690Provider,
        hasAny('incident.ir2690Criteria', ['financial-loss', 'trade-secrets', 'death', 'health-damage', 'malicious-access', 'recurring', 'entity-specific'], {
          label: 'it meets a criterion of Implementing Regulation (EU) 2024/2690 Art 3–14',
          cite: 'nis2:art-23(11)',
        }),
      ),
      all(
        not(ir2690Provider, { label: 'the Implementing Regulation’s criteria do not govern the entity', cite: 'nis2:art-21(5)' }),
        SIGNIFICANCE_CRITERIA,
      ),
    ),
  ),
  guidance: [guidance('ir-2024-2690', 'Art 3(1)(a)–(g), Art 4 and Recital 30', true)],
  derives: 'incident.significantIncident',
  note: 'National transposing law or the competent authority may set further thresholds for entities outside the Implementing Regulation; the assessment is the entity’s own, on what it knows when it becomes aware (Recital 31 of the Implementing Regulation).',
};

const causalNotExcluded = oneOf('incident.causalLink', ['established', 'reasonably-possible'], {
  label: 'a causal relationship with the product is established or reasonably possible (not excluded)',
  cite: 'mdr:art-87(3)',
});

const seriousOutcome = (cite: ProvisionId): Condition =>
  oneOf('incident.deviceSeriousIncident', ['serious-deterioration', 'unanticipated-serious-deterioration', 'death', 'serious-public-health-threat'], {
    label: 'it led, might have led or might lead to death, a serious deterioration of health, or a serious public health threat',
    cite,
  });

const deviceSerious = (act: 'mdr' | 'ivdr', incidentCite: ProvisionId, seriousCite: ProvisionId, sideEffectCite: ProvisionId): Condition =>
  all(
    is('incident.deviceIncident', {
      label: 'an incident with the device: malfunction or deterioration, use error due to ergonomics, inadequate information, or undesirable side-effect',
      cite: incidentCite,
    }),
    seriousOutcome(seriousCite),
    act === 'mdr' ? causalNotExcluded : oneOf('incident.causalLink', ['established', 'reasonably-possible'], { label: 'a causal relationship with the device is established or reasonably possible (not excluded)', cite: 'ivdr:art-82(3)' }),
    not(is('incident.expectedSideEffect', { label: 'the outcome is an expected, documented side-effect under trend reporting', cite: sideEffectCite }), {
      label: 'the outcome is not an expected, documented side-effect reported through trends',
      cite: sideEffectCite,
    }),
  );

const MDCG_CRITERIA = [
  guidance('mdcg-2023-3', 'Q.1 (incident and serious incident) and Q.2 (criteria for reporting a serious incident)'),
  guidance('mdcg-2023-3', 'causal relationship: report when the device is a possible contributing cause that cannot reasonably be excluded; in doubt, report (Art 87(7) MDR)'),
];

export const MDR_SERIOUS: SignificanceAid = {
  id: 'mdr-serious-incident',
  act: 'mdr',
  question: 'Is it a reportable serious incident?',
  cite: 'mdr:art-2(65)',
  test: deviceSerious('mdr', 'mdr:art-2(64)', 'mdr:art-2(65)', 'mdr:art-87(1)(a)'),
  guidance: MDCG_CRITERIA,
  note: 'A causal link that is only “reasonably possible” is enough to report; the report may be made before the investigation ends (MDCG 2023-3). A cybersecurity incident that impairs the device’s safety or performance is a malfunction (MDCG 2019-16).',
};

export const IVDR_SERIOUS: SignificanceAid = {
  id: 'ivdr-serious-incident',
  act: 'ivdr',
  question: 'Is it a reportable serious incident?',
  cite: 'ivdr:art-2(68)',
  test: deviceSerious('ivdr', 'ivdr:art-2(67)', 'ivdr:art-2(68)', 'ivdr:art-82(1)(a)'),
  guidance: MDCG_CRITERIA,
  note: 'For an IVD, harm is mostly indirect: a wrong result leading to a wrong diagnosis or treatment (MDCG 2023-3).',
};

export const AI_SERIOUS: SignificanceAid = {
  id: 'ai-act-serious-incident',
  act: 'ai-act',
  question: 'Is it a serious incident of a high-risk AI system?',
  cite: 'ai-act:art-3(49)',
  test: all(
    hasAny('incident.aiSeriousIncident', ['death', 'health-harm', 'critical-infrastructure', 'fundamental-rights', 'property-or-environment'], {
      label: 'an incident or malfunction of the AI system directly or indirectly led to death, serious harm to health, serious and irreversible disruption of critical infrastructure, an infringement of fundamental-rights law, or serious harm to property or the environment',
      cite: 'ai-act:art-3(49)',
    }),
    oneOf('incident.causalLink', ['established', 'reasonably-possible'], {
      label: 'a causal link with the AI system is established or reasonably likely',
      cite: 'ai-act:art-73(2)',
    }),
  ),
  guidance: [],
  note: 'The Commission’s guidance on Art 73 was not available to check; the definition of Art 3(49) and the causal-link wording of Art 73(2) decide here.',
};

export const GPSR_ACCIDENT: SignificanceAid = {
  id: 'gpsr-accident',
  act: 'gpsr',
  question: 'Is it an accident to notify through the Safety Business Gateway?',
  cite: 'gpsr:art-20(2)',
  test: is('incident.consumerProductAccident', {
    label: 'the use of the product resulted in a person’s death or serious adverse effects on health and safety',
    cite: 'gpsr:art-20(2)',
  }),
  guidance: [],
  note: 'For products covered by the MDR or IVDR, their vigilance rules apply instead of GPSR accident notification.',
};

export const SIGNIFICANCE_AIDS: readonly SignificanceAid[] = [NIS2_SIGNIFICANT, MDR_SERIOUS, IVDR_SERIOUS, AI_SERIOUS, GPSR_ACCIDENT];

