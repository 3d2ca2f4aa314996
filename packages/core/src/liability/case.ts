/**
 * A damage case for the product-liability analysis: the product and unit, the injured person,
 * the damage, what happened (vulnerability, updates, support), the economic operators and what
 * the claimant can show. Every fact is optional; a missing fact is unknown and becomes a question.
 */
import { z } from 'zod';
import { issuesOf } from '../facts/profile-schema.ts';
import type { ProfileIssue } from '../facts/profile-schema.ts';
import { MEMBER_STATES } from '../facts/vocabulary.ts';
import { isIsoDate } from '../time/plain-date.ts';

const date = (description: string) =>
  z.string().refine(isIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' }).nullable().optional().meta({ format: 'date', description });
const bool = (description: string) => z.boolean().nullable().optional().meta({ description });
const amount = (description: string) => z.number().nonnegative().nullable().optional().meta({ description, unit: 'EUR' });

export const ITEM_KINDS = {
  'device-with-software': 'A physical product with embedded software (device, wearable, pump)',
  software: 'Software on its own (an app, a SaaS, an AI system)',
  'software-update': 'A software update or upgrade',
  'digital-manufacturing-file': 'A digital manufacturing file (e.g. for 3D printing)',
  'related-service': 'A digital service integrated or inter-connected with a product (e.g. its cloud back-end)',
  'source-code': 'Mere source code, not supplied as a product',
  information: 'Information content (e.g. advice in an app, a dataset)',
} as const;

export const OPERATOR_ROLES = {
  manufacturer: 'Manufacturer (incl. whoever presents itself as manufacturer by name or trademark)',
  'component-manufacturer': 'Manufacturer of a component (incl. software or a related service)',
  'authorised-representative': 'Authorised representative of the manufacturer',
  importer: 'Importer',
  'fulfilment-service-provider': 'Fulfilment service provider',
  distributor: 'Distributor (seller, retailer)',
  'online-platform': 'Provider of an online platform enabling distance contracts',
  'substantial-modifier': 'Person who substantially modified the product',
} as const;

export const UPDATE_STATES = {
  installed: 'A fix was available and installed before the damage',
  declined: 'A fix was offered and the user declined or postponed it',
  'not-installed': 'A fix was available but not installed (not offered to or not reached the user)',
  'never-provided': 'No fix was ever provided',
  'not-relevant': 'The damage does not turn on a software update',
} as const;

const Operator = z.strictObject({
  name: z.string().min(1).max(200),
  role: z.enum(Object.keys(OPERATOR_ROLES) as [keyof typeof OPERATOR_ROLES]),
  establishedInEu: bool('Is it established in the EU?'),
  componentDefective: bool('Component makers: was their component defective and did it cause the product to be defective?'),
  componentWithinControl: bool('Component makers: was the component integrated or inter-connected under the manufacturer’s control?'),
  identifiedSupplierWithinMonth: bool('Distributors and platforms: did it name a liable EU operator or its own supplier within one month of the claimant’s request?'),
  presentsAsTrader: bool('Online platforms: does it present the product or enable the transaction so that an average consumer believes the platform or a trader under its authority supplies it (DSA Art 6(3))?'),
  modifiedOutsideManufacturerControl: bool('Substantial modifiers: was the modification made outside the original manufacturer’s control?'),
  defectInModifiedPart: bool('Substantial modifiers: does the defect relate to the part affected by the modification?'),
  placedOnMarket: bool('Did this operator place the product on the market or put it into service (for distributors: make it available)?'),
  smallSoftwareComponentWaiver: bool('A micro or small enterprise that made a software component, and the manufacturer agreed it has no right of recourse against it?'),
});

export const LiabilityCaseSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  memberState: z.enum(Object.keys(MEMBER_STATES) as [keyof typeof MEMBER_STATES]).nullable().optional().meta({ description: 'Member State whose court hears the claim (its national transposing law applies).' }),
  product: z.strictObject({
    name: z.string().optional(),
    item: z.enum(Object.keys(ITEM_KINDS) as [keyof typeof ITEM_KINDS]).nullable().optional().meta({ description: 'What is said to be defective.' }),
    placedOnMarketOn: date('When the unit that caused the damage was placed on the market.'),
    putIntoServiceOn: date('When it was put into service, where that is the relevant moment (e.g. not placed on the market before use).'),
    softwareVersion: z.string().max(200).nullable().optional(),
    medicalDevice: bool('Is it a medical device or IVD under the MDR/IVDR?'),
    openSourceOutsideCommercialActivity: bool('Is it free and open-source software developed or supplied outside a commercial activity?'),
    canLearn: bool('Can it continue to learn or acquire new features after placing on the market?'),
    substantiallyModified: bool('Was it substantially modified after placing on the market?'),
    modifiedAvailableOn: date('When the substantially modified product was made available or put into service.'),
    supportEnd: date('End of the support period (security updates) declared for it.'),
    recalled: bool('Was it the subject of a recall or other safety intervention?'),
  }),
  claimant: z.strictObject({
    naturalPerson: bool('Is the injured person a natural person?'),
    awareOn: date('When the injured person became aware (or should reasonably have become aware) of the damage, the defect and the identity of the liable operator.'),
  }).optional(),
  damage: z.strictObject({
    death: bool('Did the defect cause a death?'),
    personalInjury: bool('Did it cause physical personal injury?'),
    psychologicalHarm: z.enum(['medically-recognised', 'not-medically-recognised', 'none']).nullable().optional().meta({ description: 'Harm to psychological health.' }),
    latentPersonalInjury: bool('Did the latency of a personal injury prevent proceedings within ten years?'),
    propertyDamage: bool('Was other property damaged or destroyed?'),
    propertyOnlyTheProductItself: bool('Is the damaged property only the defective product itself?'),
    propertyProfessionalUseOnly: bool('Was the damaged property used exclusively for professional purposes?'),
    propertyAmountEur: amount('Amount of the property damage.'),
    dataLoss: bool('Were data destroyed or corrupted?'),
    dataProfessionalUse: bool('Were those data used for professional purposes?'),
    amountEur: amount('Total amount claimed.'),
  }).optional(),
  events: z.strictObject({
    damageOn: date('When the damage occurred.'),
    vulnerabilityExploited: bool('Was a security vulnerability exploited?'),
    zeroDay: bool('Was it exploited before any fix existed (a zero-day)?'),
    vulnerabilityKnownAtPlacing: bool('Was the vulnerability (or its class) known, or discoverable by the state of scientific and technical knowledge, when the product was placed on the market?'),
    manufacturerAwareOn: date('When the manufacturer became aware of the vulnerability.'),
    fixAvailableOn: date('When a fix was released.'),
    update: z.enum(Object.keys(UPDATE_STATES) as [keyof typeof UPDATE_STATES]).nullable().optional().meta({ description: 'What happened with the fix.' }),
    updateBundledWithFunctionalChanges: bool('Was the security fix only available bundled with functionality changes?'),
    userInformedOfUpdateAndRisk: bool('Was the user told of the update and of the consequences of not installing it?'),
    thirdPartyAct: bool('Did a third party (e.g. an attacker) contribute to the damage?'),
    defectFromLaterSoftware: bool('Does the defect lie in software, an update or a related service supplied after placing on the market under the manufacturer’s control?'),
    defectDueToLegalRequirement: bool('Is the defect due to compliance with a legal requirement?'),
    nonCompliance: z.array(z.enum(['cra', 'mdr', 'ivdr', 'gpsr', 'red-da', 'national'])).nullable().optional().meta({ description: 'Mandatory safety requirements the claimant can show the product breached (e.g. CRA Annex I, MDR GSPR 17).' }),
    obviousMalfunction: bool('Was the damage caused by an obvious malfunction during reasonably foreseeable use or ordinary circumstances?'),
    disclosureRefused: bool('Did the defendant fail to disclose relevant evidence ordered by the court?'),
    excessiveDifficulty: bool('Does the claimant face excessive difficulty proving defect or causation because of technical or scientific complexity?'),
    likelyDefectOrCausation: bool('Can the claimant show that the product is likely defective or the causal link likely?'),
    damageTypicalOfDefect: bool('Is the damage of a kind typically consistent with the defect?'),
    memberStateDevelopmentRiskDerogation: bool('Does the Member State exclude the development-risk defence for this kind of product?'),
  }).optional(),
  operators: z.array(Operator).max(50).optional(),
}).meta({
  title: 'iomt-compliance liability case',
  description: 'A damage case for the product-liability analysis under Directive 85/374/EEC or Directive (EU) 2024/2853.',
});

export type LiabilityCase = z.infer<typeof LiabilityCaseSchema>;
export type LiabilityOperator = z.infer<typeof Operator>;
export type LiabilityCaseParse = { ok: true; value: LiabilityCase } | { ok: false; issues: ProfileIssue[] };

export function parseLiabilityCase(input: unknown): LiabilityCaseParse {
  const r = LiabilityCaseSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesOf(r.error, input) };
}

export function liabilityCaseJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(LiabilityCaseSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
