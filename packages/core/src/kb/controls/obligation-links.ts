/**
 * Links from duties to the requirement provisions the catalogue maps. A duty cites the article
 * that creates it (CRA Art 13(1): "design per Annex I"), while controls are mapped to the
 * requirements themselves (CRA Annex I Part I). Where the two differ, a link says which
 * provisions the duty makes binding, citing the provision that does so.
 *
 * A duty selects a control when one of the control's legal mappings lies within the duty's own
 * citation or within a provision linked here (see {@link requirementProvisions}).
 */
import type { Obligation } from '../types.ts';
import type { ProvisionId } from '../provision-id.ts';

export interface ObligationLink {
  /** The obligation id (`act:slug`) the link is for. */
  readonly obligation: `${string}:${string}`;
  /** Requirement provisions the duty makes binding (controls mapped within them serve it). */
  readonly provisions: readonly ProvisionId[];
  /** The provision that creates the link. */
  readonly cite: ProvisionId;
  /** One line: why the duty brings these provisions in. */
  readonly rationale: string;
}

const link = (
  obligation: ObligationLink['obligation'],
  provisions: readonly ProvisionId[],
  cite: ProvisionId,
  rationale: string,
): ObligationLink => ({ obligation, provisions, cite, rationale });

const NIS2_STAGES = 'Art 23(4) sets the stages of the notification of significant incidents that Art 23(1) requires.';
const nis2Stages = (['early-warning', 'notification', 'intermediate-report', 'final-report', 'progress-report'] as const).flatMap(
  (stage) =>
    (['essential', 'important'] as const).map((kind) =>
      link(`nis2:incident-${stage}-${kind}`, ['nis2:art-23(1)'], 'nis2:art-23(4)', NIS2_STAGES),
    ),
);

export const OBLIGATION_LINKS: readonly ObligationLink[] = [
  // Cyber Resilience Act
  link('cra:essential-requirements', ['cra:annex-I-part-I'], 'cra:art-13(1)', 'Products are designed, developed and produced in accordance with the essential requirements of Annex I Part I.'),
  link('cra:updates-stay-available', ['cra:annex-I-part-II(8)'], 'cra:art-13(9)', 'The security updates disseminated under Annex I Part II(8) stay available for at least ten years or the rest of the support period, whichever is longer.'),
  link('cra:end-of-support-information', ['cra:annex-II'], 'cra:art-13(19)', 'The end date of the support period is part of the user information of Annex II.'),
  // RED: the delegated act switches on the essential requirements of Art 3(3)(d), (e) and (f)
  link('red-da:network-protection', ['red:art-3(3)(d)'], 'red-da:art-1(1)', 'The delegated act makes the essential requirement of RED Art 3(3)(d) apply to this radio equipment.'),
  link('red-da:personal-data-privacy', ['red:art-3(3)(e)'], 'red-da:art-1(2)', 'The delegated act makes the essential requirement of RED Art 3(3)(e) apply to this radio equipment.'),
  link('red-da:fraud-protection', ['red:art-3(3)(f)'], 'red-da:art-1(3)', 'The delegated act makes the essential requirement of RED Art 3(3)(f) apply to this radio equipment.'),
  // MDR and IVDR: the GSPR of Annex I, and the vigilance report of Art 87(1) / Art 82(1)
  link('mdr:gspr-compliance', ['mdr:annex-I'], 'mdr:art-5(2)', 'A device meets the general safety and performance requirements of Annex I that apply to it.'),
  link('ivdr:gspr-compliance', ['ivdr:annex-I'], 'ivdr:art-5(2)', 'A device meets the general safety and performance requirements of Annex I that apply to it.'),
  link('mdr:report-serious-incident', ['mdr:art-87(1)(a)'], 'mdr:art-87(3)', 'Art 87(3) sets the time limit of the serious-incident report that Art 87(1)(a) requires.'),
  link('mdr:report-serious-incident-revised', ['mdr:art-87(1)(a)'], 'mdr:art-87(3)', 'Art 87(3) sets the time limit of the serious-incident report that Art 87(1)(a) requires.'),
  link('mdr:report-public-health-threat', ['mdr:art-87(1)(a)'], 'mdr:art-87(4)', 'Art 87(4) shortens the time limit of the Art 87(1)(a) report for a serious public health threat.'),
  link('mdr:report-death-or-serious-deterioration', ['mdr:art-87(1)(a)'], 'mdr:art-87(5)', 'Art 87(5) shortens the time limit of the Art 87(1)(a) report for a death or serious deterioration.'),
  link('ivdr:report-serious-incident', ['ivdr:art-82(1)(a)'], 'ivdr:art-82(3)', 'Art 82(3) sets the time limit of the serious-incident report that Art 82(1)(a) requires.'),
  link('ivdr:report-serious-incident-revised', ['ivdr:art-82(1)(a)'], 'ivdr:art-82(3)', 'Art 82(3) sets the time limit of the serious-incident report that Art 82(1)(a) requires.'),
  link('ivdr:report-public-health-threat', ['ivdr:art-82(1)(a)'], 'ivdr:art-82(4)', 'Art 82(4) shortens the time limit of the Art 82(1)(a) report for a serious public health threat.'),
  link('ivdr:report-death-or-serious-deterioration', ['ivdr:art-82(1)(a)'], 'ivdr:art-82(5)', 'Art 82(5) shortens the time limit of the Art 82(1)(a) report for a death or serious deterioration.'),
  // NIS2: Art 21(1) measures are at least those of Art 21(2); Art 23(4) stages of the Art 23(1) notification
  link('nis2:risk-management-measures-essential', ['nis2:art-21(2)'], 'nis2:art-21(2)', 'The measures of Art 21(1) include at least the ten listed in Art 21(2).'),
  link('nis2:risk-management-measures-important', ['nis2:art-21(2)'], 'nis2:art-21(2)', 'The measures of Art 21(1) include at least the ten listed in Art 21(2).'),
  ...nis2Stages,
  // EHDS: harmonised components conform to the essential requirements of Annex II
  link('ehds:harmonised-components', ['ehds:annex-II'], 'ehds:art-30(1)(a)', 'The harmonised components of the EHR system conform to the essential requirements of Annex II.'),
];

const byObligation = new Map<string, ObligationLink[]>();
for (const l of OBLIGATION_LINKS) {
  const list = byObligation.get(l.obligation);
  if (list) list.push(l);
  else byObligation.set(l.obligation, [l]);
}

/** The links recorded for an obligation id (empty when its own citation is enough). */
export function linksOf(obligationId: string): readonly ObligationLink[] {
  return byObligation.get(obligationId) ?? [];
}

/** The provisions a duty makes binding: its own citation plus any linked requirement provisions. */
export function requirementProvisions(obligation: Pick<Obligation, 'id' | 'cite'>): ProvisionId[] {
  return [obligation.cite, ...linksOf(obligation.id).flatMap((l) => l.provisions)];
}
