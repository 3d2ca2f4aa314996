/**
 * The changelog, newest first. Adding a knowledge-base version means adding an entry here with
 * the same version string as `KB_VERSION` (a test enforces it).
 */
import { OFFICIAL } from '../official-sources.ts';
import type { KbChangelogEntry } from './types.ts';

const { nis2: NIS2, cer: CER, cra: CRA, aiActConsolidated: AI_ACT_CONSOLIDATED, redDaRepeal: RED_DA_REPEAL, redDa: RED_DA } = OFFICIAL;

export const CHANGELOG: readonly KbChangelogEntry[] = [
  {
    version: '2026.12.07.1',
    date: '2026-12-07',
    title: 'Corrections from an independent review; NIS2 entities beyond health; establishment in the Union',
    changes: [
      {
        kind: 'correction',
        act: 'cer',
        provisions: ['cer:art-12(1)', 'cer:art-6(3)'],
        summary: 'The critical entity’s first risk assessment is now due nine months after it was notified of its identification, not ten.',
        why: 'Art 12(1) sets nine months from the notification under Art 6(3), “notwithstanding” the ten months after which the rest of Chapter III applies; the duty had been dated with the ten months. Stale notes saying the engine cannot add months to a date were removed.',
        sources: [CER],
      },
      {
        kind: 'verification',
        act: 'cra',
        provisions: ['cra:art-71(2)', 'cra:art-14'],
        summary: 'The act listing shows the CRA as applying in part (Art 14 since 11 September 2026) and in full from 11 December 2027.',
        why: 'Art 71(2): “This Regulation shall apply from 11 December 2027. However, Article 14 shall apply from 11 September 2026 and Chapter IV (Articles 35 to 51) shall apply from 11 June 2026.” The listing had said the CRA applies since 11 September 2026.',
        sources: [CRA],
      },
      {
        kind: 'verification',
        act: 'ai-act',
        provisions: ['ai-act:art-111(2)', 'ai-act:art-113'],
        summary: 'Signature (8 July 2026) and publication (24 July 2026) of Regulation (EU) 2026/1744 and Art 111(2) as replaced are confirmed; entry into force on 27 July 2026 is marked uncertain.',
        why: 'Checked against the EUR-Lex consolidated text of 27 July 2026; the amending act’s own Official Journal text was not read, so its entry-into-force article is unconfirmed.',
        sources: [AI_ACT_CONSOLIDATED],
      },
      {
        kind: 'verification',
        act: 'red-da',
        provisions: ['red-da:art-3'],
        summary: 'The repeal of Delegated Regulation (EU) 2022/30 with effect from 11 December 2027 is confirmed against the repealing act; its adoption (16 February 2026) and publication (29 April 2026) are dated.',
        why: 'Art 1 of Delegated Regulation (EU) 2026/339 reads “Delegated Regulation (EU) 2022/30 is repealed with effect from 11 December 2027.”',
        sources: [RED_DA_REPEAL],
      },
      {
        kind: 'correction',
        act: 'mdr',
        provisions: ['red-da:art-2(1)(a)'],
        summary: 'The carve-out of MDR devices from the RED delegated act is cited to Delegated Regulation (EU) 2022/30 Art 2(1)(a)–(b), not Art 1(2).',
        why: 'Art 2(1) of the delegated act disapplies RED Art 3(3)(d), (e) and (f) for radio equipment the MDR or the IVDR also covers; Art 1(2) defines the equipment subject to point (e).',
        sources: [RED_DA],
      },
      {
        kind: 'extension',
        act: 'nis2',
        provisions: ['nis2:annex-II', 'nis2:art-6(41)'],
        summary: 'Research organisations (Annex II sector 7) and manufacturers and distributors of chemicals (Annex II sector 3) are NIS2 entities; a new list of activities lets a profile say so.',
        why: 'The activity lists covered only health and digital activities and were read as complete, so these entities were put out of scope with confidence.',
        sources: [NIS2],
      },
      {
        kind: 'extension',
        act: 'nis2',
        provisions: ['nis2:art-2(2)(f)(i)', 'nis2:art-2(2)(f)(ii)', 'nis2:art-3(1)(d)', 'nis2:art-2(7)', 'nis2:art-6(35)'],
        summary: 'Public administration entities of central government are essential entities regardless of size; regional ones are covered after the Member State’s risk-based assessment; those in national security, public security, defence or law enforcement are excluded.',
        why: 'The profile’s public-body fact was read by no NIS2 rule.',
        sources: [NIS2],
      },
      {
        kind: 'extension',
        act: 'nis2',
        provisions: ['nis2:art-2(2)(a)', 'nis2:art-2(4)', 'nis2:art-3(1)(b)', 'nis2:art-3(1)(c)', 'nis2:art-3(1)(e)'],
        summary: 'DNS service providers, TLD name registries, trust service providers, public electronic communications providers and domain name registrars are covered regardless of size, with their entity type.',
        why: 'These size-independent cases of Art 2(2)(a) and 2(4) and the matching points of Art 3(1) could not be expressed.',
        sources: [NIS2],
      },
      {
        kind: 'correction',
        act: 'nis2',
        provisions: ['nis2:art-2(1)', 'nis2:art-26(1)', 'nis2:art-3(2)'],
        summary: 'Establishment in the Union is part of the scope: an entity established only outside the Union is covered only if it is of a type reached through its services in the Union (Art 26(1)(a)–(b), 26(3)); an unknown establishment is a question.',
        why: 'A medical-device manufacturer established outside the Union was classified as an important entity; jurisdiction follows establishment (Art 26(1)).',
        sources: [NIS2],
      },
    ],
  },
  {
    version: '2026.11.23.3',
    date: '2026-11-23',
    title: 'Baseline: the knowledge base as reviewed on 23 November 2026',
    changes: [],
  },
];
