/**
 * The MDS2 questions (Manufacturer Disclosure Statement for Medical Device Security, ANSI/NEMA
 * HN 1-2019) whose answers the fleet uses, mapped onto the controls catalogue and the lifecycle
 * facts. Question ids follow the form's section codes (DOC, SBOM, CSUP, MLDP, RMOT, RDMP, …);
 * questions in our own words. Not verified here against a copy of the published form: treat the
 * mapped ids as our reading and check them against your form's "Question ID" column. Answers to
 * every other question are kept as given, keyed by their id.
 */
export interface Mds2MappedQuestion {
  id: string;
  topic: 'updates' | 'support-dates' | 'sbom' | 'malware' | 'remote-service' | 'vulnerability-disclosure' | 'hardening';
  question: string;
  /** Controls of the catalogue a "yes" is evidence for (and a "no" a gap in). */
  controls: readonly string[];
  /** A lifecycle fact the answer informs, where one does. */
  lifecycleFact?: string;
}

export const MDS2_MAPPED_QUESTIONS: readonly Mds2MappedQuestion[] = [
  { id: 'DOC-8', topic: 'vulnerability-disclosure', question: 'Does the manufacturer run a coordinated vulnerability disclosure programme for the device?', controls: ['ctl-coordinated-vulnerability-disclosure'] },
  { id: 'SBOM-1', topic: 'sbom', question: 'Is a software bill of materials available for the device?', controls: ['ctl-sbom-component-inventory'] },
  { id: 'CSUP-1', topic: 'updates', question: 'Does the device contain software or firmware that may need security updates during its operational life?', controls: ['ctl-secure-update-mechanism', 'ctl-vulnerability-remediation'] },
  { id: 'CSUP-2', topic: 'updates', question: 'Does the device contain an operating system, and are its updates validated and provided by the manufacturer?', controls: ['ctl-secure-update-mechanism'] },
  { id: 'RDMP-3', topic: 'support-dates', question: 'Does the manufacturer publish software support dates and updates for the device?', controls: ['ctl-security-updates-support-period', 'ctl-security-information-for-users'], lifecycleFact: 'product.lifecycle.declaredSupportEnd' },
  { id: 'RDMP-4', topic: 'support-dates', question: 'Does the manufacturer have a plan for managing the end of life of third-party components?', controls: ['ctl-third-party-component-diligence', 'ctl-security-updates-support-period'] },
  { id: 'MLDP-2', topic: 'malware', question: 'Does the device support anti-malware software or another anti-malware mechanism?', controls: ['ctl-exploitation-mitigation'] },
  { id: 'RMOT-1', topic: 'remote-service', question: 'Does the device permit remote service connections for analysis or repair?', controls: ['ctl-authentication-access-control', 'ctl-attack-surface-reduction'] },
  { id: 'SAHD-1', topic: 'hardening', question: 'Is the device hardened according to industry standards?', controls: ['ctl-secure-by-default', 'ctl-attack-surface-reduction'] },
];
