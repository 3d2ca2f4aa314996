/**
 * Controls of the organisation: governance, risk management, people, assets, suppliers,
 * incident handling and continuity. Mostly the NIS2 Art 21(2) measures and GDPR Art 32(1),
 * with the product-side risk assessment that the CRA and the MDR/IVDR ask for.
 */
import { law, std } from './mapping.ts';
import type { Control } from './types.ts';

export const ORGANISATION_CONTROLS: readonly Control[] = [
  {
    id: 'ctl-security-risk-assessment',
    title: 'Cybersecurity risk assessment',
    statement:
      'Cybersecurity risks to the product and to the organisation’s network and information systems are identified, estimated, evaluated and treated, and the assessment is documented and kept up to date over the life cycle.',
    guidance:
      'Use one method for product and organisational risk (threats, vulnerabilities, likelihood, impact on safety, data and service). For devices, integrate the security risk file with the ISO 14971 safety risk file. Review on every significant change, new threat information or incident. Evidence: risk assessment records, threat model, treatment decisions with sign-off.',
    category: 'risk-management',
    provisions: [
      law('cra:annex-I-part-I(1)', 'subset', 'The level of cybersecurity is to be set from the risks; the assessment is the basis but not the whole requirement.'),
      law('cra:art-13(2)', 'equal', 'The CRA requires a documented cybersecurity risk assessment of the product.'),
      law('mdr:annex-I-17.2', 'subset', 'Software must be developed with risk management that includes information security.'),
      law('ivdr:annex-I-16.2', 'subset', 'IVDR mirror of the MDR software risk-management duty including information security.'),
      law('nis2:art-21(2)(a)', 'intersect', 'NIS2 asks for risk-analysis policies; this control performs the analysis, the policy side sits in the governance control.'),
      law('gdpr:art-32(1)', 'subset', 'Security measures must be appropriate to the risk to data subjects, which presupposes assessing it.'),
      law('ai-act:art-15(1)', 'subset', 'An appropriate level of cybersecurity for a high-risk AI system is set from its risks.'),
      law('mdr:art-10(2)', 'subset', 'Art 10(2) requires the risk-management system of Annex I Section 3; for software it includes information-security risk (GSPR 17.2), the part this control performs.'),
      law('ivdr:art-10(2)', 'subset', 'IVDR mirror: the Annex I Section 3 risk-management system, whose information-security part (GSPR 16.2) this control performs.'),
      law('mdcg-2019-16:section-3.2', 'equal', 'Security risk management integrated with safety risk management, as the MDCG guidance recommends.'),
      law('mdcg-2019-16:section-3.5', 'intersect', 'Security risks and their acceptance criteria enter the benefit-risk analysis.'),
      law('ai-act:art-9(1)', 'subset', 'The risk-management system of a high-risk AI system covers its cybersecurity risks too.'),
      law('gpsr:art-6(1)(h)', 'intersect', 'The safety assessment takes account of cybersecurity features that protect against malicious influence.'),
      law('cer:art-12(1)', 'intersect', 'The critical-entity risk assessment covers all hazards, cyber threats among them.'),
    ],
    standards: [
      std('IEC 81001-5-1', '7', 'equal', 'Security risk management process for health software.'),
      std('IEC 62443-4-1', 'SR-2', 'subset', 'Threat model of the product.'),
      std('ISO/IEC 27001:2022', '6.1.2', 'intersect', 'Information security risk assessment of the management system.'),
      std('ISO/IEC 27001:2022', '6.1.3', 'intersect', 'Information security risk treatment.'),
      std('NIST CSF 2.0', 'ID.RA-05', 'intersect', 'Threats, vulnerabilities, likelihood and impact used to understand risk.'),
    ],
  },
  {
    id: 'ctl-security-governance-policy',
    title: 'Security governance and policies',
    statement:
      'A management-approved information security policy and risk-management policy exist, assign roles and responsibilities, and are reviewed at planned intervals; the management body oversees their implementation.',
    guidance:
      'Write a short top-level policy with topic policies beneath it (access, cryptography, suppliers, vulnerability handling, incidents). Record management approval and training of the management body. Evidence: approved policies, role assignments (RACI), minutes of management review.',
    category: 'governance',
    provisions: [
      law('nis2:art-21(2)(a)', 'intersect', 'Covers the policy half of risk-analysis and information-system security policies.'),
      law('nis2:art-20(1)', 'subset', 'Management bodies must approve and oversee the risk-management measures.'),
      law('gdpr:art-32(1)', 'subset', 'Organisational measures for security of processing start from a policy.'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', 'A.5.1', 'equal', 'Policies for information security.'),
      std('ISO/IEC 27001:2022', 'A.5.2', 'subset', 'Information security roles and responsibilities.'),
      std('ISO/IEC 27001:2022', '5.1', 'intersect', 'Leadership and commitment of top management.'),
      std('NIST CSF 2.0', 'GV.PO-01', 'equal', 'Policy for managing cybersecurity risk established and communicated.'),
      std('NIST CSF 2.0', 'GV.RR-01', 'intersect', 'Leadership is accountable for cybersecurity risk.'),
      std('IEC 62443-4-1', 'SM-2', 'intersect', 'Identification of responsibilities in the development organisation.'),
    ],
  },
  {
    id: 'ctl-security-effectiveness-review',
    title: 'Effectiveness review of security measures',
    statement:
      'The effectiveness of the cybersecurity measures is measured and assessed regularly (metrics, internal audit, independent review, exercises) and the findings drive improvement.',
    guidance:
      'Define a few metrics (patch latency, MFA coverage, backup restore success), run an annual internal audit and a management review, and track corrective actions to closure. Evidence: audit reports, metric dashboards, corrective-action log.',
    category: 'governance',
    provisions: [
      law('nis2:art-21(2)(f)', 'equal', 'Policies and procedures to assess the effectiveness of the risk-management measures.'),
      law('gdpr:art-32(1)(d)', 'intersect', 'A process for regularly testing, assessing and evaluating the effectiveness of measures; technical testing sits in the testing control.'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', '9.1', 'intersect', 'Monitoring, measurement, analysis and evaluation.'),
      std('ISO/IEC 27001:2022', '9.2', 'subset', 'Internal audit.'),
      std('ISO/IEC 27001:2022', 'A.5.35', 'subset', 'Independent review of information security.'),
      std('IEC 62443-4-1', 'SM-13', 'intersect', 'Continuous improvement of the secure development process.'),
      std('NIST CSF 2.0', 'ID.IM-01', 'intersect', 'Improvements identified from evaluations.'),
      std('NIST CSF 2.0', 'GV.OV-03', 'intersect', 'Risk-management performance evaluated and reviewed.'),
    ],
  },
  {
    id: 'ctl-cyber-hygiene-training',
    title: 'Cyber hygiene and security training',
    statement:
      'Staff, including the management body, receive cybersecurity awareness and role-based training, and baseline cyber hygiene practices (patching, password and device hygiene, phishing awareness, least privilege) are applied across the organisation.',
    guidance:
      'Onboarding and yearly refresher training; specialised training for developers (secure coding) and for clinical engineering staff. Track completion. Evidence: training plan, attendance records, hygiene baseline checklist.',
    category: 'governance',
    provisions: [
      law('nis2:art-21(2)(g)', 'equal', 'Basic cyber hygiene practices and cybersecurity training.'),
      law('nis2:art-20(2)', 'subset', 'Members of management bodies follow cybersecurity training.'),
      law('mdcg-2019-16:section-2.5', 'intersect', 'Security awareness and patch hygiene in the environment where devices are operated.'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', 'A.6.3', 'equal', 'Information security awareness, education and training.'),
      std('IEC 62443-4-1', 'SM-4', 'subset', 'Security expertise of developers.'),
      std('IEC 81001-5-1', '4.1', 'intersect', 'Quality management requirements including personnel competence for security.'),
      std('NIST CSF 2.0', 'PR.AT-01', 'equal', 'Personnel given awareness and training.'),
      std('NIST CSF 2.0', 'PR.AT-02', 'subset', 'Personnel in specialised roles given training.'),
    ],
  },
  {
    id: 'ctl-human-resources-security',
    title: 'Human resources security',
    statement:
      'Security responsibilities are part of hiring, employment and exit: screening proportionate to the role, confidentiality terms, and revocation of access and return of assets when people leave or change role.',
    guidance:
      'Link the joiner-mover-leaver process to account management. Evidence: HR procedure, signed confidentiality agreements, leaver checklists with access-revocation timestamps.',
    category: 'governance',
    provisions: [
      law('nis2:art-21(2)(i)', 'subset', 'Covers the human-resources-security part of point (i).'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', 'A.6.1', 'subset', 'Screening.'),
      std('ISO/IEC 27001:2022', 'A.6.5', 'subset', 'Responsibilities after termination or change of employment.'),
      std('NIST CSF 2.0', 'GV.RR-04', 'equal', 'Cybersecurity included in human resources practices.'),
    ],
  },
  {
    id: 'ctl-asset-management',
    title: 'Asset inventory and management',
    statement:
      'An inventory of hardware, software, data and services (including connected medical devices) is maintained with owners and criticality, and assets are handled according to their classification through to disposal.',
    guidance:
      'Automate discovery where possible; record firmware versions and support status of devices in the fleet. Evidence: inventory export, ownership assignments, disposal records.',
    category: 'governance',
    provisions: [
      law('nis2:art-21(2)(i)', 'subset', 'Covers the asset-management part of point (i).'),
      law('mdcg-2019-16:section-2.6.2', 'intersect', 'Operators know and manage the devices they run, from commissioning to decommissioning.'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', 'A.5.9', 'equal', 'Inventory of information and other associated assets.'),
      std('IEC 62443-4-2', 'CR 7.8', 'intersect', 'Component inventory reporting by the component itself.'),
      std('NIST CSF 2.0', 'ID.AM-01', 'subset', 'Inventory of hardware.'),
      std('NIST CSF 2.0', 'ID.AM-02', 'subset', 'Inventory of software, services and systems.'),
    ],
  },
  {
    id: 'ctl-supplier-security',
    title: 'Supplier and ICT supply-chain security',
    statement:
      'Security requirements are set for suppliers and service providers, laid down in agreements, and their security posture and the quality of their products and secure-development practices are assessed and monitored.',
    guidance:
      'Tier suppliers by criticality; use questionnaires or certificates for the critical ones; require vulnerability notification and support commitments in contracts; for processors of personal data, the Art 28 GDPR terms. Evidence: supplier register with risk tier, contract clauses, assessment results.',
    category: 'supply-chain-sbom',
    provisions: [
      law('nis2:art-21(2)(d)', 'equal', 'Supply-chain security, including the relationship with direct suppliers and service providers.'),
      law('nis2:art-21(3)', 'subset', 'Account is taken of supplier vulnerabilities and secure-development practices.'),
      law('gdpr:art-28(1)', 'intersect', 'Only processors with sufficient security guarantees may be used.'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', 'A.5.19', 'subset', 'Information security in supplier relationships.'),
      std('ISO/IEC 27001:2022', 'A.5.20', 'subset', 'Security within supplier agreements.'),
      std('ISO/IEC 27001:2022', 'A.5.21', 'subset', 'Managing information security in the ICT supply chain.'),
      std('ISO/IEC 27001:2022', 'A.5.22', 'subset', 'Monitoring and review of supplier services.'),
      std('NIST CSF 2.0', 'GV.SC-05', 'subset', 'Supply-chain requirements in contracts.'),
      std('NIST CSF 2.0', 'GV.SC-07', 'subset', 'Supplier risks identified, assessed and monitored.'),
    ],
  },
  {
    id: 'ctl-incident-handling',
    title: 'Incident handling and reporting',
    statement:
      'Security incidents are detected, triaged, contained, eradicated and recovered from under a documented process with defined roles, and each incident is assessed against every applicable reporting regime so that notifications leave on time.',
    guidance:
      'One incident process feeding one dossier; classification criteria for NIS2 significant incidents, GDPR personal-data breaches, CRA severe incidents and MDR/IVDR serious incidents; lessons learnt feed back into risk assessment. Evidence: procedure, incident register, notification records, post-incident reviews.',
    category: 'incident-response',
    provisions: [
      law('nis2:art-21(2)(b)', 'equal', 'Incident handling.'),
      law('nis2:art-23(1)', 'intersect', 'The process includes notifying significant incidents; the reporting content itself is regime-specific.'),
      law('cra:art-14(3)', 'intersect', 'The process includes notifying severe incidents affecting the product’s security.'),
      law('gdpr:art-33(1)', 'intersect', 'The process includes notifying personal-data breaches within the deadline.'),
      law('mdr:art-87(1)(a)', 'intersect', 'A cybersecurity incident that is a serious incident enters vigilance reporting.'),
      law('ivdr:art-82(1)(a)', 'intersect', 'IVDR mirror of serious-incident reporting.'),
      law('cra:art-14(1)', 'intersect', 'The process includes notifying actively exploited vulnerabilities in the product.'),
      law('cra:art-14(8)', 'intersect', 'The process includes informing impacted users of an exploited vulnerability or severe incident.'),
      law('gdpr:art-33(2)', 'intersect', 'A processor’s process includes notifying the controller of a breach without undue delay.'),
      law('gdpr:art-33(5)', 'intersect', 'The incident register documents every personal-data breach, its effects and the remedial action.'),
      law('gdpr:art-34(1)', 'intersect', 'The process includes deciding on and making the communication to data subjects.'),
      law('ai-act:art-73(1)', 'intersect', 'A cybersecurity incident that is a serious incident of a high-risk AI system is reported.'),
      law('ehds:art-44(7)', 'intersect', 'A cybersecurity incident that is a serious incident of an EHR system is reported.'),
      law('cer:art-15(1)', 'intersect', 'The process includes notifying incidents that significantly disrupt essential services.'),
      law('mdcg-2019-16:section-5.2', 'intersect', 'Incidents with a cybersecurity cause are investigated and reported in vigilance.'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', 'A.5.24', 'subset', 'Incident management planning and preparation.'),
      std('ISO/IEC 27001:2022', 'A.5.25', 'subset', 'Assessment and decision on information security events.'),
      std('ISO/IEC 27001:2022', 'A.5.26', 'subset', 'Response to information security incidents.'),
      std('ISO/IEC 27001:2022', 'A.5.27', 'subset', 'Learning from information security incidents.'),
      std('NIST CSF 2.0', 'RS.MA-01', 'subset', 'Incident response plan executed.'),
      std('NIST CSF 2.0', 'RS.CO-02', 'subset', 'Internal and external stakeholders notified of incidents.'),
    ],
  },
  {
    id: 'ctl-business-continuity-backup',
    title: 'Business continuity, backup and recovery',
    statement:
      'Backups of data and configurations are made, protected and regularly restored in tests; continuity and disaster-recovery plans and crisis management exist, so that availability of and access to data and services can be restored in a timely manner after an incident.',
    guidance:
      'Set recovery time and point objectives per service (clinical services first); keep offline or immutable backups; exercise the plans yearly. Evidence: backup policy, restore-test records, BCP/DR plans, exercise reports.',
    category: 'resilience-availability',
    provisions: [
      law('nis2:art-21(2)(c)', 'equal', 'Business continuity, backup management, disaster recovery and crisis management.'),
      law('gdpr:art-32(1)(c)', 'superset', 'The control restores availability and access to personal data and also covers continuity and crisis management.'),
      law('cer:art-13(1)', 'intersect', 'Resilience measures of a critical entity include recovering from incidents and business continuity.'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', 'A.5.29', 'subset', 'Information security during disruption.'),
      std('ISO/IEC 27001:2022', 'A.5.30', 'subset', 'ICT readiness for business continuity.'),
      std('ISO/IEC 27001:2022', 'A.8.13', 'subset', 'Information backup.'),
      std('IEC 62443-4-2', 'CR 7.3', 'intersect', 'Component backup capability.'),
      std('IEC 62443-4-2', 'CR 7.4', 'intersect', 'Component recovery and reconstitution.'),
      std('NIST CSF 2.0', 'PR.DS-11', 'subset', 'Backups created, protected, maintained and tested.'),
      std('NIST CSF 2.0', 'RC.RP-01', 'subset', 'Recovery portion of the incident response plan executed.'),
    ],
  },
];
