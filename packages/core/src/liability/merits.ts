/**
 * The elements of the claim: is the item a product, may the claimant claim, which damage
 * counts, which defectiveness grounds the facts raise, and which presumptions help the claimant.
 */
import { CRA_APPLIES_FROM } from '../kb/lifecycle/support-law.ts';
import { CONTESTED, PLD_1985_PROPERTY_THRESHOLD_ECU } from '../kb/liability/pld-law.ts';
import { reason } from '../lifecycle/trace.ts';
import type { Reason } from '../lifecycle/trace.ts';
import { byRegime, finding, tri } from './context.ts';
import type { Ctx } from './context.ts';
import { firstCirculation } from './regime.ts';
import type { DamageHead, Finding, Tri } from './types.ts';

export function productFinding(ctx: Ctx): Finding {
  const { product } = ctx.c;
  if (product.openSourceOutsideCommercialActivity === true) {
    return finding('product', false, 'Free and open-source software developed or supplied outside a commercial activity is outside Directive 2024/2853; a manufacturer that integrates it answers for it as part of its own product.', byRegime(ctx, ['pld-1985:art-2'], ['pld-2024:art-2(2)']));
  }
  const item = product.item ?? null;
  if (item === null) {
    ctx.ask('product.item', 'What is said to be defective: a device with software, software on its own, an update, a related service, information…?', 'Software and digital manufacturing files are products under 2024/2853; information and mere source code are not; under 85/374 stand-alone software is disputed.');
    return finding('product', 'unknown', 'What is said to be defective is not known.', byRegime(ctx, ['pld-1985:art-2'], ['pld-2024:art-4(1)']));
  }
  if (item === 'information' || item === 'source-code') {
    return finding('product', false, 'Information content and mere source code are not products; the claim would have to target the product that carries or uses them.', byRegime(ctx, ['pld-1985:art-2'], ['pld-2024:art-4(1)', 'pld-2024:recital-13']));
  }
  if (item === 'related-service') {
    return finding('product', false, 'A related service is not itself a product but a component of the product it is integrated or inter-connected with; the product’s manufacturer answers for it, and its provider as the maker of a component.', byRegime(ctx, ['pld-1985:art-3(1)'], ['pld-2024:art-4(3)', 'pld-2024:art-4(4)', 'pld-2024:art-8(1)']));
  }
  if (ctx.regime === 'pld-1985' && item !== 'device-with-software') {
    return finding('product', 'unknown', `Under 85/374 a product is any movable. ${CONTESTED.software1985.text}`, ['pld-1985:art-2'], CONTESTED.software1985.contested);
  }
  if (item === 'device-with-software') {
    return finding('product', true, 'A physical product is a movable and so a product; its embedded software is part of it and, under 2024/2853, a product in its own right.', byRegime(ctx, ['pld-1985:art-2'], ['pld-2024:art-4(1)']));
  }
  return finding('product', ctx.regime === 'unknown' ? 'unknown' : true, 'Software — including updates and upgrades, however supplied — and digital manufacturing files are products under 2024/2853.', ['pld-2024:art-4(1)']);
}

export function claimantFinding(ctx: Ctx): Finding {
  const natural = tri(ctx.c.claimant?.naturalPerson);
  if (natural === 'unknown') ctx.ask('claimant.naturalPerson', 'Is the injured person a natural person?', 'Only natural persons (and those who succeed to their rights) can claim.');
  const text = natural === false
    ? (ctx.regime === 'pld-1985'
      ? 'Directive 85/374 compensates death, personal injury and damage to property for private use: damage a company or hospital does not suffer as such, so it has no claim of its own.'
      : 'Only natural persons who suffer damage can claim (and those who succeed to or act on their rights); a company or hospital has no claim of its own for its losses.')
    : natural === true ? 'A natural person who suffers damage caused by a defective product is entitled to compensation.' : 'Whether the injured person is a natural person is not known.';
  return finding('claimant', natural, text, byRegime(ctx, ['pld-1985:art-1', 'pld-1985:art-9'], ['pld-2024:art-5(1)']));
}

