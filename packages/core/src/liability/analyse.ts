/**
 * The product-liability analysis of a damage case: regime, product, claimant, damage,
 * defectiveness, presumptions, liable operators, exemptions, reductions, time limits and the
 * routes that remain — each point with the provisions that decided it.
 */
import { KB_VERSION } from '../kb/knowledge-base.ts';
import { CONTESTED, LIABILITY_VERIFICATION, PARALLEL_ROUTES } from '../kb/liability/pld-law.ts';
import type { IsoDate } from '../kb/types.ts';
import { reason } from '../lifecycle/trace.ts';
import type { Reason } from '../lifecycle/trace.ts';
import { isIsoDate } from '../time/plain-date.ts';
import { TimeInputError } from '../time/time-input-error.ts';
import type { LiabilityCase } from './case.ts';
import { questionsCollector } from './context.ts';
import type { Ctx } from './context.ts';
import { exemptions, reductions } from './defences.ts';
import { claimantFinding, damageHeads, defectivenessGrounds, presumptions, productFinding } from './merits.ts';
import { liableOperators } from './operators.ts';
import { periods } from './periods.ts';
import { decideRegime } from './regime.ts';
import type { LiabilityAnalysis } from './types.ts';

export const LIABILITY_FORMAT = 'iomt-liability/1';
export const LIABILITY_NOTICE =
  'Not legal advice. Product-liability claims run under the national law of the Member State concerned; this analysis follows the directives and the facts given, names what is missing and marks what is contested instead of deciding it.';

export function analyseLiability(c: LiabilityCase, asOf: IsoDate): LiabilityAnalysis {
  if (!isIsoDate(asOf)) throw new TimeInputError('asOf', asOf, 'a calendar date as YYYY-MM-DD');
  const q = questionsCollector();
  const found = decideRegime(c, q.ask);
  const ctx: Ctx = { c, regime: found.regime, asOf, ask: q.ask };
  const product = productFinding(ctx);
  const claimant = claimantFinding(ctx);
  const damage = damageHeads(ctx);
  const defectiveness = defectivenessGrounds(ctx);
  const p = presumptions(ctx);
  const operators = liableOperators(ctx);
  const exs = exemptions(ctx);
  const reduction = reductions(ctx);
  const limits = periods(ctx);
  const old = found.regime === 'pld-1985';

  const jointAndSeveral = operators.filter((o) => o.liable !== false).length > 1
    ? reason(old
      ? 'Where two or more persons are liable for the same damage, they are liable jointly and severally; recourse between them is for national law.'
      : 'Where two or more operators are liable for the same damage, they are liable jointly and severally, with recourse between them under national law.' + ((c.operators ?? []).some((o) => o.smallSoftwareComponentWaiver === true) ? ' A micro or small maker of a software component with whom the manufacturer agreed to waive recourse cannot be pursued in recourse.' : ''),
      old ? ['pld-1985:art-5'] : ['pld-2024:art-12(1)', 'pld-2024:art-12(2)', 'pld-2024:art-14'])
    : null;

  const e = c.events ?? {};
  const contested: Reason[] = [];
  const add = (k: keyof typeof CONTESTED) => {
    const x = CONTESTED[k];
    contested.push(reason(x.text, x.cites, 'contested' in x ? x.contested : undefined));
  };
  if (found.decisiveDate === '2026-12-09') add('boundaryDay');
  if (e.zeroDay === true || (e.vulnerabilityExploited === true && e.vulnerabilityKnownAtPlacing !== true && e.memberStateDevelopmentRiskDerogation !== true)) add('zeroDay');
  if (e.vulnerabilityExploited === true || e.update === 'never-provided' || e.update === 'not-installed') add('updatePeriod');
  if (!old && c.product.supportEnd && e.damageOn && e.damageOn > c.product.supportEnd) add('controlAfterSupportEnd');
  if (e.update === 'declined') add('declinedUpdateFault');
  if (old && (c.product.item === 'software' || c.product.item === 'software-update')) add('software1985');

  const routes: Reason[] = PARALLEL_ROUTES
    .filter((r) => !('onlyDevices' in r) || c.product.medicalDevice !== false)
    .map((r) => reason(r.text, r.cites));

  return {
    format: LIABILITY_FORMAT, asOf,
    knowledgeBase: { version: KB_VERSION, liabilityVerifiedOn: LIABILITY_VERIFICATION.checkedOn },
    notice: LIABILITY_NOTICE,
    case: { id: c.id ?? null, name: c.name ?? null },
    regime: found, product, claimant, damage, defectiveness,
    presumptions: p.list, disclosure: p.disclosure,
    operators, jointAndSeveral, reduction, exemptions: exs, periods: limits,
    parallelRoutes: routes, contested, questions: q.list,
  };
}
