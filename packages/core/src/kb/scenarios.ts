/**
 * Pending law as named scenarios: off by default, switched on per evaluation. Act files mark
 * the timeline events and obligations that hold only under a scenario (`scenario`) or that a
 * scenario would replace (`replacedBy`).
 */
import type { Scenario } from './types.ts';

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'digital-omnibus',
    title: 'Digital Omnibus (data, privacy and cybersecurity)',
    reference: 'COM(2025) 837',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0837',
    status: 'Commission proposal of 19 November 2025; not adopted when last checked.',
    summary:
      'GDPR breach notification to the supervisory authority only where a breach is likely to result in a high risk, within 96 hours instead of 72, through a single entry point run by ENISA that also serves NIS2, CER and other reporting regimes.',
    acts: ['gdpr', 'nis2', 'cer'],
  },
  {
    id: 'mdr-ivdr-revision',
    title: 'Targeted revision of the MDR and IVDR',
    reference: 'COM(2025) 1023',
    status: 'Commission proposal of 16 December 2025; pending in the co-decision procedure.',
    summary:
      'Cybersecurity written into the general safety and performance requirements; actively exploited vulnerabilities and severe incidents of devices reported to CSIRTs and ENISA through EUDAMED; Rule 11 softened; longer deadline for ordinary serious incidents; lighter PSUR cycle.',
    acts: ['mdr', 'ivdr'],
  },
  {
    id: 'csa-revision',
    title: 'Cybersecurity Act revision and targeted NIS2 amendments',
    reference: 'COM(2026) 11',
    status: 'Commission proposals of 20 January 2026; under negotiation.',
    summary:
      'Repeals and replaces Regulation (EU) 2019/881: recast ENISA mandate including a single reporting platform, reformed certification framework, and an ICT supply-chain security framework reaching NIS2 sectors including health.',
    acts: ['csa', 'nis2'],
  },
];

export const scenarioIds = (): string[] => SCENARIOS.map((s) => s.id);