export function damageHeads(ctx: Ctx): { heads: DamageHead[]; threshold: Reason | null } {
  const d = ctx.c.damage ?? {};
  const old = ctx.regime === 'pld-1985';
  const heads: DamageHead[] = [];
  const head = (h: DamageHead['head'], f: Finding) => heads.push({ ...f, head: h });
  if (Object.keys(d).length === 0) ctx.ask('damage', 'What damage was suffered: death, personal injury, psychological harm, property, data?', 'Only certain heads of damage are compensable.');
  if (d.death === true) head('death', finding('damage-death', true, 'Death is compensable damage.', byRegime(ctx, ['pld-1985:art-9'], ['pld-2024:art-6(1)(a)'])));
  if (d.personalInjury === true) head('personal-injury', finding('damage-injury', true, 'Personal injury is compensable damage.', byRegime(ctx, ['pld-1985:art-9'], ['pld-2024:art-6(1)(a)'])));
  if (d.psychologicalHarm === 'medically-recognised' || d.psychologicalHarm === 'not-medically-recognised') {
    const recognised = d.psychologicalHarm === 'medically-recognised';
    head('psychological-harm', old
      ? finding('damage-psychological', 'unknown', 'Directive 85/374 does not say whether harm to psychological health is personal injury; national law decides.', ['pld-1985:art-9'], 'Left to national law under 85/374.')
      : finding('damage-psychological', recognised, recognised
        ? 'Medically recognised damage to psychological health is personal injury.'
        : 'Psychological harm that is not medically recognised is not personal injury under the Directive; national law may compensate it as non-material loss of another head.', ['pld-2024:art-6(1)(a)', 'pld-2024:art-6(2)']));
  }
  if (d.propertyDamage === true) {
    const own = d.propertyOnlyTheProductItself === true;
    const pro = tri(d.propertyProfessionalUseOnly);
    if (pro === 'unknown' && !own) ctx.ask('damage.propertyProfessionalUseOnly', 'Was the damaged property used exclusively (85/374: mainly) for professional purposes?', 'Property used for professional purposes is excluded.');
    let holds: Tri = own ? false : pro === 'unknown' ? 'unknown' : !pro;
    let text = own ? 'Damage to the defective product itself is not compensable.' : pro === true
      ? (old ? 'Property not ordinarily intended and used mainly for private use is excluded.' : 'Property used exclusively for professional purposes is excluded.')
      : 'Damage to other property is compensable.';
    if (old && holds !== false) {
      const amount = d.propertyAmountEur ?? null;
      if (amount === null) ctx.ask('damage.propertyAmountEur', 'What is the amount of the property damage (EUR)?', `Under 85/374 property damage below ${PLD_1985_PROPERTY_THRESHOLD_ECU} ECU is not compensable.`);
      else if (amount <= PLD_1985_PROPERTY_THRESHOLD_ECU) { holds = false; text = `Property damage of EUR ${amount} does not exceed the ${PLD_1985_PROPERTY_THRESHOLD_ECU} ECU threshold.`; }
      else text += ` The ${PLD_1985_PROPERTY_THRESHOLD_ECU} ECU threshold is exceeded (commonly read as a deductible; the national amount may differ).`;
    }
    head('property', finding('damage-property', holds, text, byRegime(ctx, ['pld-1985:art-9'], ['pld-2024:art-6(1)(b)'])));
  }
  if (d.dataLoss === true) {
    if (old) {
      head('data', finding('damage-data', false, 'Directive 85/374 knows no head of damage for data; national law may treat a damaged data carrier as property.', ['pld-1985:art-9'], 'Whether lost data can count as property under national law is disputed.'));
    } else {
      const pro = tri(d.dataProfessionalUse);
      if (pro === 'unknown') ctx.ask('damage.dataProfessionalUse', 'Were the destroyed or corrupted data used for professional purposes?', 'Only data not used for professional purposes count.');
      head('data', finding('damage-data', pro === 'unknown' ? 'unknown' : !pro, pro === true
        ? 'Data used for professional purposes are excluded.'
        : 'Destruction or corruption of data not used for professional purposes is compensable, including the cost of recovering or restoring them.', ['pld-2024:art-6(1)(c)']));
    }
  }
  const threshold = old
    ? reason(`Property damage counts only above a lower threshold of ${PLD_1985_PROPERTY_THRESHOLD_ECU} ECU; non-material damage is left to national law.`, ['pld-1985:art-9'])
    : ctx.regime === 'pld-2024'
      ? reason('No lower threshold and no ceiling: all material losses from the compensable heads are covered, non-material losses as far as national law compensates them.', ['pld-2024:art-6(2)'])
      : null;
  return { heads, threshold };
}

