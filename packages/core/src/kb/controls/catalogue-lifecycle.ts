/**
 * Controls of the product life cycle: secure development, testing, components and SBOM,
 * vulnerability handling (CRA Annex I Part II), updates and support, the security information
 * given to users (MDR/IVDR GSPR 17.4 and 23.4(ab) / 16.4 and 20.4.1(ah)) and the AI Act Art 15
 * robustness and cybersecurity of high-risk AI systems.
 */
import { law, std } from './mapping.ts';
import type { Control } from './types.ts';

export const LIFECYCLE_CONTROLS: readonly Control[] = [
  {
    id: 'ctl-secure-development-lifecycle',
    title: 'Secure development life cycle',
    statement:
      'Products are planned, designed, implemented, verified, released and maintained under a documented secure development life cycle that follows the state of the art and integrates security risk management.',
    guidance:
      'Adopt IEC 81001-5-1 (health software) or IEC 62443-4-1 on top of the IEC 62304 life cycle; secure coding rules, code review and static analysis in CI. Evidence: SDL procedure, records per release (reviews, analysis results, sign-offs).',
    category: 'secure-development',
    provisions: [
      law('cra:annex-I-part-I(1)', 'subset', 'Design, development and production ensure an appropriate level of cybersecurity.'),
      law('cra:art-13(1)', 'subset', 'The product is designed, developed and produced in accordance with the Annex I Part I requirements.'),
      law('mdr:annex-I-17.2', 'equal', 'Software developed per the state of the art, with life cycle, risk management including information security, verification and validation.'),
      law('ivdr:annex-I-16.2', 'equal', 'IVDR mirror of the software life-cycle requirement.'),
      law('nis2:art-21(2)(e)', 'subset', 'Security in the acquisition, development and maintenance of network and information systems.'),
      law('ai-act:art-15(1)', 'subset', 'Cybersecurity designed into the high-risk AI system and kept consistent over its life cycle.'),
      law('ehds:art-30(1)(a)', 'subset', 'The harmonised components are developed to conform to the Annex II essential requirements.'),
      law('mdcg-2019-16:section-3.1', 'equal', 'The secure development practices across the life cycle that the guidance recommends.'),
    ],
    standards: [
      std('IEC 81001-5-1', '5', 'equal', 'Software development process activities for health software security.'),
      std('IEC 81001-5-1', '6', 'subset', 'Software maintenance process.'),
      std('IEC 62443-4-1', 'SM-1', 'subset', 'Development process defined.'),
      std('IEC 62443-4-1', 'SI-1', 'subset', 'Security implementation review.'),
      std('IEC 62443-4-1', 'SI-2', 'subset', 'Secure coding standards.'),
      std('ISO/IEC 27001:2022', 'A.8.25', 'equal', 'Secure development life cycle.'),
      std('ISO/IEC 27001:2022', 'A.8.28', 'subset', 'Secure coding.'),
      std('NIST CSF 2.0', 'PR.PS-06', 'equal', 'Secure software development practices integrated and monitored.'),
    ],
  },
  {
    id: 'ctl-security-requirements-threat-model',
    title: 'Security requirements and threat model',
    statement:
      'Security requirements for the product are derived from its intended use, security context and a threat model, are traceable to design and tests, and are revised when the threat landscape changes.',
    guidance:
      'Use a structured method (e.g. STRIDE on data-flow diagrams); trace each threat to a requirement and each requirement to a test. Evidence: threat model, requirements list, trace matrix.',
    category: 'secure-development',
    provisions: [
      law('cra:annex-I-part-I(1)', 'subset', 'The appropriate level of cybersecurity is expressed as requirements derived from the risks.'),
      law('mdr:annex-I-17.2', 'subset', 'Information-security risk management produces requirements for the software.'),
      law('ivdr:annex-I-16.2', 'subset', 'IVDR mirror.'),
      law('ai-act:art-15(5)', 'subset', 'AI-specific threats (poisoning, adversarial examples) enter the threat model.'),
      law('mdcg-2019-16:section-3.4', 'equal', 'Threat modelling from an attacker’s viewpoint as part of the security risk assessment.'),
    ],
    standards: [
      std('IEC 81001-5-1', '5.2', 'equal', 'Health software requirements analysis including security requirements.'),
      std('IEC 62443-4-1', 'SR-1', 'subset', 'Product security context.'),
      std('IEC 62443-4-1', 'SR-2', 'subset', 'Threat model.'),
      std('IEC 62443-4-1', 'SR-3', 'subset', 'Product security requirements.'),
      std('ISO/IEC 27001:2022', 'A.8.26', 'intersect', 'Application security requirements.'),
    ],
  },
  {
    id: 'ctl-security-testing',
    title: 'Security testing and review',
    statement:
      'The security of the product is tested and reviewed effectively and regularly — requirements tests, threat-mitigation tests, vulnerability scanning, fuzzing and penetration testing by testers independent of the developers — before release and during support.',
    guidance:
      'Automate scanning and fuzzing in CI; commission a penetration test before first release and after major changes; retest on new threat information. Evidence: test plans, reports, tracked findings.',
    category: 'testing',
    provisions: [
      law('cra:annex-I-part-II(3)', 'equal', 'Apply effective and regular tests and reviews of the security of the product.'),
      law('cra:annex-I-part-I(2)(a)', 'subset', 'Testing finds exploitable vulnerabilities before release.'),
      law('mdr:annex-I-17.2', 'subset', 'Verification and validation of the software.'),
      law('ivdr:annex-I-16.2', 'subset', 'IVDR mirror of verification and validation.'),
      law('gdpr:art-32(1)(d)', 'intersect', 'Regular technical testing of the effectiveness of security measures.'),
      law('nis2:art-21(2)(f)', 'subset', 'Testing is one way to assess the effectiveness of measures.'),
      law('ai-act:art-15(5)', 'subset', 'Testing against adversarial and poisoning attacks demonstrates resilience.'),
      law('mdcg-2019-16:section-3.7', 'equal', 'Security verification and validation by testing, as the guidance recommends.'),
    ],
    standards: [
      std('IEC 81001-5-1', '5.7', 'equal', 'Software system testing, including security, vulnerability and penetration testing.'),
      std('IEC 62443-4-1', 'SVV-1', 'subset', 'Security requirements testing.'),
      std('IEC 62443-4-1', 'SVV-2', 'subset', 'Threat mitigation testing.'),
      std('IEC 62443-4-1', 'SVV-3', 'subset', 'Vulnerability testing.'),
      std('IEC 62443-4-1', 'SVV-4', 'subset', 'Penetration testing.'),
      std('IEC 62443-4-1', 'SVV-5', 'subset', 'Independence of testers.'),
      std('ISO/IEC 27001:2022', 'A.8.29', 'equal', 'Security testing in development and acceptance.'),
      std('NIST CSF 2.0', 'ID.IM-02', 'intersect', 'Improvements identified from security tests and exercises.'),
    ],
  },
  {
    id: 'ctl-sbom-component-inventory',
    title: 'Software bill of materials and component inventory',
    statement:
      'The vulnerabilities and components of the product are identified and documented, including a software bill of materials in a commonly used machine-readable format that covers at least the top-level dependencies, kept current with every release.',
    guidance:
      'Generate CycloneDX or SPDX in the build; keep it with the technical documentation; monitor it continuously against advisories. Evidence: SBOM per release, monitoring configuration.',
    category: 'supply-chain-sbom',
    provisions: [
      law('cra:annex-I-part-II(1)', 'equal', 'Identify and document vulnerabilities and components, including by drawing up an SBOM.'),
      law('nis2:art-21(2)(d)', 'subset', 'Knowing the components is a precondition of supply-chain security.'),
      law('nis2:art-21(2)(e)', 'subset', 'Component inventory supports vulnerability handling in maintenance.'),
      law('mdcg-2019-16:section-3.8', 'subset', 'Monitoring third-party components for vulnerabilities needs the component list.'),
    ],
    standards: [
      std('IEC 81001-5-1', '8', 'intersect', 'Software configuration management, including identification of third-party software items.'),
      std('IEC 62443-4-2', 'CR 7.8', 'intersect', 'Component inventory.'),
      std('NIST CSF 2.0', 'ID.AM-02', 'intersect', 'Inventories of software maintained.'),
      std('NIST CSF 2.0', 'GV.SC-04', 'intersect', 'Suppliers and their products known and prioritised.'),
    ],
  },
  {
    id: 'ctl-third-party-component-diligence',
    title: 'Due diligence on third-party components',
    statement:
      'Components from third parties, including free and open-source software, are selected and integrated with due diligence so that they do not compromise the product’s cybersecurity, and their maintenance status is tracked.',
    guidance:
      'Criteria for accepting a component (maintenance activity, known vulnerabilities, licence, provenance); pin and verify versions; report vulnerabilities found in a component to its maintainer. Evidence: component approval records, provenance checks.',
    category: 'supply-chain-sbom',
    provisions: [
      law('cra:art-13(5)', 'equal', 'Exercise due diligence when integrating components sourced from third parties.'),
      law('cra:art-13(6)', 'subset', 'Report vulnerabilities found in integrated components to their maintainers.'),
      law('nis2:art-21(2)(d)', 'subset', 'Security aspects of the relationship with suppliers of components.'),
    ],
    standards: [
      std('IEC 62443-4-1', 'SM-9', 'equal', 'Security requirements for externally provided components.'),
      std('IEC 62443-4-1', 'SM-10', 'subset', 'Custom developed components from third-party suppliers.'),
      std('ISO/IEC 27001:2022', 'A.5.21', 'intersect', 'Managing information security in the ICT supply chain.'),
      std('NIST CSF 2.0', 'GV.SC-07', 'intersect', 'Supplier and product risks identified and managed.'),
    ],
  },
  {
    id: 'ctl-vulnerability-remediation',
    title: 'Vulnerability triage and remediation',
    statement:
      'Reported and discovered vulnerabilities are triaged for severity and exploitability (including safety impact for devices) and addressed and remediated without delay, including by security updates.',
    guidance:
      'Score with CVSS plus a safety-impact assessment; set remediation time targets by severity; track in the problem-resolution system; link fixes to releases. Evidence: vulnerability register with timestamps, remediation SLAs, closed tickets.',
    category: 'vulnerability-handling',
    provisions: [
      law('cra:annex-I-part-II(2)', 'equal', 'Address and remediate vulnerabilities without delay, including by providing security updates.'),
      law('cra:annex-I-part-I(2)(c)', 'subset', 'Vulnerabilities can be addressed through security updates.'),
      law('cra:art-13(8)', 'subset', 'Vulnerabilities are handled effectively for the support period.'),
      law('nis2:art-21(2)(e)', 'subset', 'Vulnerability handling within maintenance.'),
      law('mdcg-2019-16:section-3.8', 'subset', 'Vulnerabilities found over the support life are assessed and remediated.'),
      law('mdcg-2019-16:section-5.1', 'intersect', 'Vulnerability remediation is part of post-market surveillance of cybersecurity.'),
      law('eucc:art-33', 'intersect', 'Vulnerability management procedures of the holder of an EUCC certificate.'),
    ],
    standards: [
      std('IEC 81001-5-1', '9', 'equal', 'Software problem resolution process for security-related issues.'),
      std('IEC 62443-4-1', 'DM-2', 'subset', 'Reviewing security-related issues.'),
      std('IEC 62443-4-1', 'DM-3', 'subset', 'Assessing security-related issues.'),
      std('IEC 62443-4-1', 'DM-4', 'subset', 'Addressing security-related issues.'),
      std('ISO/IEC 27001:2022', 'A.8.8', 'intersect', 'Management of technical vulnerabilities.'),
      std('NIST CSF 2.0', 'ID.RA-06', 'intersect', 'Risk responses chosen, prioritised, planned and tracked.'),
    ],
  },
  {
    id: 'ctl-coordinated-vulnerability-disclosure',
    title: 'Coordinated vulnerability disclosure and contact point',
    statement:
      'A coordinated vulnerability disclosure policy is published and enforced, a contact address for reporting vulnerabilities is available, and sharing of information about potential vulnerabilities with reporters, component maintainers and authorities is facilitated.',
    guidance:
      'Publish the policy and a security.txt; acknowledge reports within a set time; coordinate with CSIRTs; consider a bug bounty. Evidence: published policy, intake records, response-time statistics.',
    category: 'vulnerability-handling',
    provisions: [
      law('cra:annex-I-part-II(5)', 'equal', 'Put in place and enforce a policy on coordinated vulnerability disclosure.'),
      law('cra:annex-I-part-II(6)', 'equal', 'Facilitate sharing of information about potential vulnerabilities and provide a contact address.'),
      law('nis2:art-21(2)(e)', 'subset', 'Vulnerability disclosure within maintenance.'),
      law('cra:art-13(17)', 'intersect', 'The single point of contact lets users report vulnerabilities; the CVD contact address serves it.'),
    ],
    standards: [
      std('ETSI EN 303 645', '5.2', 'equal', 'Implement a means to manage reports of vulnerabilities.'),
      std('IEC 62443-4-1', 'DM-1', 'subset', 'Receiving notifications of security-related issues.'),
      std('IEC 81001-5-1', '9', 'intersect', 'Receiving notifications about vulnerabilities within problem resolution.'),
      std('NIST CSF 2.0', 'ID.RA-08', 'equal', 'Processes for receiving, analysing and responding to vulnerability disclosures.'),
    ],
  },
  {
    id: 'ctl-vulnerability-advisories',
    title: 'Public disclosure of fixed vulnerabilities',
    statement:
      'Once a security update is available, information about the fixed vulnerabilities — description, affected products, impact, severity and remediation guidance — is shared and publicly disclosed in a clear form, unless a justified delay applies.',
    guidance:
      'Publish machine-readable advisories (CSAF) with CVE identifiers; record any decision to delay disclosure and its reason. Evidence: advisory archive, delay decisions.',
    category: 'vulnerability-handling',
    provisions: [
      law('cra:annex-I-part-II(4)', 'equal', 'Share and publicly disclose information about fixed vulnerabilities once an update is available.'),
      law('cra:annex-I-part-II(8)', 'subset', 'Security updates come with advisory messages giving users the information they need.'),
      law('cra:art-14(8)', 'intersect', 'Users are informed of an exploited vulnerability and of the mitigations they can take.'),
      law('eucc:art-37', 'intersect', 'Disclosure of vulnerabilities by the holder of an EUCC certificate.'),
    ],
    standards: [
      std('IEC 62443-4-1', 'DM-5', 'equal', 'Disclosing security-related issues.'),
      std('IEC 62443-4-1', 'SUM-2', 'subset', 'Security update documentation.'),
      std('NIST CSF 2.0', 'RS.CO-03', 'intersect', 'Information shared with designated stakeholders.'),
    ],
  },
  {
    id: 'ctl-secure-update-mechanism',
    title: 'Secure update mechanism',
    statement:
      'Updates are distributed through a secure mechanism — authenticated, integrity-protected, with rollback protection and, where applicable, automatic installation by default with a clear opt-out and user notification.',
    guidance:
      'Sign updates and verify on the device; protect the update channel; fail safely on a broken update; for devices, let the operator schedule installation around clinical use. Evidence: update architecture, signature verification test, update logs.',
    category: 'updates-and-support',
    provisions: [
      law('cra:annex-I-part-II(7)', 'equal', 'Mechanisms to securely distribute updates so vulnerabilities are fixed or mitigated in time, automatically where applicable.'),
      law('cra:annex-I-part-I(2)(c)', 'intersect', 'Security updates, including automatic updates on by default with an opt-out and notification.'),
      law('red:art-3(3)(d)', 'subset', 'EN 18031-1 secure update mechanism keeps network protection current.'),
      law('red:art-3(3)(e)', 'subset', 'EN 18031-2 secure update mechanism keeps privacy protection current.'),
      law('red:art-3(3)(f)', 'subset', 'EN 18031-3 secure update mechanism keeps fraud protection current.'),
    ],
    standards: [
      std('EN 18031-1', 'SUM', 'equal', 'Secure update mechanism.'),
      std('EN 18031-2', 'SUM', 'equal', 'Secure update mechanism.'),
      std('EN 18031-3', 'SUM', 'equal', 'Secure update mechanism.'),
      std('ETSI EN 303 645', '5.3', 'intersect', 'Keep software updated.'),
      std('IEC 62443-4-1', 'SUM-4', 'subset', 'Security update delivery.'),
      std('IEC 62443-4-2', 'EDR 3.10', 'subset', 'Support for updates (embedded devices; HDR 3.10 and NDR 3.10 for host and network devices).'),
      std('NIST CSF 2.0', 'PR.PS-02', 'intersect', 'Software maintained, replaced and removed commensurate with risk.'),
    ],
  },
  {
    id: 'ctl-security-updates-support-period',
    title: 'Security updates over a declared support period',
    statement:
      'A support period reflecting the expected time of use is set and declared, and during it security updates are disseminated without delay and free of charge, kept separate from functionality updates where technically feasible, and accompanied by advisory messages.',
    guidance:
      'Decide the support period with the expected device lifetime; publish its end date; plan end-of-support communication. Evidence: support-period rationale, update release records with time-to-fix, customer notices.',
    category: 'updates-and-support',
    provisions: [
      law('cra:annex-I-part-II(8)', 'equal', 'Disseminate security updates without delay and free of charge, with advisory messages.'),
      law('cra:annex-I-part-II(2)', 'subset', 'Security updates provided separately from functionality updates where feasible.'),
      law('cra:art-13(8)', 'intersect', 'Support period of at least five years unless expected use is shorter.'),
      law('mdr:annex-I-17.2', 'subset', 'Maintaining information security across the software life cycle includes updates.'),
      law('ivdr:annex-I-16.2', 'subset', 'IVDR mirror.'),
      law('mdcg-2019-16:section-3.8', 'subset', 'Security is maintained over the support life with updates.'),
      law('sgd:art-7(3)', 'intersect', 'The seller ensures the consumer receives the updates, including security updates, needed to keep the goods in conformity.'),
      law('dcd:art-8(2)', 'intersect', 'The trader ensures the consumer receives the updates, including security updates, needed to keep digital content in conformity.'),
      law('csa:art-55(1)(b)', 'intersect', 'The certified product’s security support period is stated and honoured.'),
    ],
    standards: [
      std('IEC 62443-4-1', 'SUM-1', 'subset', 'Security update qualification.'),
      std('IEC 62443-4-1', 'SUM-5', 'subset', 'Timely delivery of security patches.'),
      std('IEC 81001-5-1', '6', 'intersect', 'Software maintenance process.'),
      std('ETSI EN 303 645', '5.3', 'intersect', 'Keep software updated, including a declared support period.'),
      std('ISO/IEC 27001:2022', 'A.8.8', 'intersect', 'Management of technical vulnerabilities.'),
    ],
  },
  {
    id: 'ctl-security-information-for-users',
    title: 'Security information and instructions for users',
    statement:
      'Users and operators receive the security information they need: minimum requirements on hardware, IT network characteristics and IT security measures (including protection against unauthorised access), secure configuration, operation and disposal, the support period and the contact point for vulnerabilities.',
    guidance:
      'A security section in the instructions for use plus a customer security documentation pack (e.g. MDS2 form) for hospitals; keep it versioned with the product. Evidence: IFU security section, customer security documentation.',
    category: 'documentation-and-information',
    provisions: [
      law('mdr:annex-I-17.4', 'equal', 'Set out minimum requirements on hardware, IT networks and IT security measures, including protection against unauthorised access.'),
      law('mdr:annex-I-23.4(ab)', 'equal', 'Give those minimum requirements in the instructions for use.'),
      law('ivdr:annex-I-16.4', 'equal', 'IVDR mirror of the minimum-requirements duty.'),
      law('ivdr:annex-I-20.4.1(ah)', 'equal', 'IVDR mirror of the instructions-for-use point.'),
      law('cra:art-13(18)', 'intersect', 'Annex II information and instructions accompany the product.'),
      law('cra:annex-II', 'intersect', 'The security-relevant items of the user information.'),
      law('ai-act:art-15(3)', 'subset', 'Accuracy levels and metrics are declared in the instructions for use.'),
      law('mdcg-2019-16:section-3.6', 'equal', 'Minimum IT requirements for the operating environment, as the guidance reads GSPR 17.4.'),
      law('mdcg-2019-16:section-4.2', 'equal', 'Security information in the instructions for use.'),
      law('mdcg-2019-16:section-4.3', 'equal', 'Security information for healthcare providers.'),
    ],
    standards: [
      std('IEC 62443-4-1', 'SG-1', 'subset', 'Product defense in depth documented for users.'),
      std('IEC 62443-4-1', 'SG-2', 'subset', 'Defense-in-depth measures expected in the environment.'),
      std('IEC 62443-4-1', 'SG-3', 'subset', 'Security hardening guidelines.'),
      std('IEC 62443-4-1', 'SG-4', 'subset', 'Secure disposal guidelines.'),
      std('IEC 62443-4-1', 'SG-5', 'subset', 'Secure operation guidelines.'),
      std('ETSI EN 303 645', '5.12', 'intersect', 'Make installation and maintenance of devices easy.'),
    ],
  },
  {
    id: 'ctl-ai-robustness-accuracy',
    title: 'Accuracy and robustness of AI systems',
    statement:
      'A high-risk AI system achieves and maintains a declared level of accuracy and robustness over its life cycle, is resilient to errors, faults and inconsistencies in its environment, and where it keeps learning, feedback loops and biased outputs are mitigated.',
    guidance:
      'Define accuracy metrics with clinical relevance; test on shifted and noisy inputs; redundancy or fail-safe behaviour; monitoring of drift after release. Evidence: validation reports, robustness tests, post-market performance monitoring.',
    category: 'resilience-availability',
    provisions: [
      law('ai-act:art-15(1)', 'intersect', 'Appropriate accuracy and robustness, performing consistently over the life cycle; cybersecurity is in other controls.'),
      law('ai-act:art-15(3)', 'subset', 'Accuracy levels and metrics are determined and then declared.'),
      law('ai-act:art-15(4)', 'equal', 'Resilience to errors, faults and inconsistencies; redundancy and fail-safe plans; feedback loops.'),
    ],
    standards: [
      std('NIST CSF 2.0', 'PR.IR-03', 'intersect', 'Mechanisms implemented to achieve resilience requirements.'),
      std('ISO/IEC 27001:2022', 'A.8.29', 'intersect', 'Testing in development and acceptance, including robustness tests.'),
    ],
  },
  {
    id: 'ctl-ai-adversarial-resilience',
    title: 'Resilience of AI systems to AI-specific attacks',
    statement:
      'A high-risk AI system resists attempts by unauthorised third parties to alter its use, outputs or performance by exploiting its vulnerabilities, with measures to prevent, detect, respond to and control data poisoning, model poisoning, adversarial examples, model evasion, confidentiality attacks and model flaws.',
    guidance:
      'Protect the training data pipeline and model artefacts (integrity, provenance); adversarial testing; input anomaly detection; restrict model querying that enables extraction. Evidence: AI threat model, adversarial test results, data-pipeline controls.',
    category: 'secure-development',
    provisions: [
      law('ai-act:art-15(5)', 'equal', 'Resilience against unauthorised alteration and AI-specific attacks.'),
      law('ai-act:art-15(1)', 'subset', 'The cybersecurity part of the general accuracy, robustness and cybersecurity requirement.'),
    ],
    standards: [
      std('IEC 62443-4-1', 'SR-2', 'intersect', 'Threat model, extended with AI-specific threats.'),
      std('ISO/IEC 27001:2022', 'A.8.25', 'intersect', 'Secure development life cycle applied to data and model development.'),
      std('NIST CSF 2.0', 'PR.DS-01', 'intersect', 'Integrity of training data and model artefacts at rest.'),
    ],
  },
];
