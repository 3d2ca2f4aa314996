/**
 * The exemptions an operator may prove, each marked available, excluded (by the law or by the
 * facts), unknown or not raised, with the software-update carve-out of 2024/2853 Art 11(2);
 * and the rules on reducing liability for third-party acts and the injured person's own fault.
 */
import { CONTESTED } from '../kb/liability/pld-law.ts';
import type { ProvisionId } from '../kb/provision-id.ts';
import type { IsoDate } from '../kb/types.ts';
import { daysBetween } from '../lifecycle/dates.ts';
import { cite } from '../lifecycle/trace.ts';
import { finding, tri } from './context.ts';
import type { Ctx } from './context.ts';
import type { Exemption, Finding, Tri } from './types.ts';

function exemption(id: string, who: string, status: Exemption['status'], text: string, ids: readonly ProvisionId[], contested?: string): Exemption {
  const holds: Tri = status === 'available' ? true : status === 'excluded' ? false : 'unknown';
  return { id, for: who, status, holds, text, cites: ids.map(cite), ...(contested !== undefined ? { contested } : {}) };
}

/** The day the vulnerability was exploited or the damage occurred, and whether that was after the declared support end. */
function afterSupportEnd(ctx: Ctx): Tri {
  const end = ctx.c.product.supportEnd ?? null;
  const on: IsoDate | null = ctx.c.events?.damageOn ?? null;
  if (end === null || on === null) return 'unknown';
  return on > end;
}

export function exemptions(ctx: Ctx): Exemption[] {
  return ctx.regime === 'pld-1985' ? exemptions1985(ctx) : ctx.regime === 'pld-2024' ? exemptions2024(ctx) : [];
}

function exemptions2024(ctx: Ctx): Exemption[] {
  const { c } = ctx;
  const e = c.events ?? {};
  const ops = c.operators ?? [];
  const out: Exemption[] = [];
  const notPlaced = ops.filter((o) => o.role !== 'distributor' && o.placedOnMarket === false);
  out.push(notPlaced.length > 0
    ? exemption('not-placed', notPlaced.map((o) => o.name).join(', '), 'available', 'The operator did not place the product on the market or put it into service.', ['pld-2024:art-11(1)(a)'])
    : exemption('not-placed', 'manufacturer, importer', c.product.placedOnMarketOn || c.product.putIntoServiceOn ? 'excluded' : 'unknown', 'Not available to whoever placed the product on the market or put it into service.', ['pld-2024:art-11(1)(a)']));
  const dists = ops.filter((o) => o.role === 'distributor' || o.role === 'online-platform');
  if (dists.length > 0) {
    const off = dists.filter((o) => o.placedOnMarket === false);
    out.push(exemption('not-made-available', dists.map((o) => o.name).join(', '), off.length > 0 ? 'available' : dists.every((o) => o.placedOnMarket === true) ? 'excluded' : 'unknown', 'A distributor is exempt if it did not make the product available on the market.', ['pld-2024:art-11(1)(b)']));
  }
  out.push(laterDefect2024(ctx));
  out.push(e.defectDueToLegalRequirement === true
    ? exemption('legal-requirement', 'any operator', 'available', 'The defect is due to the product’s compliance with legal requirements.', ['pld-2024:art-11(1)(d)'])
    : exemption('legal-requirement', 'any operator', e.defectDueToLegalRequirement === false ? 'excluded' : 'not-raised', 'Available only where the defect is due to compliance with legal requirements; nothing suggests that here.', ['pld-2024:art-11(1)(d)']));
  out.push(developmentRisk(ctx, ['pld-2024:art-11(1)(e)', 'pld-2024:art-18'], true));
  for (const o of ops.filter((x) => x.role === 'component-manufacturer')) {
    out.push(exemption('component-design', o.name, 'not-raised', 'A component maker is exempt if the defect is attributable to the design of the product it was integrated into or to the instructions of that product’s manufacturer.', ['pld-2024:art-11(1)(f)']));
  }
  for (const o of ops.filter((x) => x.role === 'substantial-modifier')) {
    const inPart = tri(o.defectInModifiedPart);
    out.push(exemption('unmodified-part', o.name, inPart === false ? 'available' : inPart === true ? 'excluded' : 'unknown', 'Whoever substantially modified the product is exempt if the defect relates to a part not affected by the modification.', ['pld-2024:art-11(1)(g)']));
  }
  return out;
}

