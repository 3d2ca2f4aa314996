// Artificial Intelligence Act — Regulation (EU) 2024/1689, as amended by Regulation (EU) 2026/1744
// (Digital Omnibus on AI).
import {
  all, any, duty, eq, event, firstKnown, has, hasAny, is, not, onOrAfter, oneOf, ref, rule, unless, classRule } from '../dsl.ts';
import { content } from '../incident-dossier.ts';
import type { ProvisionId } from '../provision-id.ts';
import type { ActDefinition, Condition, Obligation } from '../types.ts';

/**
 * High-risk AI systems phase in on two dates since Regulation (EU) 2026/1744: Annex III systems
 * from 2 December 2027, Annex I (product-embedded, including MDR/IVDR devices) from 2 August 2028
 * (Art 113, third paragraph, point (c), as amended). Each high-risk duty therefore exists once
 * per class, with the date and the classification rule of that class.
 */
const HIGH_RISK = {
  'annex-i': {
    part: 'high-risk-annex-i',
    predicate: 'ai-act:high-risk-annex-i',
    label: 'the AI system is high-risk under Art 6(1) (safety component of, or itself, a device needing a notified body)',
    from: '2028-08-02',
    fromText: '2 August 2028',
  },
  'annex-iii': {
    part: 'high-risk-annex-iii',
    predicate: 'ai-act:high-risk-annex-iii',
    label: 'the AI system is high-risk under Art 6(2) (an Annex III use)',
    from: '2027-12-02',
    fromText: '2 December 2027',
  },
} as const;
type HighRiskClass = keyof typeof HIGH_RISK;

/**
 * Art 111(2) as amended: high-risk systems placed on the market or put into service before the
 * Chapter III date are caught only if their design changes significantly from that date.
 */
const placedOrChangedFrom = (c: HighRiskClass): Condition =>
  any(
    onOrAfter('product.placedOnMarketOn', HIGH_RISK[c].from, {
      label: `the system is placed on the market or put into service on or after ${HIGH_RISK[c].fromText}`,
      cite: 'ai-act:art-111(2)',
    }),
    // A stated change date decides; without one, a product stated as unchanged is not caught
    // (the date of a change that did not happen is not asked for).
    firstKnown(
      onOrAfter('product.substantiallyModifiedOn', HIGH_RISK[c].from),
      all(
        is('product.substantiallyModified', { label: 'its design has been significantly changed', cite: 'ai-act:art-111(2)' }),
        onOrAfter('product.substantiallyModifiedOn', HIGH_RISK[c].from),
      ),
      {
        label: `its design is significantly changed on or after ${HIGH_RISK[c].fromText}`,
        cite: 'ai-act:art-111(2)',
      },
    ),
  );

interface HighRiskDuty {
  readonly slug: string;
  readonly role: Obligation['role'];
  readonly category: Obligation['category'];
  readonly cite: ProvisionId | Readonly<Record<HighRiskClass, ProvisionId>>;
  readonly title: string;
  readonly summary: string | Readonly<Record<HighRiskClass, string>>;
  readonly classes?: readonly HighRiskClass[];
  readonly when?: Condition;
  readonly note?: string;
}

const LEGACY_NOTE =
  'Art 111(2): systems placed on the market or put into service before the class’s application date are caught only if their design changes significantly afterwards. Recital 39 of Regulation (EU) 2026/1744 reads this per type and model (the first unit of the type decides); the engine tests the date of the units assessed, which can over-include further units of an unchanged type.';

/** One duty of Chapter III (or a related article), expanded into an Annex I and an Annex III variant. */
function highRisk(d: HighRiskDuty): Obligation[] {
  return (d.classes ?? (['annex-i', 'annex-iii'] as const)).map((c) =>
    duty({
      id: `ai-act:${d.slug}-${c}`,
      role: d.role,
      category: d.category,
      cite: typeof d.cite === 'string' ? d.cite : d.cite[c],
      title: `${d.title} (${c === 'annex-i' ? 'Annex I' : 'Annex III'} high-risk)`,
      summary: typeof d.summary === 'string' ? d.summary : d.summary[c],
      part: HIGH_RISK[c].part,
      when: all(
        ref(HIGH_RISK[c].predicate, { label: HIGH_RISK[c].label, cite: c === 'annex-i' ? 'ai-act:art-6(1)' : 'ai-act:art-6(2)' }),
        placedOrChangedFrom(c),
        ...(d.when ? [d.when] : []),
      ),
      note: d.note ? `${d.note} ${LEGACY_NOTE}` : LEGACY_NOTE,
    }),
  );
}

/** Art 73: the content of every serious-incident report, whichever deadline applies. */
const SERIOUS_INCIDENT_REPORT = content(
  'notifier-identity', 'contact-point', 'product-identification', 'incident-classification', 'occurrence-time',
  'awareness-time', 'occurrence-location', 'incident-description', 'persons-affected', 'health-outcome',
  'causal-assessment', 'corrective-actions',
);

const aiCausalLink = oneOf('incident.causalLink', ['established', 'reasonably-possible'], {
  label: 'a causal link between the AI system and the serious incident is established or reasonably likely',
  cite: 'ai-act:art-73(2)',
});

const widespreadInfringement = is('incident.widespreadInfringement', {
  label: 'the incident is a widespread infringement',
  cite: 'ai-act:art-3(61)',
});

