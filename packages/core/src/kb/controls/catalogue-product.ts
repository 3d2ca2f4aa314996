/**
 * Security properties of the product itself: CRA Annex I Part I point (2), the MDR/IVDR GSPR on
 * IT environment, reliability and unauthorised access, the RED Art 3(3)(d)–(f) requirements
 * (EN 18031 mechanisms), GDPR Art 25 and 32 technical measures and the EHDS Annex II security
 * and logging requirements.
 */
import { law, std } from './mapping.ts';
import type { Control } from './types.ts';

export const PRODUCT_CONTROLS: readonly Control[] = [
  {
    id: 'ctl-no-known-exploitable-vulnerabilities',
    title: 'No known exploitable vulnerabilities at release',
    statement:
      'Before each release the product and its components are checked against public and internal vulnerability sources, and no release ships with a known exploitable vulnerability that is not remediated or mitigated.',
    guidance:
      'Gate releases on a scan of the SBOM against vulnerability databases and the KEV catalogue, plus a review of exploitability (VEX) for what remains. Evidence: release checklist, scan results, VEX statements.',
    category: 'vulnerability-handling',
    provisions: [
      law('cra:annex-I-part-I(2)(a)', 'equal', 'Products are made available without known exploitable vulnerabilities.'),
      law('red:art-3(3)(d)', 'subset', 'EN 18031 expects up-to-date software without publicly known exploitable vulnerabilities as part of network protection.'),
    ],
    standards: [
      std('EN 18031-1', 'GEC', 'intersect', 'General equipment capabilities include being free of publicly known exploitable vulnerabilities.'),
      std('IEC 62443-4-1', 'SVV-3', 'intersect', 'Vulnerability testing before release.'),
      std('IEC 81001-5-1', '5.7', 'intersect', 'Vulnerability testing within software system testing.'),
      std('ISO/IEC 27001:2022', 'A.8.8', 'intersect', 'Management of technical vulnerabilities.'),
      std('NIST CSF 2.0', 'ID.RA-01', 'intersect', 'Vulnerabilities in assets identified and recorded.'),
    ],
  },
  {
    id: 'ctl-secure-by-default',
    title: 'Secure-by-default configuration',
    statement:
      'The product ships in a secure default configuration, with no universal default passwords, unnecessary services disabled, and a way for the user to reset it to its original secure state.',
    guidance:
      'Unique per-device credentials or forced change at first use; document any deviation a business user may agree to. Evidence: default configuration baseline, factory-reset test, credential provisioning design.',
    category: 'secure-development',
    provisions: [
      law('cra:annex-I-part-I(2)(b)', 'equal', 'Secure-by-default configuration including the possibility to reset to the original state.'),
      law('red:art-3(3)(d)', 'subset', 'Default credentials and configuration are a recognised path to network misuse.'),
      law('red:art-3(3)(e)', 'subset', 'Secure defaults protect the personal data held on the equipment.'),
    ],
    standards: [
      std('ETSI EN 303 645', '5.1', 'subset', 'No universal default passwords.'),
      std('EN 18031-1', 'AUM', 'intersect', 'Authentication mechanism requirements on default credentials.'),
      std('IEC 62443-4-1', 'SG-3', 'intersect', 'Security hardening guidelines for the product.'),
      std('IEC 62443-4-2', 'CR 7.6', 'intersect', 'Network and security configuration settings.'),
      std('ISO/IEC 27001:2022', 'A.8.9', 'intersect', 'Configuration management.'),
      std('NIST CSF 2.0', 'PR.PS-01', 'intersect', 'Configuration management practices established and applied.'),
    ],
  },
  {
    id: 'ctl-authentication-access-control',
    title: 'Authentication, identity and access control',
    statement:
      'Access to the product’s functions, data and interfaces requires appropriate authentication and is limited by authorisation to what each user, service or device needs; the product resists brute force and reports possible unauthorised access.',
    guidance:
      'Role-based access with least privilege; strong authenticators; rate limiting; separate maintenance and clinical roles; emergency (break-glass) access that is logged. For devices, balance against clinical availability. Evidence: access-control design, role matrix, authentication test results.',
    category: 'access-control',
    provisions: [
      law('cra:annex-I-part-I(2)(d)', 'equal', 'Protection from unauthorised access by control mechanisms such as authentication and identity or access management.'),
      law('mdr:annex-I-18.8', 'equal', 'Devices are designed to protect as far as possible against unauthorised access that could hamper their functioning.'),
      law('mdr:annex-I-17.4', 'subset', 'The minimum IT security measures set out by the manufacturer include protection against unauthorised access.'),
      law('ivdr:annex-I-16.4', 'subset', 'IVDR mirror: minimum IT security measures include protection against unauthorised access.'),
      law('nis2:art-21(2)(i)', 'subset', 'Covers the access-control-policy part of point (i).'),
      law('gdpr:art-32(1)(b)', 'subset', 'Access control is a core measure for ongoing confidentiality and integrity.'),
      law('red:art-3(3)(d)', 'subset', 'EN 18031-1 access control and authentication mechanisms protect network assets.'),
      law('red:art-3(3)(e)', 'subset', 'EN 18031-2 access control protects personal data and privacy.'),
      law('red:art-3(3)(f)', 'subset', 'EN 18031-3 access control protects financial assets.'),
      law('ehds:annex-II', 'subset', 'The EHR security requirements include identification and authentication of users.'),
      law('ai-act:art-15(5)', 'subset', 'Resistance to unauthorised third parties altering use or outputs starts with access control.'),
      law('mdcg-2019-16:section-3.3', 'subset', 'Authentication and authorisation are security capabilities the guidance lists.'),
    ],
    standards: [
      std('EN 18031-1', 'ACM', 'subset', 'Access control mechanism.'),
      std('EN 18031-1', 'AUM', 'subset', 'Authentication mechanism.'),
      std('EN 18031-2', 'ACM', 'subset', 'Access control mechanism for privacy assets.'),
      std('EN 18031-2', 'AUM', 'subset', 'Authentication mechanism for privacy assets.'),
      std('EN 18031-3', 'ACM', 'subset', 'Access control mechanism for financial assets.'),
      std('EN 18031-3', 'AUM', 'subset', 'Authentication mechanism for financial assets.'),
      std('IEC 62443-4-2', 'CR 1.1', 'subset', 'Human user identification and authentication.'),
      std('IEC 62443-4-2', 'CR 2.1', 'subset', 'Authorisation enforcement.'),
      std('ISO/IEC 27001:2022', 'A.5.15', 'intersect', 'Access control.'),
      std('ISO/IEC 27001:2022', 'A.8.5', 'intersect', 'Secure authentication.'),
      std('NIST CSF 2.0', 'PR.AA-01', 'subset', 'Identities and credentials managed.'),
      std('NIST CSF 2.0', 'PR.AA-05', 'subset', 'Access permissions defined, managed and enforced.'),
    ],
  },
  {
    id: 'ctl-multi-factor-secure-communications',
    title: 'Multi-factor authentication and secured communications',
    statement:
      'Multi-factor or continuous authentication protects remote, privileged and critical access, and voice, video, text and emergency communication channels of the organisation are secured.',
    guidance:
      'Phishing-resistant MFA for administrators and remote access first; an out-of-band emergency channel that works when the main network is down. Evidence: MFA coverage report, communications tooling configuration, emergency-communications plan.',
    category: 'access-control',
    provisions: [
      law('nis2:art-21(2)(j)', 'equal', 'Multi-factor or continuous authentication, secured communications and secured emergency communications.'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', 'A.8.5', 'intersect', 'Secure authentication.'),
      std('IEC 62443-4-2', 'CR 1.1', 'intersect', 'Multifactor authentication as a requirement enhancement of user authentication.'),
      std('NIST CSF 2.0', 'PR.AA-03', 'intersect', 'Users, services and hardware authenticated.'),
    ],
  },
  {
    id: 'ctl-data-confidentiality-encryption',
    title: 'Confidentiality of data at rest and in transit',
    statement:
      'Personal, health and other sensitive data and security parameters stored, transmitted or otherwise processed by the product are kept confidential using state-of-the-art encryption and protected storage.',
    guidance:
      'Authenticated encryption for all external communication; encrypt stored health data and keys in secure storage; pseudonymise where the purpose allows. Evidence: cryptographic design, data-flow diagram with protection per flow, test of TLS configuration.',
    category: 'cryptography',
    provisions: [
      law('cra:annex-I-part-I(2)(e)', 'equal', 'Confidentiality of stored, transmitted or processed data, for example by encryption.'),
      law('gdpr:art-32(1)(a)', 'subset', 'Covers encryption; pseudonymisation is in the privacy-by-design control.'),
      law('gdpr:art-32(1)(b)', 'subset', 'Encryption supports ongoing confidentiality of processing systems.'),
      law('nis2:art-21(2)(h)', 'subset', 'Applies encryption; the policy side sits in the cryptography-policy control.'),
      law('red:art-3(3)(e)', 'subset', 'Secure storage and communication of personal data.'),
      law('red:art-3(3)(f)', 'subset', 'Secure communication of payment and monetary data.'),
      law('ehds:annex-II', 'subset', 'The EHR security requirements include protecting health data in storage and exchange.'),
      law('gdpr:art-5(1)(f)', 'subset', 'Encryption serves the integrity-and-confidentiality principle.'),
      law('mdcg-2019-16:section-3.3', 'subset', 'Encryption of stored and transmitted data is a security capability the guidance lists.'),
    ],
    standards: [
      std('EN 18031-1', 'SCM', 'subset', 'Secure communication mechanism.'),
      std('EN 18031-1', 'SSM', 'subset', 'Secure storage mechanism.'),
      std('EN 18031-2', 'SCM', 'subset', 'Secure communication mechanism for privacy assets.'),
      std('EN 18031-2', 'SSM', 'subset', 'Secure storage mechanism for privacy assets.'),
      std('EN 18031-3', 'SCM', 'subset', 'Secure communication mechanism for financial assets.'),
      std('ETSI EN 303 645', '5.4', 'subset', 'Securely store sensitive security parameters.'),
      std('ETSI EN 303 645', '5.5', 'subset', 'Communicate securely.'),
      std('ETSI EN 303 645', '5.8', 'subset', 'Ensure that personal data is secure.'),
      std('IEC 62443-4-2', 'CR 4.1', 'equal', 'Information confidentiality.'),
      std('ISO/IEC 27001:2022', 'A.8.24', 'intersect', 'Use of cryptography.'),
      std('NIST CSF 2.0', 'PR.DS-01', 'subset', 'Data at rest protected.'),
      std('NIST CSF 2.0', 'PR.DS-02', 'subset', 'Data in transit protected.'),
    ],
  },
  {
    id: 'ctl-cryptography-key-management',
    title: 'Cryptography policy and key management',
    statement:
      'Rules for the use of cryptography (approved algorithms and key lengths, crypto-agility) and for the whole key life cycle (generation, storage, rotation, revocation, destruction) are defined and applied.',
    guidance:
      'Follow a recognised algorithm catalogue (e.g. national agency guidance); never hard-code secrets; plan migration away from weakening algorithms. Evidence: cryptography policy, key inventory, rotation records.',
    category: 'cryptography',
    provisions: [
      law('nis2:art-21(2)(h)', 'equal', 'Policies and procedures on the use of cryptography and, where appropriate, encryption.'),
      law('cra:annex-I-part-I(2)(e)', 'subset', 'State-of-the-art encryption depends on sound algorithms and keys.'),
    ],
    standards: [
      std('EN 18031-1', 'CRY', 'subset', 'Best-practice cryptography.'),
      std('EN 18031-1', 'CCK', 'subset', 'Confidential cryptographic keys.'),
      std('IEC 62443-4-2', 'CR 4.3', 'equal', 'Use of cryptography.'),
      std('ISO/IEC 27001:2022', 'A.8.24', 'equal', 'Use of cryptography, including key management.'),
    ],
  },
  {
    id: 'ctl-data-integrity',
    title: 'Integrity of data, commands, software and configuration',
    statement:
      'Stored and transmitted data, commands, programs and configuration are protected against unauthorised manipulation or modification, software integrity is verified (including at boot), and corruptions are detected and reported.',
    guidance:
      'Signed firmware and secure boot; message authentication on commands (dosing commands in particular); input validation. Evidence: integrity design, signature verification tests, tamper-detection log samples.',
    category: 'data-protection',
    provisions: [
      law('cra:annex-I-part-I(2)(f)', 'equal', 'Integrity of data, commands, programs and configuration, and reporting of corruptions.'),
      law('gdpr:art-32(1)(b)', 'subset', 'Supports ongoing integrity of processing systems.'),
      law('red:art-3(3)(f)', 'subset', 'Integrity of transactions protects against fraud.'),
      law('ai-act:art-15(5)', 'intersect', 'Integrity of training data and models counters poisoning; the AI-specific part sits in the adversarial-robustness control.'),
      law('gdpr:art-5(1)(f)', 'subset', 'Protection against unauthorised modification serves the integrity-and-confidentiality principle.'),
    ],
    standards: [
      std('ETSI EN 303 645', '5.7', 'subset', 'Ensure software integrity.'),
      std('ETSI EN 303 645', '5.13', 'subset', 'Validate input data.'),
      std('IEC 62443-4-2', 'CR 3.1', 'subset', 'Communication integrity.'),
      std('IEC 62443-4-2', 'CR 3.4', 'subset', 'Software and information integrity.'),
      std('IEC 62443-4-2', 'EDR 3.14', 'subset', 'Integrity of the boot process (embedded devices; HDR 3.14 and NDR 3.14 for host and network devices).'),
      std('NIST CSF 2.0', 'PR.DS-01', 'intersect', 'Integrity of data at rest protected.'),
    ],
  },
  {
    id: 'ctl-data-minimisation',
    title: 'Data minimisation',
    statement:
      'The product collects and processes only the personal and other data that are adequate, relevant and limited to its intended purpose.',
    guidance:
      'Keep a data inventory per feature with its purpose; remove telemetry that serves no purpose; prefer on-device processing. Evidence: data inventory, privacy review of each release.',
    category: 'data-protection',
    provisions: [
      law('cra:annex-I-part-I(2)(g)', 'equal', 'Process only data that are adequate, relevant and limited to the intended purpose.'),
      law('gdpr:art-25(1)', 'subset', 'Data minimisation is one of the principles to implement by design.'),
      law('red:art-3(3)(e)', 'subset', 'Limiting the data processed is a privacy safeguard.'),
      law('gdpr:art-5(1)(c)', 'equal', 'The data-minimisation principle.'),
    ],
    standards: [
      std('ETSI EN 303 645', '6', 'intersect', 'Data protection provisions for consumer IoT.'),
      std('ISO/IEC 27001:2022', 'A.5.34', 'intersect', 'Privacy and protection of PII.'),
      std('NIST CSF 2.0', 'GV.OC-03', 'intersect', 'Legal and regulatory requirements on privacy understood and managed.'),
    ],
  },
  {
    id: 'ctl-privacy-by-design',
    title: 'Privacy by design and pseudonymisation',
    statement:
      'Data-protection principles are built into the design and defaults of the product and its processing, with pseudonymisation or anonymisation applied where the purpose allows.',
    guidance:
      'Run a privacy review (and a DPIA where required) at design time; pseudonymise identifiers in analytics and in data sent to back ends; privacy-protective defaults. Evidence: design review records, DPIA, pseudonymisation design.',
    category: 'data-protection',
    provisions: [
      law('gdpr:art-25(1)', 'equal', 'Appropriate technical and organisational measures, such as pseudonymisation, to implement data-protection principles.'),
      law('gdpr:art-32(1)(a)', 'subset', 'Covers pseudonymisation; encryption sits in the confidentiality control.'),
      law('red:art-3(3)(e)', 'intersect', 'Safeguards ensuring protection of personal data and privacy.'),
      law('gdpr:art-35(1)', 'intersect', 'The design-time privacy review includes the DPIA where the processing requires one.'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', 'A.5.34', 'intersect', 'Privacy and protection of PII.'),
      std('ISO/IEC 27001:2022', 'A.8.11', 'subset', 'Data masking.'),
      std('ETSI EN 303 645', '6', 'intersect', 'Data protection provisions for consumer IoT.'),
      std('EN 18031-2', 'UNM', 'intersect', 'User notification mechanism for privacy-relevant changes.'),
    ],
  },
  {
    id: 'ctl-secure-data-deletion-portability',
    title: 'Secure deletion and transfer of user data',
    statement:
      'Users can easily and securely remove all their data and settings permanently and, where data can be transferred to another product or system, do so securely.',
    guidance:
      'Factory reset that erases user data and credentials; deletion in the cloud back end too; export in a common format over a protected channel. Evidence: deletion design, verification test, export function documentation.',
    category: 'data-protection',
    provisions: [
      law('cra:annex-I-part-I(2)(m)', 'equal', 'Users can securely and easily remove all data and settings and transfer data securely.'),
      law('red:art-3(3)(e)', 'subset', 'Deleting personal data protects privacy after resale or disposal.'),
    ],
    standards: [
      std('ETSI EN 303 645', '5.11', 'subset', 'Make it easy for users to delete user data.'),
      std('EN 18031-2', 'DLM', 'equal', 'Deletion mechanism.'),
      std('IEC 62443-4-2', 'CR 4.2', 'subset', 'Information persistence: purging on decommissioning.'),
      std('ISO/IEC 27001:2022', 'A.8.10', 'subset', 'Information deletion.'),
    ],
  },
  {
    id: 'ctl-security-logging-monitoring',
    title: 'Security logging and monitoring',
    statement:
      'Security-relevant internal activity (access, modification of data, services or functions, authentication failures, integrity failures) is recorded and monitored, logs are protected from tampering, and users of a consumer product can opt out where the law allows.',
    guidance:
      'Define auditable events; time-synchronise; protect and retain logs; forward to a SIEM for operators; for EHR systems, log every access to health data. Evidence: event catalogue, log samples, monitoring alerts and their handling.',
    category: 'logging-monitoring',
    provisions: [
      law('cra:annex-I-part-I(2)(l)', 'equal', 'Security-related information by recording and monitoring relevant internal activity.'),
      law('cra:annex-I-part-I(2)(d)', 'subset', 'Covers the reporting of possible unauthorised access.'),
      law('cra:annex-I-part-I(2)(f)', 'subset', 'Covers the reporting of corruptions.'),
      law('nis2:art-21(2)(b)', 'subset', 'Detection is the first stage of incident handling.'),
      law('ehds:annex-II', 'subset', 'The EHR logging requirements record access to personal electronic health data.'),
      law('gdpr:art-32(1)(b)', 'subset', 'Monitoring supports ongoing confidentiality and integrity.'),
      law('ai-act:art-12(1)', 'intersect', 'Automatic recording of events over the lifetime of a high-risk AI system.'),
      law('mdcg-2019-16:section-3.3', 'subset', 'Audit controls are a security capability the guidance lists.'),
    ],
    standards: [
      std('EN 18031-2', 'LGM', 'subset', 'Logging mechanism.'),
      std('EN 18031-1', 'NMM', 'intersect', 'Network monitoring mechanism.'),
      std('ETSI EN 303 645', '5.10', 'intersect', 'Examine system telemetry data.'),
      std('IEC 62443-4-2', 'CR 2.8', 'subset', 'Auditable events.'),
      std('IEC 62443-4-2', 'CR 6.2', 'subset', 'Continuous monitoring.'),
      std('ISO/IEC 27001:2022', 'A.8.15', 'subset', 'Logging.'),
      std('ISO/IEC 27001:2022', 'A.8.16', 'subset', 'Monitoring activities.'),
      std('NIST CSF 2.0', 'PR.PS-04', 'subset', 'Log records generated and made available.'),
      std('NIST CSF 2.0', 'DE.CM-09', 'subset', 'Computing hardware, software and data monitored.'),
    ],
  },
  {
    id: 'ctl-availability-dos-resilience',
    title: 'Availability of essential functions and resilience to denial of service',
    statement:
      'Essential and basic functions stay available, also after an incident, through resilience and mitigation measures against denial-of-service attacks and resource exhaustion.',
    guidance:
      'Identify the essential functions (for a device: the therapy or monitoring function) and make them work without the network where safety demands; rate limiting, resource quotas, graceful degradation. Evidence: essential-function analysis, load and DoS test results.',
    category: 'resilience-availability',
    provisions: [
      law('cra:annex-I-part-I(2)(h)', 'equal', 'Availability of essential and basic functions, including resilience against denial-of-service attacks.'),
      law('gdpr:art-32(1)(b)', 'subset', 'Ongoing availability and resilience of processing systems.'),
      law('ai-act:art-15(4)', 'intersect', 'Resilience of a high-risk AI system against errors, faults and inconsistencies.'),
      law('red:art-3(3)(d)', 'subset', 'EN 18031-1 resilience mechanisms keep the equipment from degrading the network under attack.'),
    ],
    standards: [
      std('EN 18031-1', 'RLM', 'subset', 'Resilience mechanism.'),
      std('ETSI EN 303 645', '5.9', 'subset', 'Make systems resilient to outages.'),
      std('IEC 62443-4-2', 'CR 7.1', 'subset', 'Denial-of-service protection.'),
      std('IEC 62443-4-2', 'CR 7.2', 'subset', 'Resource management.'),
      std('ISO/IEC 27001:2022', 'A.8.6', 'intersect', 'Capacity management.'),
      std('NIST CSF 2.0', 'PR.IR-03', 'intersect', 'Mechanisms to achieve resilience requirements.'),
    ],
  },
  {
    id: 'ctl-reliability-single-fault',
    title: 'Reliability and single-fault safety of programmable systems',
    statement:
      'Electronic programmable systems and the software in them perform repeatably, reliably and as intended, and a single fault condition is met with measures that eliminate or reduce the resulting risks, including security-caused faults.',
    guidance:
      'Treat a security compromise as a possible fault in the safety analysis; watchdogs, redundancy and fail-safe states for essential performance. Evidence: FMEA or fault-tree analysis covering security causes, reliability test data.',
    category: 'resilience-availability',
    provisions: [
      law('mdr:annex-I-17.1', 'equal', 'Repeatability, reliability and performance of electronic programmable systems; measures for single fault conditions.'),
      law('ivdr:annex-I-16.1', 'equal', 'IVDR mirror of the reliability and single-fault requirement.'),
      law('ai-act:art-15(4)', 'intersect', 'Technical redundancy and fail-safe plans for high-risk AI systems.'),
    ],
    standards: [
      std('ISO/IEC 27001:2022', 'A.8.14', 'intersect', 'Redundancy of information processing facilities.'),
      std('NIST CSF 2.0', 'PR.IR-03', 'intersect', 'Mechanisms to achieve resilience requirements in normal and adverse situations.'),
    ],
  },
  {
    id: 'ctl-network-impact-limitation',
    title: 'No harm to networks and other devices',
    statement:
      'The product minimises its own negative impact on the availability of services provided by other devices or networks and does not misuse network resources or degrade the network.',
    guidance:
      'Rate-limit outgoing traffic, back off on errors, avoid broadcast storms; make it hard to recruit the device into a botnet. Evidence: traffic profile, network-behaviour tests, EN 18031-1 assessment.',
    category: 'resilience-availability',
    provisions: [
      law('cra:annex-I-part-I(2)(i)', 'equal', 'Minimise the negative impact on the availability of services provided by other devices or networks.'),
      law('red:art-3(3)(d)', 'intersect', 'Radio equipment does not harm the network or its functioning nor misuse network resources.'),
    ],
    standards: [
      std('EN 18031-1', 'NMM', 'subset', 'Network monitoring mechanism.'),
      std('EN 18031-1', 'TCM', 'subset', 'Traffic control mechanism.'),
      std('IEC 62443-4-2', 'CR 5.1', 'intersect', 'Network segmentation support.'),
      std('NIST CSF 2.0', 'PR.IR-01', 'intersect', 'Networks and environments protected from unauthorised logical access and usage.'),
    ],
  },
  {
    id: 'ctl-it-environment-interaction',
    title: 'Safe interaction with the IT environment',
    statement:
      'Risks arising from the interaction between the product’s software and the IT environment it runs in and connects to are identified and reduced, and the security measures the product expects from that environment are stated.',
    guidance:
      'Analyse interfaces (hospital network, cloud, mobile platform, other devices) for negative interaction; state the environment assumptions (segmentation, firewall rules) in the documentation. Evidence: interface risk analysis, environment assumptions in the instructions.',
    category: 'secure-development',
    provisions: [
      law('mdr:annex-I-14.2(d)', 'equal', 'Reduce risks from negative interaction between software and the IT environment.'),
      law('ivdr:annex-I-13.2(d)', 'equal', 'IVDR mirror of the IT-environment interaction requirement.'),
      law('cra:annex-I-part-I(2)(i)', 'intersect', 'Both concern the product’s effect on the connected environment; the CRA point looks outward only.'),
    ],
    standards: [
      std('IEC 62443-4-1', 'SG-2', 'subset', 'Defense-in-depth measures expected in the environment.'),
      std('IEC 62443-4-1', 'SR-1', 'intersect', 'Product security context.'),
      std('IEC 81001-5-1', '5.3', 'intersect', 'Architectural design including interfaces and their security.'),
    ],
  },
  {
    id: 'ctl-attack-surface-reduction',
    title: 'Attack surface reduction',
    statement:
      'The product is designed, developed and produced to limit attack surfaces, including external interfaces: unused ports, services, debug interfaces and functions are removed or disabled.',
    guidance:
      'Keep an interface inventory; close debug ports in production; least functionality in the build. Evidence: interface inventory with justification per open interface, port scan of a production unit.',
    category: 'secure-development',
    provisions: [
      law('cra:annex-I-part-I(2)(j)', 'equal', 'Limit attack surfaces, including external interfaces.'),
      law('red:art-3(3)(d)', 'subset', 'A smaller exposed surface lowers the risk of the equipment harming the network.'),
    ],
    standards: [
      std('ETSI EN 303 645', '5.6', 'equal', 'Minimise exposed attack surfaces.'),
      std('IEC 62443-4-2', 'CR 7.7', 'subset', 'Least functionality.'),
      std('IEC 62443-4-1', 'SD-4', 'intersect', 'Secure design best practices, including attack surface reduction.'),
      std('ISO/IEC 27001:2022', 'A.8.27', 'intersect', 'Secure system architecture and engineering principles.'),
    ],
  },
  {
    id: 'ctl-exploitation-mitigation',
    title: 'Exploitation mitigation and defence in depth',
    statement:
      'The product reduces the impact of an incident through exploitation-mitigation mechanisms and defence in depth (memory protections, sandboxing, least privilege, compartmentalisation).',
    guidance:
      'Enable compiler and OS hardening (stack protection, ASLR, non-executable memory); run components with least privilege; isolate safety-critical functions from connectivity. Evidence: build hardening flags, architecture showing isolation.',
    category: 'secure-development',
    provisions: [
      law('cra:annex-I-part-I(2)(k)', 'equal', 'Reduce the impact of an incident using exploitation mitigation mechanisms and techniques.'),
    ],
    standards: [
      std('IEC 62443-4-1', 'SD-4', 'intersect', 'Secure design best practices including defense in depth and least privilege.'),
      std('IEC 62443-4-1', 'SG-1', 'intersect', 'Product defense in depth documented.'),
      std('ISO/IEC 27001:2022', 'A.8.27', 'intersect', 'Secure system architecture and engineering principles.'),
      std('NIST CSF 2.0', 'PR.PS-06', 'intersect', 'Secure software development practices integrated.'),
    ],
  },
];