export function defectivenessGrounds(ctx: Ctx): Finding[] {
  const { c } = ctx;
  const e = c.events ?? {};
  const out: Finding[] = [];
  if (ctx.regime === 'pld-1985') {
    out.push(finding('defect-expectation', true, 'A product is defective when it does not provide the safety a person is entitled to expect, taking account of its presentation, the use that could reasonably be expected and the time it was put into circulation; it is not defective merely because a better product was later put into circulation.', ['pld-1985:art-6(1)', 'pld-1985:art-6(2)']));
    if (e.vulnerabilityExploited === true) out.push(finding('defect-cybersecurity', true, 'An exploitable vulnerability can make the product lack the safety a person is entitled to expect; 85/374 names no cybersecurity criterion, so this rests on the general test.', ['pld-1985:art-6(1)']));
    return out;
  }
  out.push(finding('defect-expectation', true, 'A product is defective when it does not provide the safety a person is entitled to expect or that Union or national law requires, assessed on all circumstances.', ['pld-2024:art-7(1)']));
  const cyber = e.vulnerabilityExploited === true || (e.nonCompliance ?? []).some((r) => r === 'cra' || r === 'mdr' || r === 'ivdr' || r === 'red-da');
  if (cyber) out.push(finding('defect-cybersecurity', true, 'Relevant product safety requirements, including safety-relevant cybersecurity requirements, weigh in the assessment.', ['pld-2024:art-7(2)(f)']));
  if (c.product.canLearn === true) out.push(finding('defect-learning', true, 'The effect on the product of its ability to continue to learn or acquire new features after placing on the market.', ['pld-2024:art-7(2)(c)']));
  if (e.update !== undefined && e.update !== null && e.update !== 'not-relevant' || c.product.supportEnd) {
    out.push(finding('defect-control', true, 'The moment the product was placed on the market or, where the manufacturer keeps control after that (e.g. through software updates), the moment it left the manufacturer’s control.', ['pld-2024:art-7(2)(e)']));
    out.push(finding('defect-better-product', true, 'A product is not defective merely because a better product, including updates or upgrades, is later placed on the market; a missing update necessary to maintain safety is a different matter (Art 11(2)(c)).', ['pld-2024:art-7(3)', 'pld-2024:art-11(2)(c)']));
  }
  if (c.product.item === 'related-service' || e.vulnerabilityExploited === true) out.push(finding('defect-interconnection', true, 'The reasonably foreseeable effect on the product of other products, including by inter-connection.', ['pld-2024:art-7(2)(d)']));
  if (c.product.recalled === true) out.push(finding('defect-recall', true, 'A recall or other relevant intervention relating to product safety.', ['pld-2024:art-7(2)(g)']));
  if (c.product.medicalDevice === true) out.push(finding('defect-users', true, 'The specific needs of the group of users for whom the product is intended (here patients).', ['pld-2024:art-7(2)(h)']));
  return out;
}