function laterDefect2024(ctx: Ctx): Exemption {
  const { c } = ctx;
  const e = c.events ?? {};
  const ids: ProvisionId[] = ['pld-2024:art-11(1)(c)', 'pld-2024:art-11(2)'];
  const who = 'manufacturer and operators liable in its place';
  const afterEnd = afterSupportEnd(ctx);
  const missingUpdate = e.update === 'never-provided' || e.update === 'not-installed';
  if (c.product.substantiallyModified === true && ctx.c.operators?.every((o) => o.modifiedOutsideManufacturerControl !== true)) {
    return exemption('later-defect', who, 'excluded', 'The product was substantially modified under the manufacturer’s control: the defence that the defect arose after placing on the market is not available for a defect due to that modification.', ['pld-2024:art-11(1)(c)', 'pld-2024:art-11(2)(d)']);
  }
  if (e.defectFromLaterSoftware === true) {
    return exemption('later-defect', who, 'excluded', 'The defect lies in software, an update or a related service supplied under the manufacturer’s control: the defence that the defect did not exist when placed on the market is not available.', ['pld-2024:art-11(1)(c)', 'pld-2024:art-11(2)(a)', 'pld-2024:art-11(2)(b)']);
  }
  if (e.vulnerabilityExploited === true || missingUpdate) {
    if (afterEnd === true) {
      return exemption('later-defect', who, 'unknown', `The damage occurred after the declared end of support. ${CONTESTED.controlAfterSupportEnd.text}`, [...ids, 'pld-2024:art-4(5)'], CONTESTED.controlAfterSupportEnd.contested);
    }
    return exemption('later-defect', who, 'excluded',
      'The exploited vulnerability was in the software, and a lack of security updates necessary to maintain safety is a ground the defence cannot answer while the product is within the manufacturer’s control (its ability to supply updates): the defence that the defect arose later is not available.'
      + (afterEnd === 'unknown' ? ' (The support end or the damage date is not given; after a declared end of support the point would be contested.)' : ''),
      [...ids, 'pld-2024:art-11(2)(b)', 'pld-2024:art-11(2)(c)']);
  }
  return exemption('later-defect', who, 'unknown', 'Available if the operator proves it probable that the defect did not exist when the product was placed on the market or came into being afterwards — but not where the defect is due to a related service, software or its updates, a lack of security updates necessary for safety or a substantial modification within the manufacturer’s control.', ids);
}

function developmentRisk(ctx: Ctx, ids: ProvisionId[], extendedToControl: boolean): Exemption {
  const e = ctx.c.events ?? {};
  const who = 'manufacturer';
  const derogation = tri(e.memberStateDevelopmentRiskDerogation);
  if (derogation === true) {
    return exemption('development-risk', who, 'excluded', 'The Member State excludes the development-risk defence for this kind of product.', ids);
  }
  const known = tri(e.vulnerabilityKnownAtPlacing);
  // Knowledge gained while the product is within the manufacturer's control counts (2024/2853), whatever was done with it.
  const awareBeforeDamage = Boolean(e.manufacturerAwareOn && e.damageOn && e.manufacturerAwareOn < e.damageOn);
  if (known === true) {
    return exemption('development-risk', who, 'excluded', 'The state of scientific and technical knowledge when the product was placed on the market allowed the vulnerability to be discovered: the development-risk defence fails.', ids);
  }
  if (extendedToControl && awareBeforeDamage) {
    return exemption('development-risk', who, 'excluded', `The manufacturer knew of the vulnerability from ${e.manufacturerAwareOn}, before the damage on ${e.damageOn}, while the product was within its control; the defence looks at the state of knowledge during that whole period, so it fails for damage after that date (what was then done with the fix is a question of defect and of contributory fault, not of this defence).`, ids);
  }
  if (derogation === 'unknown' && (known === false || e.zeroDay === true)) {
    ctx.ask('events.memberStateDevelopmentRiskDerogation', 'Does the Member State of the claim exclude the development-risk defence for this kind of product?', 'Member States may keep or introduce liability for development risks.');
  }
  if (e.zeroDay === true || e.vulnerabilityExploited === true && known === 'unknown') {
    return exemption('development-risk', who, 'unknown', CONTESTED.zeroDay.text, ids, CONTESTED.zeroDay.contested);
  }
  if (known === false) {
    return exemption('development-risk', who, derogation === false ? 'available' : 'unknown', 'The objective state of scientific and technical knowledge did not allow the defect to be discovered' + (extendedToControl ? ' when placed on the market or while within the manufacturer’s control' : ' when the product was put into circulation') + '; available unless the Member State excludes it.', ids);
  }
  return exemption('development-risk', who, 'not-raised', 'Available only if the objective state of scientific and technical knowledge did not allow the defect to be discovered; the facts do not raise it.', ids);
}