const criticalInfrastructure = has('incident.aiSeriousIncident', 'critical-infrastructure', {
  label: 'it seriously and irreversibly disrupted the management or operation of critical infrastructure',
  cite: 'ai-act:art-3(49)(b)',
});

const deviceUnderMdrOrIvdr = any(
  ref('mdr:scope', { label: 'the product is a device covered by the MDR', cite: 'ai-act:art-73(10)' }),
  ref('ivdr:scope', { label: 'the product is a device covered by the IVDR', cite: 'ai-act:art-73(10)' }),
);

const completeReport = {
  id: 'complete-report',
  title: 'Complete report after an incomplete initial report',
  cite: 'ai-act:art-73(5)',
  deadline: { kind: 'without-undue-delay', anchor: { kind: 'awareness' } },
  content: content(
    'notifier-identity', 'product-identification', 'incident-classification', 'incident-description', 'persons-affected',
    'health-outcome', 'causal-assessment', 'manufacturer-investigation', 'corrective-actions',
  ),
  note: 'Only where an incomplete initial report was submitted to meet the deadline. The provider investigates, including a risk assessment and corrective action, and does not alter the AI system in a way that could affect the evaluation of the causes before informing the authorities (Art 73(6)).',
} as const;

export const aiAct: ActDefinition = {
  id: 'ai-act',
  kind: 'regulation',
  shortName: 'AI Act',
  title:
    'Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence and amending Regulations (EC) No 300/2008, (EU) No 167/2013, (EU) No 168/2013, (EU) 2018/858, (EU) 2018/1139 and (EU) 2019/2144 and Directives 2014/90/EU, (EU) 2016/797 and (EU) 2020/1828 (Artificial Intelligence Act)',
  number: 'Regulation (EU) 2024/1689',
  celex: '32024R1689',
  eli: 'http://data.europa.eu/eli/reg/2024/1689/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L_202401689',
  anchors: 'oj-html',
  structure: {
    articles: 113,
    insertedArticles: ['4a'],
    annexes: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'],
    recitals: 180,
  },
  summary:
    'Risk-based rules for AI systems: prohibited practices, AI literacy, requirements for high-risk AI systems (risk management, data governance, documentation, logging, transparency, human oversight, accuracy, robustness and cybersecurity), provider and deployer duties, conformity assessment, post-market monitoring and serious-incident reporting, and transparency duties for AI that interacts with people. AI medical devices that need a notified body under the MDR or IVDR are high-risk (Art 6(1)) and carry both regimes.',
  timeline: [
    event('2024-06-13', 'adopted', 'Signed by the Parliament and the Council'),
    event('2024-07-12', 'published', 'Published in the Official Journal (OJ L, 2024/1689)'),
    event('2024-08-01', 'entry-into-force', 'Enters into force on the twentieth day after publication', {
      cite: 'ai-act:art-113',
    }),
    event('2025-02-02', 'applies', 'Chapters I and II apply: general provisions including AI literacy (Art 4), and the prohibited practices (Art 5)', {
      part: 'prohibitions', cite: 'ai-act:art-113(a)',
    }),
    event('2025-08-02', 'applies', 'Chapter V (general-purpose AI models) applies', {
      part: 'gpai', cite: 'ai-act:art-113(b)',
    }),
    event('2025-08-02', 'applies', 'Chapter III Section 4 (notified bodies), Chapter VII (governance), Chapter XII (penalties, except Art 101) and Art 78 apply', {
      part: 'governance', cite: 'ai-act:art-113(b)',
    }),
    event('2026-07-08', 'other', 'Regulation (EU) 2026/1744 (Digital Omnibus on AI) signed, amending Arts 4, 5, 6, 111 and 113 among others'),
    event('2026-07-24', 'other', 'Regulation (EU) 2026/1744 published in the Official Journal (OJ L, 2026/1744, 24.7.2026)'),
    event('2026-07-27', 'other', 'Regulation (EU) 2026/1744 enters into force (third day after publication)', {
      uncertain: 'Inferred from the date of the EUR-Lex consolidated version that incorporates the amendment (27.07.2026) and from Art 113, third paragraph, point (d) as inserted (Arts 102–110 apply from 27 July 2026); the entry-into-force article of Regulation (EU) 2026/1744 itself was not read.',
    }),
    event('2026-08-02', 'applies', 'General date of application: the rest of the Regulation applies, including Chapter III Section 5 (Arts 40–49), Chapter VI and Art 101', {
      part: 'general', cite: 'ai-act:art-113',
    }),
    event('2026-08-02', 'applies', 'Transparency obligations of Art 50 apply', {
      part: 'transparency', cite: 'ai-act:art-113',
    }),
    event('2026-08-02', 'other', 'Original date for the high-risk rules for Annex III systems (Art 113 as adopted); moved to 2 December 2027 by Regulation (EU) 2026/1744', {
      cite: 'ai-act:art-113',
    }),
    event('2026-12-02', 'other', 'New prohibitions of Art 5(1)(ba) and (bb) (AI-generated non-consensual intimate content and child sexual abuse material) apply; end of the transition for Art 50(2) marking by systems placed on the market before 2 August 2026', {
      cite: 'ai-act:art-111(4)',
    }),
    event('2027-08-02', 'other', 'Original date for the high-risk rules for Annex I products, including AI medical devices (Art 113(c) as adopted); moved to 2 August 2028 by Regulation (EU) 2026/1744', {
      cite: 'ai-act:art-113(c)',
    }),
    event('2027-08-02', 'other', 'General-purpose AI models placed on the market before 2 August 2025 must comply', {
      cite: 'ai-act:art-111(3)',
    }),
    event('2027-12-02', 'applies', 'Chapter III Sections 1–3 apply to high-risk AI systems of Annex III (date set by Regulation (EU) 2026/1744)', {
      part: 'high-risk-annex-iii', cite: 'ai-act:art-113(c)',
    }),
    event('2028-08-02', 'applies', 'Chapter III Sections 1–3 apply to high-risk AI systems under Art 6(1) and Annex I, including MDR and IVDR devices (date set by Regulation (EU) 2026/1744)', {
      part: 'high-risk-annex-i', cite: 'ai-act:art-113(c)',
    }),
    event('2030-08-02', 'other', 'High-risk AI systems intended for use by public authorities and placed on the market before the Chapter III date must comply', {
      cite: 'ai-act:art-111(2)',
    }),
  ],
  parts: [
    { id: 'prohibitions', title: 'Chapters I and II: general provisions including AI literacy (Art 4), and prohibited practices (Art 5)', cite: 'ai-act:art-113(a)' },
    { id: 'gpai', title: 'Chapter V: general-purpose AI models', cite: 'ai-act:art-113(b)' },
    { id: 'governance', title: 'Chapter III Section 4, Chapter VII, Chapter XII (except Art 101) and Art 78', cite: 'ai-act:art-113(b)' },
    { id: 'general', title: 'The rest of the Regulation (general date of application)', cite: 'ai-act:art-113' },
    { id: 'transparency', title: 'Chapter IV: transparency obligations for certain AI systems (Art 50)', cite: 'ai-act:art-50' },
    { id: 'high-risk-annex-iii', title: 'Chapter III Sections 1–3 for high-risk AI systems of Annex III (Art 6(2))', cite: 'ai-act:art-113(c)' },
    { id: 'high-risk-annex-i', title: 'Chapter III Sections 1–3 for high-risk AI systems under Art 6(1) and Annex I (incl. MDR/IVDR devices)', cite: 'ai-act:art-113(c)' },
  ],
  scope: rule(
    'scope',
    'ai-act:art-2(1)',
    'an AI system placed on the market, put into service or used in the Union',
    is('product.ai.isAiSystem', {
      label: 'the product, or a component of it, is an AI system',
      cite: 'ai-act:art-3(1)',
    }),
    {
      unless: [
        unless('defence', 'ai-act:art-2(3)', 'the AI system is placed on the market, put into service or used exclusively for military, defence or national-security purposes', has('product.specialRegimes', 'national-security-defence')),
        unless('open-source', 'ai-act:art-2(12)', 'the AI system is released under a free and open-source licence and is neither high-risk nor subject to Art 50', all(
          is('product.openSource', { label: 'it is released under a free and open-source licence', cite: 'ai-act:art-2(12)' }),
          not(ref('ai-act:high-risk'), { label: 'it is not a high-risk AI system', cite: 'ai-act:art-2(12)' }),
          not(is('product.ai.interactsWithPersons', { label: 'it interacts directly with people or generates synthetic content', cite: 'ai-act:art-50(1)' }), {
            label: 'it does not fall under Art 50', cite: 'ai-act:art-2(12)',
          }),
        )),
      ],
      note: 'The Act reaches providers placing AI systems on the Union market wherever they are established, and deployers established or located in the Union (Art 2(1)). Systems developed and put into service solely for scientific research (Art 2(6)) are out of scope but not modelled. An open-source system is also not exempt if it is a prohibited practice (Art 5).',
    },
  ),
  predicates: [
    rule(
      'high-risk-annex-i',
      'ai-act:art-6(1)',
      'the AI system is a safety component of a device covered by the MDR or IVDR, or is itself such a device, and the device needs third-party conformity assessment',
      all(
        is('product.ai.safetyComponent', {
          label: 'the AI system is a safety component of the product, or is itself the product',
          cite: 'ai-act:art-6(1)(a)',
        }),
        any(
          all(
            ref('mdr:scope', { label: 'the product is a device covered by the MDR (Annex I Section A)', cite: 'ai-act:annex-I' }),
            ref('mdr:notified-body', { label: 'the MDR requires a notified body to assess its conformity', cite: 'ai-act:art-6(1)(b)' }),
          ),
          all(
            ref('ivdr:scope', { label: 'the product is a device covered by the IVDR (Annex I Section A)', cite: 'ai-act:annex-I' }),
            ref('ivdr:notified-body', { label: 'the IVDR requires a notified body to assess its conformity', cite: 'ai-act:art-6(1)(b)' }),
          ),
        ),
      ),
      {
        note: 'Only the MDR and IVDR routes of Annex I Section A are modelled; other Annex I legislation (e.g. radio equipment, toys) is not. Classification under the AI Act does not change the MDR/IVDR class; MDCG 2025-6 lists MDR class Is/Im/Ir, IIa, IIb, III and IVDR class A sterile, B, C, D as needing a notified body. Regulation (EU) 2026/1744 added Art 6(1a)–(1c): components solely for user assistance, performance optimisation, efficiency, automation, convenience or quality control are not safety components unless their failure would endanger health or safety.',
      },
    ),
    rule(
      'high-risk-annex-iii',
      'ai-act:art-6(2)',
      'the AI system is intended for a use listed in Annex III',
      oneOf('product.ai.annexIIIUseCase', [
        'emergency-triage', 'healthcare-eligibility', 'health-insurance-pricing', 'biometric-categorisation', 'other-annex-iii',
      ], { label: 'it is intended for a use listed in Annex III', cite: 'ai-act:annex-III' }),
      {
        note: 'Art 6(3) lets a provider document that an Annex III system poses no significant risk (narrow procedural task, improving a completed human activity, detecting patterns without replacing human assessment, preparatory task) unless it profiles natural persons; that derogation is not modelled and must be registered (Art 49(2)).',
      },
    ),
    rule(
      'high-risk',
      'ai-act:art-6',
      'the AI system is high-risk',
      any(
        ref('ai-act:high-risk-annex-i', { label: 'it is high-risk under Art 6(1) and Annex I', cite: 'ai-act:art-6(1)' }),
        ref('ai-act:high-risk-annex-iii', { label: 'it is high-risk under Art 6(2) and Annex III', cite: 'ai-act:art-6(2)' }),
      ),
    ),
  ],
  classifiers: [
    {
      id: 'risk',
      subject: 'product',
      title: 'AI Act risk category',
      cite: 'ai-act:art-6',
      mode: 'highest',
      outcomes: ['not-an-ai-system', 'not-high-risk', 'high-risk-annex-iii', 'high-risk-annex-i'],
      outcomeInfo: {
        'not-an-ai-system': { label: 'Not an AI system', consequence: 'The AI Act does not apply.' },
        'not-high-risk': {
          label: 'AI system, not high-risk',
          consequence: 'AI literacy (Art 4) and, where the system interacts with people or generates content, the transparency duties of Art 50.',
          part: 'transparency',
          cite: 'ai-act:art-50',
        },
        'high-risk-annex-iii': {
          label: 'High-risk AI system under Art 6(2) and Annex III',
          consequence: 'Chapter III requirements and provider duties (risk management, data governance, documentation, logging, transparency, human oversight, accuracy/robustness/cybersecurity, QMS, conformity assessment, registration), deployer duties (Art 26).',
          part: 'high-risk-annex-iii',
          cite: 'ai-act:art-6(2)',
        },
        'high-risk-annex-i': {
          label: 'High-risk AI system under Art 6(1) and Annex I (MDR/IVDR device needing a notified body)',
          consequence: 'Chapter III requirements, assessed within the MDR/IVDR conformity assessment by the notified body (Art 43(3)); serious incidents of devices reported under the MDR/IVDR, only fundamental-rights infringements under Art 73 (Art 73(10)).',
          part: 'high-risk-annex-i',
          cite: 'ai-act:art-6(1)',
        },
      },
      rules: [
        classRule('not-ai', 'ai-act:art-3(1)', 'the product contains no AI system', 'not-an-ai-system',
          not(is('product.ai.isAiSystem'), { label: 'neither the product nor a component of it is an AI system', cite: 'ai-act:art-3(1)' })),
        classRule('ai-system', 'ai-act:art-3(1)', 'the product is or contains an AI system', 'not-high-risk',
          is('product.ai.isAiSystem', { label: 'the product, or a component of it, is an AI system', cite: 'ai-act:art-3(1)' })),
        classRule('annex-iii', 'ai-act:art-6(2)', 'it is intended for a use listed in Annex III', 'high-risk-annex-iii',
          all(is('product.ai.isAiSystem'), ref('ai-act:high-risk-annex-iii', { label: 'it is intended for an Annex III use', cite: 'ai-act:annex-III' }))),
        classRule('annex-i', 'ai-act:art-6(1)', 'it is, or is a safety component of, an MDR/IVDR device that needs third-party conformity assessment', 'high-risk-annex-i',
          all(is('product.ai.isAiSystem'), ref('ai-act:high-risk-annex-i', { label: 'Art 6(1)(a) and (b) are met through the MDR or IVDR', cite: 'ai-act:art-6(1)' }))),
      ],
      note: 'Where both Art 6(1) and Art 6(2) apply the Art 6(1) route is shown, since it brings the product regulation’s conformity assessment. The derogation of Art 6(3) for Annex III systems that pose no significant risk is not modelled.',
    },
  ],
  notifications: [
    {
      id: 'ai-act:serious-incident',
      title: 'Report a serious incident involving a high-risk AI system',
      cite: 'ai-act:art-73(1)',
      trigger: all(
        ref('ai-act:high-risk-annex-iii', { label: HIGH_RISK['annex-iii'].label, cite: 'ai-act:art-6(2)' }),
        placedOrChangedFrom('annex-iii'),
        hasAny('incident.aiSeriousIncident', ['death', 'health-harm', 'critical-infrastructure', 'fundamental-rights', 'property-or-environment'], {
          label: 'the incident or malfunction of the AI system led to death, serious harm to health, disruption of critical infrastructure, an infringement of fundamental-rights obligations or serious harm to property or the environment (a serious incident)',
          cite: 'ai-act:art-3(49)',
        }),
        aiCausalLink,
      ),
      who: 'ai-provider',
      recipient: 'ai-market-surveillance-authority',
      exemptions: [
        unless('medical-device', 'ai-act:art-73(10)',
          'the AI system is, or is a safety component of, a device under the MDR or IVDR: health and safety incidents go through device vigilance, and only fundamental-rights infringements are reported under the AI Act',
          deviceUnderMdrOrIvdr),
      ],
      steps: [
        {
          id: 'report-widespread-or-critical-infrastructure',
          title: 'Report the widespread infringement or critical-infrastructure disruption',
          cite: 'ai-act:art-73(3)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 2, unit: 'days' } },
          content: SERIOUS_INCIDENT_REPORT,
          when: any(widespreadInfringement, criticalInfrastructure),
        },
        {
          id: 'report-death',
          title: 'Report the death of a person',
          cite: 'ai-act:art-73(4)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 10, unit: 'days' } },
          content: SERIOUS_INCIDENT_REPORT,
          when: all(
            has('incident.aiSeriousIncident', 'death', { label: 'a person died', cite: 'ai-act:art-73(4)' }),
            not(any(widespreadInfringement, criticalInfrastructure), {
              label: 'the shorter period of Art 73(3) does not apply',
              cite: 'ai-act:art-73(3)',
            }),
          ),
          note: 'Due immediately once a causal relationship is established or suspected, and at the latest 10 days after awareness.',
        },
        {
          id: 'report-serious-incident',
          title: 'Report the serious incident',
          cite: 'ai-act:art-73(2)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 15, unit: 'days' } },
          content: SERIOUS_INCIDENT_REPORT,
          when: not(any(
            has('incident.aiSeriousIncident', 'death', { label: 'a person died', cite: 'ai-act:art-73(4)' }),
            widespreadInfringement,
            criticalInfrastructure,
          ), { label: 'neither the 2-day nor the 10-day period applies', cite: 'ai-act:art-73(2)' }),
          note: 'Due immediately once a causal link is established or reasonably likely, and at the latest 15 days after awareness; the period takes account of the severity of the incident.',
        },
        completeReport,
      ],
      part: 'high-risk-annex-iii',
      note: `Report to the market surveillance authority of the Member State where the incident occurred. Where the deployer becomes aware first and cannot reach the provider, it reports in the provider’s place (Art 26(5)); the awareness that counts is the provider’s or, where applicable, the deployer’s (Art 73(2)). Providers of Annex III systems subject to equivalent Union reporting duties report only Art 3(49)(c) incidents (Art 73(9)); not modelled. ${LEGACY_NOTE}`,
    },
    {
      id: 'ai-act:serious-incident-device',
      title: 'Report a fundamental-rights infringement caused by an AI medical device',
      cite: 'ai-act:art-73(10)',
      trigger: all(
        deviceUnderMdrOrIvdr,
        ref('ai-act:high-risk', { label: 'the AI system is high-risk', cite: 'ai-act:art-6' }),
        placedOrChangedFrom('annex-i'),
        hasAny('incident.aiSeriousIncident', ['death', 'health-harm', 'critical-infrastructure', 'fundamental-rights', 'property-or-environment'], {
          label: 'the incident is a serious incident of the AI system',
          cite: 'ai-act:art-3(49)',
        }),
        aiCausalLink,
      ),
      // Stated as an exemption rather than folded into the trigger, so a plan shows why a death
      // or health harm involving an AI medical device is not reported under the AI Act.
      exemptions: [
        unless(
          'device-vigilance',
          'ai-act:art-73(10)',
          'for devices under the MDR or IVDR only infringements of fundamental-rights obligations are reported under the AI Act; death and harm to health go through MDR Art 87 / IVDR Art 82 vigilance',
          not(
            has('incident.aiSeriousIncident', 'fundamental-rights', {
              label: 'the incident infringed obligations under Union law intended to protect fundamental rights',
              cite: 'ai-act:art-3(49)(c)',
            }),
          ),
        ),
      ],
      who: 'ai-provider',
      recipient: 'ai-fundamental-rights-authority',
      steps: [
        {
          id: 'report-widespread-infringement',
          title: 'Report the widespread infringement',
          cite: 'ai-act:art-73(3)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 2, unit: 'days' } },
          content: SERIOUS_INCIDENT_REPORT,
          when: widespreadInfringement,
        },
        {
          id: 'report-serious-incident',
          title: 'Report the fundamental-rights infringement',
          cite: 'ai-act:art-73(2)',
          deadline: { kind: 'immediately', anchor: { kind: 'awareness' }, outerLimit: { amount: 15, unit: 'days' } },
          content: SERIOUS_INCIDENT_REPORT,
          when: not(widespreadInfringement, { label: 'it is not a widespread infringement', cite: 'ai-act:art-73(3)' }),
        },
        completeReport,
      ],
      part: 'high-risk-annex-i',
      note: `Goes to the national competent authority each Member State where the incident occurred chose for these notifications (Art 73(10)), which need not be the market surveillance authority. Deaths and harm to health caused by the device are reported under MDR Art 87 or IVDR Art 82 instead. Dated with the Annex I high-risk rules (2 August 2028); an AI medical device that is high-risk only through an Annex III use would be caught from 2 December 2027, which this entry does not distinguish. ${LEGACY_NOTE}`,
    },
  ],
  obligations: [
    duty({
      id: 'ai-act:ai-literacy-provider', role: 'ai-provider', category: 'governance',
      cite: 'ai-act:art-4', part: 'prohibitions', title: 'AI literacy of staff (provider)',
      summary: 'Take measures to support a sufficient level of AI literacy among staff and others operating or using AI systems on the provider’s behalf, taking into account their knowledge, experience and the context of use.',
      note: 'Regulation (EU) 2026/1744 recast Art 4 as a duty to take measures supporting AI literacy, without guaranteeing a level for any individual.',
    }),
    duty({
      id: 'ai-act:ai-literacy-deployer', role: 'ai-deployer', category: 'governance',
      cite: 'ai-act:art-4', part: 'prohibitions', title: 'AI literacy of staff (deployer)',
      summary: 'Take measures to support a sufficient level of AI literacy among clinicians and other staff who operate or use the AI system, taking into account their training and the patients the system is used on.',
      note: 'Regulation (EU) 2026/1744 recast Art 4 as a duty to take measures supporting AI literacy, without guaranteeing a level for any individual.',
    }),
    ...highRisk({
      slug: 'risk-management', role: 'ai-provider', category: 'security-requirements',
      cite: 'ai-act:art-9(1)', title: 'Risk management system',
      summary: 'Establish, document and maintain a risk management system running through the whole life cycle: identify and evaluate known and foreseeable risks to health, safety and fundamental rights (including from reasonably foreseeable misuse), adopt targeted measures and test the system against defined metrics. For Annex I devices it may be part of the MDR/IVDR risk management (Art 9(10)).',
    }),
    ...highRisk({
      slug: 'data-governance', role: 'ai-provider', category: 'security-requirements',
      cite: 'ai-act:art-10(1)', title: 'Data and data governance',
      summary: 'Develop the system with training, validation and testing data sets that meet quality criteria: documented collection and preparation, relevance and representativeness for the intended patients, examination and mitigation of possible biases, and identification of data gaps.',
    }),
    ...highRisk({
      slug: 'technical-documentation', role: 'ai-provider', category: 'documentation-and-information',
      cite: 'ai-act:art-11(1)', title: 'Technical documentation',
      summary: 'Draw up the technical documentation of Annex IV before placing on the market and keep it up to date; keep it, the QMS documentation and the declaration of conformity for ten years (Art 18). For Annex I devices a single set of documentation covers the MDR/IVDR and the AI Act (Art 11(2)).',
    }),
    ...highRisk({
      slug: 'record-keeping', role: 'ai-provider', category: 'security-requirements',
      cite: 'ai-act:art-12(1)', title: 'Automatic logging',
      summary: 'Design the system so that it automatically records events (logs) over its lifetime, enough to identify risk situations and substantial modifications and to support post-market monitoring; keep the logs under the provider’s control for at least six months (Art 19).',
    }),
    ...highRisk({
      slug: 'instructions-for-use', role: 'ai-provider', category: 'documentation-and-information',
      cite: 'ai-act:art-13(1)', title: 'Transparency and instructions for use for deployers',
      summary: 'Design the system so deployers can interpret its output and use it appropriately, and supply instructions for use with the content of Art 13(3): characteristics, capabilities and limitations, declared accuracy metrics, known risks, human-oversight measures, expected lifetime and maintenance, and how to collect and interpret the logs.',
    }),
    ...highRisk({
      slug: 'human-oversight', role: 'ai-provider', category: 'security-requirements',
      cite: 'ai-act:art-14(1)', title: 'Human oversight by design',
      summary: 'Design the system with human-machine interface tools so that natural persons can effectively oversee it while in use: understand its capacities and limits, stay aware of automation bias, interpret and override its output, and stop it safely.',
    }),
    ...highRisk({
      slug: 'accuracy-robustness-cybersecurity', role: 'ai-provider', category: 'security-requirements',
      cite: 'ai-act:art-15(1)', title: 'Accuracy, robustness and cybersecurity',
      summary: 'Achieve an appropriate level of accuracy, robustness and cybersecurity and perform consistently over the life cycle: declare accuracy metrics in the instructions (Art 15(3)); be resilient to errors, faults and inconsistencies, with redundancy or fail-safe plans and mitigation of feedback loops in systems that keep learning (Art 15(4)); and resist attempts to alter use, outputs or performance by exploiting vulnerabilities, with measures against data poisoning, model poisoning, adversarial examples and model evasion, confidentiality attacks and model flaws (Art 15(5)).',
      note: 'A certificate or statement of conformity under a European cybersecurity certification scheme presumes conformity with the cybersecurity requirement (Art 42(2)).',
    }),
    ...highRisk({
      slug: 'quality-management', role: 'ai-provider', category: 'governance',
      cite: 'ai-act:art-17(1)', title: 'Quality management system',
      summary: 'Put in place a documented quality management system covering regulatory compliance strategy, design control and verification, data management, risk management, post-market monitoring, incident reporting, communication with authorities, record keeping, resources and accountability. For Annex I devices the AI aspects may be integrated into the MDR/IVDR QMS (Art 17(3)).',
    }),
    ...highRisk({
      slug: 'provider-obligations', role: 'ai-provider', category: 'conformity-assessment',
      cite: 'ai-act:art-16', title: 'General obligations of the provider',
      summary: 'Ensure the system meets Section 2; indicate name and contact on the system or its packaging; draw up the EU declaration of conformity (Art 47) and affix the CE marking (Art 48); take corrective action and inform authorities where the system does not conform (Art 20); meet accessibility requirements; and, if established outside the Union, appoint an authorised representative (Art 22).',
    }),
    ...highRisk({
      slug: 'conformity-assessment', role: 'ai-provider', category: 'conformity-assessment',
      cite: { 'annex-i': 'ai-act:art-43(3)', 'annex-iii': 'ai-act:art-43(2)' },
      title: 'Conformity assessment',
      summary: {
        'annex-i': 'Follow the conformity assessment procedure of the MDR or IVDR, with the AI Act requirements of Section 2 and points 4.3–4.5 and 4.6 (fifth paragraph) of Annex VII added; notified bodies under the MDR or IVDR may check these requirements where they also meet the AI Act’s requirements for notified bodies.',
        'annex-iii': 'Before placing on the market, carry out the conformity assessment based on internal control (Annex VI); for biometric systems of Annex III point 1, a notified body (Annex VII) is needed where harmonised standards or common specifications were not applied in full (Art 43(1)). Repeat it after a substantial modification (Art 43(4)).',
      },
    }),
    ...highRisk({
      slug: 'registration', role: 'ai-provider', category: 'documentation-and-information',
      cite: 'ai-act:art-49(1)', title: 'Registration in the EU database',
      summary: 'Before placing on the market or putting into service, register the provider and the system in the EU database of Art 71; also where the provider concluded under Art 6(3) that the system is not high-risk (Art 49(2)).',
      classes: ['annex-iii'],
    }),
    ...highRisk({
      slug: 'post-market-monitoring', role: 'ai-provider', category: 'post-market-surveillance',
      cite: 'ai-act:art-72(1)', title: 'Post-market monitoring',
      summary: {
        'annex-i': 'Establish and document a post-market monitoring system and plan proportionate to the system’s risks that actively collects and analyses performance data over its lifetime; for MDR/IVDR devices the AI elements may be integrated into the existing post-market surveillance system and plan (Art 72(4)).',
        'annex-iii': 'Establish and document a post-market monitoring system and plan proportionate to the system’s risks that actively and systematically collects, documents and analyses data on its performance over its lifetime, to evaluate continuous compliance.',
      },
    }),
    ...highRisk({
      slug: 'serious-incident-reporting', role: 'ai-provider', category: 'incident-reporting',
      cite: { 'annex-i': 'ai-act:art-73(10)', 'annex-iii': 'ai-act:art-73(1)' },
      title: 'Report serious incidents',
      summary: {
        'annex-i': 'For an AI system that is, or is a safety component of, an MDR or IVDR device, report under the AI Act only serious incidents that infringe Union law protecting fundamental rights (Art 3(49)(c)), to the national competent authority the Member State designated, immediately after establishing a causal link and at the latest 15 days after becoming aware (2 days for a widespread infringement). Deaths, serious harm to health and other serious incidents go through MDR Art 87 or IVDR Art 82 vigilance instead.',
        'annex-iii': 'Report any serious incident to the market surveillance authority of the Member State where it occurred, immediately after establishing a causal link or its reasonable likelihood and at the latest 15 days after becoming aware (Art 73(2)); 2 days for a widespread infringement or serious disruption of critical infrastructure (Art 73(3)); 10 days for a death (Art 73(4)). An incomplete first report may be followed by a complete one (Art 73(5)); investigate without altering the system before informing the authorities (Art 73(6)).',
      },
    }),
    ...highRisk({
      slug: 'deployer-obligations', role: 'ai-deployer', category: 'governance',
      cite: 'ai-act:art-26(1)', title: 'Obligations of deployers',
      summary: 'Use the system according to its instructions; assign human oversight to competent, trained people with authority; ensure input data under the deployer’s control are relevant and representative; monitor operation and, on a risk or serious incident, inform the provider and the market surveillance authority and suspend use (Art 26(5)); keep the logs under its control for at least six months (Art 26(6)); inform workers’ representatives before use at the workplace; and, for Annex III systems that make or assist decisions about people, inform those people (Art 26(11)).',
    }),
    ...highRisk({
      slug: 'fundamental-rights-impact-assessment', role: 'ai-deployer', category: 'governance',
      cite: 'ai-act:art-27(1)', title: 'Fundamental rights impact assessment',
      summary: 'Before first use, assess the impact on fundamental rights: the processes the system is used in, period and frequency, the people affected, specific risks of harm, human-oversight measures and what happens if risks materialise; notify the results to the market surveillance authority (Art 27(3)). A GDPR DPIA can be built upon (Art 27(4)).',
      classes: ['annex-iii'],
      when: any(
        is('organisation.publicBody', { label: 'the deployer is a body governed by public law', cite: 'ai-act:art-27(1)' }),
        has('organisation.roles', 'healthcare-provider', {
          label: 'the deployer provides healthcare, a public service (recital 96)',
          cite: 'ai-act:art-27(1)',
        }),
        eq('product.ai.annexIIIUseCase', 'health-insurance-pricing', {
          label: 'the system is used for risk assessment and pricing in life and health insurance (Annex III 5(c))',
          cite: 'ai-act:art-27(1)',
        }),
      ),
      note: 'Art 27(1) covers deployers that are public bodies or private entities providing public services, and deployers of Annex III points 5(b) and (c); systems for critical infrastructure (Annex III point 2) are excepted. Whether a private clinic provides a “public service” is a question of national organisation of healthcare.',
    }),
    duty({
      id: 'ai-act:transparency-provider', role: 'ai-provider', category: 'documentation-and-information',
      cite: 'ai-act:art-50(1)', part: 'transparency', title: 'Tell people they are interacting with AI; mark synthetic content',
      summary: 'Design AI systems that interact directly with people so those people are informed they are interacting with an AI system, unless obvious from the context (Art 50(1)); mark synthetic audio, image, video or text output in a machine-readable format as artificially generated (Art 50(2)).',
      when: is('product.ai.interactsWithPersons', { label: 'the AI system interacts directly with people or generates synthetic content', cite: 'ai-act:art-50(1)' }),
      note: 'Systems placed on the market before 2 August 2026 have until 2 December 2026 to meet the marking duty of Art 50(2) (Art 111(4), inserted by Regulation (EU) 2026/1744).',
    }),
    duty({
      id: 'ai-act:transparency-deployer-biometric', role: 'ai-deployer', category: 'documentation-and-information',
      cite: 'ai-act:art-50(3)', part: 'transparency', title: 'Inform people exposed to emotion recognition or biometric categorisation',
      summary: 'Inform the people exposed to an emotion-recognition or biometric-categorisation system of its operation, and process their personal data in line with the GDPR.',
      when: eq('product.ai.annexIIIUseCase', 'biometric-categorisation', {
        label: 'the system performs biometric categorisation or emotion recognition',
        cite: 'ai-act:art-50(3)',
      }),
    }),
  ],
  notes: [
    'AI medical devices that need a notified body under the MDR or IVDR stay high-risk under Art 6(1) after Regulation (EU) 2026/1744: the proposal to move them to Annex I Section B was not adopted (only machinery moved). The Commission may limit specific requirements by delegated act where sectoral law gives equivalent protection (due by 2 August 2027).',
    'For AI medical devices the AI Act’s serious-incident duty is limited to fundamental-rights infringements (Art 73(10)); health and safety incidents are reported under MDR/IVDR vigilance.',
    'Duties of importers (Art 23), distributors (Art 24) and providers of general-purpose AI models (Chapter V) are not encoded.',
  ],
  sources: [
    { title: 'Regulation (EU) 2024/1689 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng' },
    { title: 'Regulation (EU) 2026/1744 (Digital Omnibus on AI) (EUR-Lex)', url: 'https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=OJ:L_202601744' },
    { title: 'Proposal for a Digital Omnibus on AI, COM(2025) 836', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0836' },
  ],
  verified: {
    checkedOn: '2026-12-07',
    notes: [
      'Art 113 as adopted (2 Feb 2025, 2 Aug 2025, 2 Aug 2026, 2 Aug 2027 for Art 6(1)) checked against a verbatim copy of the OJ text.',
      'Art 73(1)–(10) checked against a verbatim copy of the OJ text: 15 days (73(2)), 2 days for widespread infringement or Art 3(49)(b) incidents (73(3)), 10 days for a death (73(4)); Art 73(10) limits notification for MDR/IVDR devices to Art 3(49)(c) incidents, made to the national competent authority chosen by the Member State.',
      'Digital Omnibus on AI: adoption confirmed (Parliament 16 June 2026, Council 29 June 2026; one source says 24 June). Publication as Regulation (EU) 2026/1744 of 8 July 2026, OJ L 24.7.2026, in force 27 July 2026, is reported consistently by several independent secondary sources, one of which states it checked the OJ text; the EUR-Lex text itself was not read in that check (see the re-check of 2026-12-07 below, which confirms the dates from the EUR-Lex consolidated text). On that basis the amended dates (Annex III 2 Dec 2027, Annex I 2 Aug 2028, new Art 5 prohibitions and Art 50(2) grace to 2 Dec 2026) are encoded as law, and the original dates are kept as `other` events.',
      'The recast of Art 4, new Art 4a, new Art 6(1a)–(1c) and Annex XIV are taken from secondary summaries of Regulation (EU) 2026/1744 (medium confidence); article-level text of the amendment was not seen.',
      'Re-checked on 2026-12-07 against a copy of the EUR-Lex consolidated text 02024R1689-20260727 (kept in a public repository, canonical https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/eng): its amendment table names Regulation (EU) 2026/1744 “of 8 July 2026”, OJ L 1744, p. 1, 24.7.2026; Art 111(2) as replaced reads that the Regulation applies to operators of high-risk AI systems placed on the market or put into service before the date of application of Chapter III “only if, as from that date, those systems are subject to significant changes in their designs”, and that providers and deployers of high-risk systems intended for public authorities comply “by 2 August 2030”; Art 111(4) (Art 50(2) by 2 December 2026 for generative systems placed before 2 August 2026) and Art 113, third paragraph, points (a), (c)(i) 2 December 2027, (c)(ii) 2 August 2028 and (d) 27 July 2026 confirmed in the same text. The consolidated text has no legal effect; the amending act’s own Official Journal text (with its entry-into-force article and recitals) was not read, so entry into force on 27 July 2026 stays marked uncertain.',
      'Notification duties: Art 3(49) and 3(61) (widespread infringement) checked against a verbatim copy of the OJ text; Art 73(1)–(10) as recorded above. Art 73(5) (incomplete initial report) and 73(6) (investigation without altering the system) follow that check; whether Regulation (EU) 2026/1744 amended Art 73 itself was not established (a consolidated extract seen shows only a new Art 75(1a) routing reports on AI Office-supervised systems to the AI Office, which is not modelled).',
    ],
  },
};
