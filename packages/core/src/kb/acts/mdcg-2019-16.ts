// MDCG 2019-16 rev.1 — Guidance on Cybersecurity for medical devices (soft law).
import { all, any, duty, event, explain, is, ref, rule } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

export const mdcg201916: ActDefinition = {
  id: 'mdcg-2019-16',
  kind: 'guidance',
  shortName: 'MDCG 2019-16',
  title: 'MDCG 2019-16 rev.1 — Guidance on Cybersecurity for medical devices (Medical Device Coordination Group, December 2019, revision 1 of July 2020)',
  number: 'MDCG 2019-16 rev.1',
  url: 'https://health.ec.europa.eu/system/files/2022-01/md_cybersecurity_en.pdf',
  structure: { articles: 0, annexes: ['I', 'II', 'III', 'IV'], sections: 6 },
  summary:
    'Guidance endorsed by the Medical Device Coordination Group on how manufacturers meet the cybersecurity-related requirements of MDR and IVDR Annex I: secure design and a security risk management integrated with safety risk management, security capabilities, minimum IT requirements for the operating environment, security testing, life-cycle and patch management, instructions for use and information for healthcare providers, post-market surveillance and vigilance for cybersecurity incidents. It also sets expectations for integrators, operators (healthcare providers) and users under a “joint responsibility”. It is soft law: not legally binding, only the Court of Justice gives binding interpretations; notified bodies and authorities treat it as the reference for the state of the art.',
  timeline: [
    event('2019-12-01', 'adopted', 'Endorsed by the Medical Device Coordination Group (document dated December 2019)', {
      uncertain: 'The document states only the month; the first of the month stands for it.',
    }),
    event('2020-01-06', 'published', 'Published on the European Commission’s medical-devices guidance page', {
      uncertain: 'Publication date from secondary sources (6–7 January 2020); the Commission page was not opened.',
    }),
    event('2020-01-06', 'applies', 'Available as guidance from publication (not legally binding)', {
      uncertain: 'Guidance has no date of application; publication is used.',
    }),
    event('2020-07-01', 'other', 'Revision 1 published (title page “December 2019 / July 2020 rev.1”)', {
      uncertain: 'Only the month is known; the first of the month stands for it.',
    }),
  ],
  scope: rule(
    'scope',
    'mdcg-2019-16:section-1.2',
    'a medical device or IVD under the MDR or IVDR that incorporates electronic programmable systems or software, or is software',
    all(
      explain('it is a device under the MDR or the IVDR', 'mdcg-2019-16:section-1.1', any(
        ref('mdr:scope', { label: 'the MDR applies to it', cite: 'mdr:art-1(1)' }),
        ref('ivdr:scope', { label: 'the IVDR applies to it', cite: 'ivdr:art-1(1)' }),
      )),
      is('product.hasDigitalElements', {
        label: 'it incorporates electronic programmable systems or software, or is software',
        cite: 'mdcg-2019-16:section-1.3',
      }),
    ),
    {
      note: 'Not binding: the guidance explains the binding requirements of MDR/IVDR Annex I and Arts 83–92; its recommendations are how authorities and notified bodies expect those requirements to be met.',
    },
  ),
  obligations: [
    duty({
      id: 'mdcg-2019-16:secure-by-design', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdcg-2019-16:section-3.1', title: 'Follow a secure development life cycle (defence in depth)',
      summary: 'Recommended: run eight security practices across the life cycle — security management, security requirements, secure by design, secure implementation, security verification and validation, management of security-related issues, security update management and security guidelines — to build a defence-in-depth strategy.',
      note: 'Recommendation (soft law). The practices follow IEC 62443-4-1; EN IEC 81001-5-1 is today’s health-software equivalent.',
    }),
    duty({
      id: 'mdcg-2019-16:security-risk-management', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdcg-2019-16:section-3.2', title: 'Integrate security risk management with safety risk management',
      summary: 'Recommended: manage security risks in a documented process with the same elements as safety risk management (analysis, evaluation, control, residual risk, reporting), feeding security risks and controls that can affect safety or effectiveness into the safety risk assessment and vice versa.',
      note: 'Recommendation (soft law) explaining MDR/IVDR Annex I sections 1–4.',
    }),
    duty({
      id: 'mdcg-2019-16:security-capabilities', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdcg-2019-16:section-3.3', title: 'Select security capabilities as risk controls',
      summary: 'Recommended: choose security capabilities (authentication, authorisation, audit controls, encryption of stored and transmitted data, malware protection, hardening, emergency access, security updates, …) as risk-control measures, in the priority order secure design, protective measures, then information for security, without undermining safety or performance.',
      note: 'Recommendation (soft law).',
    }),
    duty({
      id: 'mdcg-2019-16:threat-modelling', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdcg-2019-16:section-3.4', title: 'Security risk assessment with threat modelling',
      summary: 'Recommended: assess security risks with threat modelling from an attacker’s viewpoint, treat exploitation of known vulnerabilities as foreseeable, and support likelihood estimates with structured scoring such as CVSS.',
      note: 'Recommendation (soft law).',
    }),
    duty({
      id: 'mdcg-2019-16:security-benefit-risk', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdcg-2019-16:section-3.5', title: 'Security in the benefit-risk analysis',
      summary: 'Recommended: include the security-related hazard categories in the overall benefit-risk analysis and document risk-acceptance criteria for security risks tied to the intended purpose and operating environment.',
      note: 'Recommendation (soft law).',
    }),
    duty({
      id: 'mdcg-2019-16:minimum-it-requirements', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'mdcg-2019-16:section-3.6', title: 'Minimum IT requirements for the operating environment',
      summary: 'Recommended reading of MDR 17.4/23.4(ab) and IVDR 16.4/20.4.1(ah): determine, from the risk assessment, the minimum hardware, network and IT-security requirements for the operating environment that the design cannot itself provide, keep reliance on the environment minimal, and document assumptions and recommended controls (physical security, access control, segmentation, patch management) in the instructions for use.',
      note: 'Recommendation (soft law); the underlying requirement is binding under the MDR and IVDR.',
    }),
    duty({
      id: 'mdcg-2019-16:security-testing', role: 'manufacturer', category: 'security-requirements',
      cite: 'mdcg-2019-16:section-3.7', title: 'Security verification and validation',
      summary: 'Recommended: verify and validate security mainly by testing — security feature testing, fuzz testing, vulnerability scanning and penetration testing — supplemented by secure code analysis and scanning of open-source components for known issues.',
      note: 'Recommendation (soft law).',
    }),
    duty({
      id: 'mdcg-2019-16:lifecycle-vulnerability-monitoring', role: 'manufacturer', category: 'vulnerability-handling',
      cite: 'mdcg-2019-16:section-3.8', title: 'Monitor vulnerabilities and maintain security over the support life',
      summary: 'Recommended: during the device’s support life gather post-market information on security incidents, vulnerabilities in the device and in third-party components, and changes in the threat landscape; evaluate the risk and respond with information to operators, quick fixes, device software updates or third-party patches in a time proportionate to the risk.',
      note: 'Recommendation (soft law).',
    }),
    duty({
      id: 'mdcg-2019-16:technical-documentation', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'mdcg-2019-16:section-4.1', title: 'Security in the technical documentation',
      summary: 'Recommended: document the security requirements, the justification, verification and validation of the solutions (including security test methods and results), and update the documentation with post-market handling of cybersecurity incidents and vulnerabilities.',
      note: 'Recommendation (soft law) on MDR/IVDR Annexes II and III.',
    }),
    duty({
      id: 'mdcg-2019-16:ifu-security-information', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'mdcg-2019-16:section-4.2', title: 'Security information in the instructions for use',
      summary: 'Recommended: give in the instructions for use (or administrator and security manuals) the residual security risks, secure-by-default configuration, installation and first-use steps such as changing default passwords, how to apply security updates, fail-safe operation, platform requirements, a software bill of materials, user roles, logging and network data flows.',
      note: 'Recommendation (soft law); the guidance suggests keeping security information in electronic form so it can be updated.',
    }),
    duty({
      id: 'mdcg-2019-16:information-for-healthcare-providers', role: 'manufacturer', category: 'documentation-and-information',
      cite: 'mdcg-2019-16:section-4.3', title: 'Security information for healthcare providers',
      summary: 'Recommended: give healthcare providers the recommended security controls for the use environment, hardening options, backup and restore features, network ports and diagrams, security event and log descriptions, and instructions for responding to a vulnerability or incident, for example through the MDS2 form.',
      note: 'Recommendation (soft law).',
    }),
    duty({
      id: 'mdcg-2019-16:pms-cybersecurity', role: 'manufacturer', category: 'post-market-surveillance',
      cite: 'mdcg-2019-16:section-5.1', title: 'Cybersecurity in post-market surveillance',
      summary: 'Recommended: make cybersecurity part of the post-market surveillance system, covering the device in its environment, sharing of vulnerability and threat information, vulnerability remediation and incident response, and use its data to update the risk assessment, verification and validation, benefit-risk analysis and technical documentation.',
      note: 'Recommendation (soft law) on MDR Art 83–86 / IVDR Art 78–81.',
    }),
    duty({
      id: 'mdcg-2019-16:vigilance-cyber-incidents', role: 'manufacturer', category: 'incident-reporting',
      cite: 'mdcg-2019-16:section-5.2', title: 'Treat cybersecurity incidents in vigilance',
      summary: 'Recommended: investigate serious incidents with a cybersecurity cause, report them and related field safety corrective actions under MDR Art 87 / IVDR Art 82 using the IMDRF codes for computer-system security problems (A1105) and software security vulnerabilities (C1007); Annex II gives examples of incidents that are and are not serious incidents.',
      note: 'Recommendation (soft law); the reporting duty and its deadlines come from the MDR/IVDR.',
    }),
    duty({
      id: 'mdcg-2019-16:operator-security', role: 'healthcare-provider', category: 'security-requirements',
      cite: 'mdcg-2019-16:section-2.6.2', title: 'Operate devices securely as the operator',
      summary: 'Expected of healthcare providers as operators: follow the manufacturer’s security instructions for commissioning, operation and decommissioning, ensure the security of the operational environment and infrastructure, train staff, keep maintenance including security patches up to date, ask the manufacturer for missing security information (e.g. the MDS2), and notify the manufacturer without delay of any suspected security event.',
      note: 'Expectation under the guidance’s “joint responsibility” (section 2.6), not a legal obligation: the MDR/IVDR bind manufacturers. Where a hospital mandates an integrator, the security obligations for the integrated device stay with the hospital (section 2.6.1).',
    }),
    duty({
      id: 'mdcg-2019-16:operating-environment-hygiene', role: 'healthcare-provider', category: 'security-requirements',
      cite: 'mdcg-2019-16:section-2.5', title: 'Maintain good security hygiene in the operating environment',
      summary: 'Expected of healthcare providers: a risk management process with physical security, role-based access control, network segmentation, timely patch management, malware protection, security awareness training and auditability of changes.',
      note: 'Expectation of the guidance, not a legal obligation; NIS2 may impose comparable measures on hospitals as a matter of law.',
    }),
  ],
  notes: [
    'Soft law: the guidance is endorsed by the MDCG, is not a Commission document and is not legally binding. Its recommendations are encoded as duties so that they can be mapped to controls; each says it is a recommendation.',
    'Section 1.3 and Table 1 map the MDR Annex I cybersecurity requirements to the IVDR: 14.2(d)→13.2(d), 17.1→16.1, 17.2→16.2, 17.4→16.4, 18.8→(none), 23.4(ab)→20.4.1(ah).',
    'Revision 1 (July 2020) is the version in force when last checked; research projects (e.g. NEMECYS) have proposed content for a further revision and the pending MDR/IVDR revision would write cybersecurity into Annex I.',
  ],
  sources: [
    { title: 'MDCG 2019-16 rev.1, Guidance on Cybersecurity for medical devices (PDF)', url: 'https://health.ec.europa.eu/system/files/2022-01/md_cybersecurity_en.pdf' },
    { title: 'European Commission: MDCG endorsed guidance documents', url: 'https://health.ec.europa.eu/medical-devices-sector/new-regulations/guidance-mdcg-endorsed-documents-and-other-guidance_en' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Structure (sections 1–6: introduction; basic concepts incl. 2.5 operating environment and 2.6 joint responsibility; secure design 3.1–3.8; documentation and IFU 4.1–4.3; post-market surveillance and vigilance 5.1–5.2; other legislation) and Annexes I–IV checked against a full-text copy of the guidance; section contents paraphrased from that text.',
      'The copy read was the December 2019 text; revision 1 (July 2020) keeps the structure according to secondary sources, but its changes were not compared line by line.',
      'Publication on 6 January 2020 and the July 2020 revision date come from secondary sources; exact days are marked uncertain.',
    ],
  },
};