function exemptions1985(ctx: Ctx): Exemption[] {
  const { c } = ctx;
  const e = c.events ?? {};
  const out: Exemption[] = [];
  out.push(exemption('not-placed', 'producer', c.product.placedOnMarketOn || c.product.putIntoServiceOn ? 'excluded' : 'unknown', 'Not available to a producer that put the product into circulation.', ['pld-1985:art-7(a)']));
  const missingUpdate = e.update === 'never-provided' || e.update === 'not-installed';
  if (e.vulnerabilityExploited === true) {
    out.push(exemption('later-defect', 'producer', e.zeroDay === true ? 'unknown' : 'excluded',
      'The exploited vulnerability was in the software when the product was put into circulation, so the defence that the defect arose later fails on the facts. Unlike 2024/2853, Directive 85/374 has no carve-out for missing updates: a defect that truly arose after circulation (e.g. from a later update or a changed threat) would let the producer escape.',
      ['pld-1985:art-7(b)'], e.zeroDay === true ? CONTESTED.zeroDay.contested : undefined));
  } else if (missingUpdate || e.defectFromLaterSoftware === true) {
    out.push(exemption('later-defect', 'producer', 'available', 'The defect arose after the product was put into circulation (a missing or later update); Directive 85/374 has no carve-out for software updates, so the defence is available if the producer proves it probable.', ['pld-1985:art-7(b)']));
  } else {
    out.push(exemption('later-defect', 'producer', 'unknown', 'Available if the producer proves it probable that the defect did not exist when the product was put into circulation or came into being afterwards.', ['pld-1985:art-7(b)']));
  }
  out.push(exemption('not-for-sale', 'producer', 'not-raised', 'The product was neither manufactured for sale or any economic purpose nor made in the course of business.', ['pld-1985:art-7(c)']));
  out.push(exemption('legal-requirement', 'producer', e.defectDueToLegalRequirement === true ? 'available' : 'not-raised', 'The defect is due to compliance with mandatory regulations issued by public authorities.', ['pld-1985:art-7(d)']));
  out.push(developmentRisk(ctx, ['pld-1985:art-7(e)', 'pld-1985:art-15(1)(b)'], false));
  for (const o of (c.operators ?? []).filter((x) => x.role === 'component-manufacturer')) {
    out.push(exemption('component-design', o.name, 'not-raised', 'A component maker is exempt if the defect is attributable to the design of the product it was fitted into or to that producer’s instructions.', ['pld-1985:art-7(f)']));
  }
  return out;
}

export function reductions(ctx: Ctx): Finding[] {
  const e = ctx.c.events ?? {};
  const old = ctx.regime === 'pld-1985';
  const out: Finding[] = [];
  if (e.thirdPartyAct === true || e.vulnerabilityExploited === true) {
    out.push(finding('third-party', false, 'Liability is not reduced because a third party — here the attacker who exploited the vulnerability — also caused the damage; recourse against that person is a matter of national law.', old ? ['pld-1985:art-8(1)'] : ['pld-2024:art-13(1)']));
  }
  if (e.update === 'declined') {
    const informed = tri(e.userInformedOfUpdateAndRisk);
    const bundled = tri(e.updateBundledWithFunctionalChanges);
    if (informed === 'unknown') ctx.ask('events.userInformedOfUpdateAndRisk', 'Was the user told of the update and of the risk of not installing it?', 'Declining an update one was not warned about is hardly fault.');
    if (bundled === 'unknown') ctx.ask('events.updateBundledWithFunctionalChanges', 'Was the security fix only available bundled with functionality changes?', 'Declining a bundle of unwanted changes weighs less than declining a security fix offered on its own.');
    const against: string[] = [];
    if (informed === false) against.push('the user was not told of the update and its risk');
    if (bundled === true) {
      against.push(ctx.c.product.medicalDevice === true
        ? 'the fix came only bundled with functionality changes the user could reasonably refuse (a medical device is outside the CRA and its rule that security updates be separate where technically feasible, but the same expectation informs the safety a person is entitled to expect)'
        : 'the fix came only bundled with functionality changes the user could reasonably refuse (the CRA asks for security updates separate from functionality updates where technically feasible, Annex I Part II(2))');
    }
    const had = e.fixAvailableOn && e.damageOn && e.fixAvailableOn <= e.damageOn ? ` The fix was available from ${e.fixAvailableOn}, ${daysBetween(e.fixAvailableOn, e.damageOn)} days before the damage.` : '';
    const text = `${CONTESTED.declinedUpdateFault.text}${had}${against.length ? ` Here, weighing against a reduction: ${against.join('; ')}.` : informed === true && bundled === false ? ' Here the user was warned and the fix was offered on its own, which supports a reduction.' : ''}`;
    out.push(finding('contributory-fault', 'unknown', text, old ? ['pld-1985:art-8(2)'] : ['pld-2024:art-13(2)', 'cra:annex-I-part-II(2)'], CONTESTED.declinedUpdateFault.contested));
  } else if (e.update === 'installed' || e.update === 'never-provided' || e.update === 'not-installed') {
    out.push(finding('contributory-fault', false, e.update === 'installed' ? 'The user installed the available update: no fault of the injured person appears from the update history.' : 'No update was offered to the user: a missing update cannot be the injured person’s fault.', old ? ['pld-1985:art-8(2)'] : ['pld-2024:art-13(2)']));
  }
  return out;
}