export function presumptions(ctx: Ctx): { list: Finding[]; disclosure: Reason | null } {
  if (ctx.regime === 'pld-1985') {
    return {
      list: [finding('burden', true, 'The injured person must prove the damage, the defect and the causal link; 85/374 has no presumptions, though national courts may accept serious, specific and consistent evidence.', ['pld-1985:art-4'])],
      disclosure: reason('No disclosure rule in 85/374: national procedural law governs access to evidence.', ['pld-1985:art-4']),
    };
  }
  const e = ctx.c.events ?? {};
  const list: Finding[] = [finding('burden', true, 'The claimant proves defectiveness, damage and the causal link between them, helped by the presumptions below.', ['pld-2024:art-10(1)'])];
  const refused = tri(e.disclosureRefused);
  list.push(finding('presume-disclosure', refused, refused === true
    ? 'The defendant failed to disclose relevant evidence as ordered: defectiveness is presumed.'
    : 'Defectiveness is presumed if the defendant fails to disclose relevant evidence ordered under Art 9(1).', ['pld-2024:art-10(2)(a)']));
  const nc = e.nonCompliance ?? null;
  if (nc === null) ctx.ask('events.nonCompliance', 'Can the claimant show that the product breached a mandatory safety requirement (e.g. CRA Annex I, MDR GSPR 17)?', 'Non-compliance with mandatory safety requirements meant to protect against the risk raises a presumption of defectiveness.');
  const placed = firstCirculation(ctx.c);
  const craOff = nc?.includes('cra') && placed !== null && placed < CRA_APPLIES_FROM;
  const usable = (nc ?? []).filter((r) => !(r === 'cra' && craOff));
  list.push(finding('presume-non-compliance', nc === null ? 'unknown' : usable.length > 0,
    (usable.length > 0
      ? `The claimant can show non-compliance with mandatory safety requirements (${usable.join(', ').toUpperCase()}) meant to protect against the risk of the damage: defectiveness is presumed.`
      : 'Defectiveness is presumed where the claimant shows non-compliance with mandatory product safety requirements in Union or national law meant to protect against the risk of the damage (e.g. CRA essential requirements, MDR GSPR 17).')
      + (craOff ? ' The CRA’s essential requirements did not bind this product: it was placed on the market before 11 December 2027.' : ''),
    ['pld-2024:art-10(2)(b)', ...(usable.includes('cra') ? ['cra:annex-I' as const] : []), ...(usable.includes('mdr') ? ['mdr:annex-I-17.2' as const] : [])]));
  const obvious = tri(e.obviousMalfunction);
  list.push(finding('presume-malfunction', obvious, 'Defectiveness is presumed where the damage was caused by an obvious malfunction during reasonably foreseeable use or under ordinary circumstances.', ['pld-2024:art-10(2)(c)']));
  const defectShown = refused === true || usable.length > 0 || obvious === true;
  const typical = tri(e.damageTypicalOfDefect);
  list.push(finding('presume-causation', defectShown && typical === true ? true : typical === false ? false : 'unknown', 'The causal link is presumed where the product is shown (or presumed) defective and the damage is of a kind typically consistent with that defect.', ['pld-2024:art-10(3)']));
  const hard = tri(e.excessiveDifficulty);
  const likely = tri(e.likelyDefectOrCausation);
  list.push(finding('presume-complexity', hard === true && likely === true ? true : hard === false || likely === false ? false : 'unknown',
    'Where technical or scientific complexity makes proof excessively difficult, the court presumes defectiveness, the causal link or both if the claimant shows they are likely — typical for complex connected devices and AI.', ['pld-2024:art-10(4)']));
  list.push(finding('rebuttable', true, 'Every presumption can be rebutted by the defendant.', ['pld-2024:art-10(5)']));
  return {
    list,
    disclosure: reason('Once the claimant presents facts and evidence making the claim plausible, the court can order the defendant to disclose relevant evidence at its disposal, limited to what is necessary and proportionate and protecting trade secrets; the defendant can ask the same of the claimant.', ['pld-2024:art-9(1)', 'pld-2024:art-9(2)', 'pld-2024:art-9(4)']),
  };
}
