/**
 * Facts about an incident: what happened, as the notification duties of each regime ask it.
 * The incident's timeline (instants with time zones: occurred, became aware, measure available,
 * handled) is kept apart from these facts.
 *
 * The facts are grouped by the question a regime asks, and most are answered once for every
 * regime: a ransomware attack on a hospital is typically described by `securityIncident`,
 * `severeOperationalDisruption`, `personalDataBreach`, `breachRisk` and `essentialServiceDisruption`;
 * a malfunctioning insulin pump by `deviceSeriousIncident`, `causalLink` and `fscaPlanned`.
 * Where the law leaves an assessment to the notifier (is the risk high? is the incident
 * significant?), the fact asks for that assessment and its help names the criteria.
 */
import { bool, group, num, oneOf, setOf, text } from '../vocabulary-dsl.ts';

/**
 * The Member States, as in `MEMBER_STATES` of the vocabulary. Repeated here because the
 * vocabulary imports this group: importing it back would be a cycle evaluated before the
 * constant exists. A test keeps both lists equal.
 */
const MEMBER_STATES_OF_INCIDENT = {
  AT: 'Austria', BE: 'Belgium', BG: 'Bulgaria', HR: 'Croatia', CY: 'Cyprus', CZ: 'Czechia',
  DK: 'Denmark', EE: 'Estonia', FI: 'Finland', FR: 'France', DE: 'Germany', GR: 'Greece',
  HU: 'Hungary', IE: 'Ireland', IT: 'Italy', LV: 'Latvia', LT: 'Lithuania', LU: 'Luxembourg',
  MT: 'Malta', NL: 'Netherlands', PL: 'Poland', PT: 'Portugal', RO: 'Romania', SK: 'Slovakia',
  SI: 'Slovenia', ES: 'Spain', SE: 'Sweden',
} as const;

export const INCIDENT = group('The incident', {
  occurredIn: setOf('In which Member States did the incident occur?', MEMBER_STATES_OF_INCIDENT, {
    help: 'Vigilance, AI Act, product-safety and EHR reports go to the authorities of the Member States where the incident occurred.',
    cite: 'mdr:art-87(11)',
  }),

  // --- Medical devices: vigilance (MDR Art 87–89, IVDR Art 82–84) -----------------------------
  deviceIncident: bool(
    'Was there an incident with the device: a malfunction or deterioration in its characteristics or performance (including a cybersecurity failure), a use error due to its ergonomic features, an inadequacy in the manufacturer’s information, or an undesirable side-effect?',
    {
      cite: 'mdr:art-2(64)',
      help: 'MDCG 2023-3 (Q.1): only an incident in this sense can be a serious incident; a cyberattack that impairs the device’s performance or safety is a malfunction (MDCG 2019-16).',
    },
  ),
  deviceSeriousIncident: oneOf(
    'What did the incident involving the device lead to, or what might it have led or might it lead to?',
    {
      none: 'None of the outcomes below, even in less favourable circumstances: not a serious incident',
      'serious-deterioration':
        'A temporary or permanent serious deterioration of someone’s health that was anticipated, or an incident that might have led or might lead to death or a serious deterioration',
      'unanticipated-serious-deterioration': 'An unanticipated serious deterioration in a person’s state of health',
      death: 'The death of a patient, user or other person',
      'serious-public-health-threat':
        'A serious public health threat: an event that could result in imminent risk of death, serious deterioration or serious illness, may need prompt remedial action and may cause significant morbidity or mortality, or is unusual or unexpected for the place and time',
    },
    {
      cite: 'mdr:art-2(65)',
      help: 'A serious incident is a malfunction or deterioration of the device, a use error due to its ergonomics, an inadequacy of the manufacturer’s information or an undesirable side-effect that directly or indirectly led, might have led or might lead to one of these outcomes (MDR Art 2(64)–(66), IVDR Art 2(67)–(69)). If several apply, give the one with the shortest deadline: a serious public health threat (2 days, Art 87(4)), then death or an unanticipated serious deterioration (10 days, Art 87(5)), then the others (15 days, Art 87(3)). MDCG 2023-3 gives examples; a cyberattack on life-supporting devices can be a serious public health threat.',
    },
  ),
  causalLink: oneOf(
    'Is there a causal relationship between the product (device, AI system or EHR system) and the incident?',
    {
      established: 'Established',
      'reasonably-possible': 'Reasonably possible or suspected: the product cannot reasonably be excluded as a contributing cause',
      excluded: 'Excluded: the product did not cause or contribute to it',
    },
    {
      cite: 'mdr:art-87(3)',
      help: 'The vigilance, AI Act and EHR reporting clocks run from awareness; the report is due immediately once a causal link is established or reasonably possible (MDR Art 87(3), AI Act Art 73(2), EHDS Art 44(7)). In case of doubt, report (MDR Art 87(7); MDCG 2023-3).',
    },
  ),
  expectedSideEffect: bool(
    'Is the outcome an expected side-effect (MDR) or expected erroneous result (IVDR) that is clearly documented in the product information, quantified in the technical documentation and subject to trend reporting?',
    {
      cite: 'mdr:art-87(1)(a)',
      help: 'Such outcomes are not reported one by one; they count towards trend reporting (MDR Art 88, IVDR Art 83).',
    },
  ),
  fscaPlanned: bool(
    'Is a field safety corrective action planned or under way: a recall, modification, software or security update, or advice to users, taken for technical or medical reasons to prevent or reduce the risk of a serious incident with a device on the market?',
    { cite: 'mdr:art-2(68)' },
  ),
  trendIncrease: bool(
    'Does the incident reveal a statistically significant increase in the frequency or severity of non-serious incidents or expected side-effects that could significantly affect the benefit-risk analysis?',
    {
      cite: 'mdr:art-88(1)',
      help: 'Measured with the method and observation period set in the post-market surveillance plan.',
    },
  ),

  // --- Personal data (GDPR Art 4(12), 33, 34) ---------------------------------------------------
  personalDataBreach: bool(
    'Was there a personal data breach: a breach of security leading to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to, personal data?',
    {
      cite: 'gdpr:art-4(12)',
      help: 'Losing availability counts, e.g. health data encrypted by ransomware, even if nothing left the organisation. Answered by `breachTypes` when that is given.',
    },
  ),
  breachTypes: setOf(
    'Which security properties of personal data did the breach affect? (an empty list means none: no personal data breach)',
    {
      confidentiality: 'Confidentiality: unauthorised disclosure of or access to personal data',
      integrity: 'Integrity: unauthorised or accidental alteration of personal data',
      availability: 'Availability: accidental or unauthorised loss of access to, or destruction of, personal data',
    },
    { cite: 'gdpr:art-4(12)' },
  ),
  breachRisk: oneOf(
    'What is the controller’s assessment of the risk the breach poses to people’s rights and freedoms?',
    {
      unlikely: 'Unlikely to result in a risk',
      risk: 'Likely to result in a risk, but not a high risk',
      'high-risk': 'Likely to result in a high risk',
    },
    {
      cite: 'gdpr:art-33(1)',
      help: 'Consider the type of breach, the nature, sensitivity and volume of the data (health data weigh heavily), how easily people can be identified, the severity of the consequences and the number of people affected (EDPB Guidelines 9/2022). Only an unlikely risk spares the notification to the supervisory authority; a high risk also requires telling the people affected (Art 34).',
    },
  ),
  dataUnintelligible: bool(
    'Were the affected data protected by measures that make them unintelligible to anyone not authorised to access them (e.g. state-of-the-art encryption with an uncompromised key)?',
    { cite: 'gdpr:art-34(3)(a)' },
  ),
  riskNoLongerLikely: bool(
    'Have measures taken since the breach ensured that the high risk to the people affected is no longer likely to materialise?',
    { cite: 'gdpr:art-34(3)(b)' },
  ),
  disproportionateEffort: bool(
    'Would telling each person affected involve disproportionate effort (e.g. no contact details for them)?',
    {
      cite: 'gdpr:art-34(3)(c)',
      help: 'Then a public communication or a similarly effective measure replaces individual messages.',
    },
  ),
  breachDataKind: oneOf(
    'What kind of personal data did the breach affect (the most sensitive kind involved)?',
    {
      'special-category': 'Special categories: data concerning health, genetic or biometric data, sex life, ethnic origin, beliefs (Art 9), or criminal records (Art 10)',
      sensitive: 'Other data whose misuse is harmful: financial or payment data, identity documents, credentials, precise location, communications content',
      ordinary: 'Ordinary personal data such as names and contact details',
      public: 'Only data the people concerned or the law had already made public',
    },
    {
      cite: 'gdpr:art-9(1)',
      help: 'EDPB Guidelines 9/2022, Section IV.B (nature, sensitivity and volume of personal data): the more sensitive the data, the greater the risk of harm; where special-category data are involved, damage should be considered likely (para 102).',
    },
  ),
  breachIdentifiability: oneOf(
    'How easily can the people concerned be identified from the affected data?',
    {
      direct: 'Directly: names, identity numbers, photos, or data readily linked to them',
      indirect: 'Indirectly: with other information a recipient can reasonably obtain',
      'not-identifiable': 'Not identifiable: pseudonymised or coded data whose key was not compromised, or no link to a person',
    },
    {
      cite: 'gdpr:art-4(1)',
      help: 'EDPB Guidelines 9/2022, Section IV.B (ease of identification of individuals). Pseudonymisation lowers the likelihood only while the means to re-identify stay safe.',
    },
  ),
  breachConsequences: oneOf(
    'How severe and lasting are the consequences the breach can have for the people concerned?',
    {
      severe: 'Severe or irreversible: physical harm or loss of care, discrimination, identity theft or fraud, financial loss, serious distress, damage to reputation',
      limited: 'Significant but they can overcome them: inconvenience, time lost, limited costs, reversible effects',
      negligible: 'Negligible: no noticeable effect on them',
    },
    {
      cite: 'gdpr:art-33(1)',
      help: 'EDPB Guidelines 9/2022, Section IV.B (severity of consequences for individuals, and their permanence); Recitals 75 and 85 GDPR list the kinds of damage.',
    },
  ),
  vulnerableIndividuals: bool(
    'Are the people concerned vulnerable: children, patients, or others who depend on the controller or cannot easily protect themselves?',
    {
      cite: 'gdpr:art-33(1)',
      help: 'EDPB Guidelines 9/2022, Section IV.B (special characteristics of the individual): a breach may place such people at greater risk of harm.',
    },
  ),
  breachRestoration: oneOf(
    'For data that were lost, destroyed or altered: could they be restored, and how quickly?',
    {
      'restored-promptly': 'Restored from a backup promptly, with no effect on the people concerned',
      'restored-with-delay': 'Restored, but only after a delay that affected the people concerned (e.g. postponed treatment)',
      'not-restorable': 'Not restorable: lost or corrupted for good',
    },
    {
      cite: 'gdpr:art-32(1)(c)',
      help: 'EDPB Guidelines 01/2021, ransomware cases 1–4: a backup restored in time without effect on people keeps the risk unlikely; in a hospital, even a few days without the data put patients at high risk.',
    },
  ),
  trustedRecipient: bool(
    'Did the data go only to a known, trusted recipient who has returned or securely deleted them and confirmed it?',
    {
      cite: 'gdpr:art-33(1)',
      help: 'EDPB Guidelines 9/2022, Section IV.B (severity of consequences): disclosure to a trusted recipient who acts on the instructions may make the breach unlikely to result in a risk.',
    },
  ),
  misuseEvidence: bool(
    'Is there evidence, or strong reason to believe, that the data are in malicious hands or being misused (e.g. theft by an attacker, data offered for sale, fraud attempts)?',
    {
      cite: 'gdpr:art-34(1)',
      help: 'EDPB Guidelines 9/2022, Section IV.B: data in the hands of people whose intentions are unknown or possibly malicious raise the likelihood of harm.',
    },
  ),
  breachRiskReasoning: text('Where the controller decides the risk itself, what is its reasoning?', {
    cite: 'gdpr:art-33(5)',
    help: 'Recorded with the breach documentation; where it departs from the assessment the factors give, say why.',
  }),
  dataSubjectsResideIn: setOf('In which Member States do the people affected by the breach live?', MEMBER_STATES_OF_INCIDENT, {
    cite: 'gdpr:art-33(1)',
    help: 'A controller without an establishment in the EU has no lead authority: it notifies the supervisory authority of every Member State where affected people live (EDPB Guidelines 9/2022, para 73).',
  }),
  craCoordinatorState: oneOf(
    'For a manufacturer without a main establishment in the EU: where is its authorised representative established (or else its importer, or else its distributor, or else where most users are)?',
    MEMBER_STATES_OF_INCIDENT,
    {
      cite: 'cra:art-14(7)',
      help: 'The coordinating CSIRT is that of the first Member State in this order: the authorised representative acting for the most products concerned, the importer, the distributor, then the Member State with the most users.',
    },
  ),
  dataSubjectsCount: num('About how many people are affected?', 'persons', {
    integer: true,
    cite: 'gdpr:art-33(3)(a)',
  }),
  specialCategoryData: bool(
    'Does the breach involve special categories of personal data, such as data concerning health?',
    { cite: 'gdpr:art-9(1)' },
  ),

  // --- Cybersecurity incidents of entities (NIS2 Art 23) ----------------------------------------
  securityIncident: bool(
    'Did an event compromise the availability, authenticity, integrity or confidentiality of data, or of services offered by or accessible via the organisation’s network and information systems?',
    { cite: 'nis2:art-6(6)', help: 'A cyber incident in the sense of NIS2; a cyberattack, but also an accidental failure.' },
  ),
  significantIncident: bool(
    'Is it a significant incident: has it caused or can it cause severe operational disruption or financial loss, or considerable damage to others?',
    {
      cite: 'nis2:art-23(3)',
      help: 'Answer directly if the assessment is made; otherwise the two criteria below are asked. National law and Implementing Regulation (EU) 2024/2690 (for some digital providers only) give thresholds.',
    },
  ),
  severeOperationalDisruption: bool(
    'Has the incident caused, or can it cause, severe operational disruption of the services, or financial loss, for the organisation?',
    { cite: 'nis2:art-23(3)(a)' },
  ),
  considerableDamageToOthers: bool(
    'Has the incident affected, or can it affect, other natural or legal persons by causing considerable material or non-material damage?',
    { cite: 'nis2:art-23(3)(b)' },
  ),
  affectsServiceRecipients: bool(
    'Is the incident likely to adversely affect the provision of the organisation’s services to their recipients?',
    { cite: 'nis2:art-23(1)' },
  ),
  significantCyberThreat: bool(
    'Are recipients of the organisation’s services potentially affected by a significant cyber threat: one that, by its technical characteristics, can be assumed able to severely impact systems or users by causing considerable damage?',
    { cite: 'nis2:art-23(2)' },
  ),
  ir2690Criteria: setOf(
    'For cloud, data-centre, managed (security) service and other digital providers covered by Implementing Regulation (EU) 2024/2690: which of its criteria does the incident meet? (an empty list means none)',
    {
      'financial-loss': 'It caused or can cause direct financial loss above EUR 500 000 or 5 % of the previous year’s turnover, whichever is lower (Art 3(1)(a))',
      'trade-secrets': 'It caused or can cause the exfiltration of trade secrets (Art 3(1)(b))',
      death: 'It caused or can cause the death of a person (Art 3(1)(c))',
      'health-damage': 'It caused or can cause considerable damage to a person’s health (Art 3(1)(d))',
      'malicious-access': 'Successful, suspectedly malicious and unauthorised access to network and information systems that can cause severe operational disruption (Art 3(1)(e))',
      recurring: 'Recurring incidents: at least twice in six months, same apparent root cause, together meeting the financial-loss criterion (Art 4)',
      'entity-specific': 'One of the criteria for the provider’s own type of service (Art 5–14), e.g. a cloud service unavailable for more than 30 minutes',
    },
    {
      cite: 'nis2:art-23(3)',
      help: 'For these providers the Implementing Regulation’s criteria are exhaustive (Recital 30); planned maintenance and scheduled interruptions do not count (Art 3(2)).',
    },
  ),
  ongoing: bool('Is the incident still ongoing, i.e. not yet handled?', {
    cite: 'nis2:art-23(4)(e)',
    help: 'Asked for the time the final report falls due: an incident still ongoing then gets a progress report, and the final report follows one month after it has been handled.',
  }),

  // --- Products with digital elements (CRA Art 14) ---------------------------------------------
  activelyExploitedVulnerability: bool(
    'Is there an actively exploited vulnerability in the product: reliable evidence that a malicious actor has exploited it in a system without the owner’s permission?',
    {
      cite: 'cra:art-14(1)',
      help: 'A vulnerability found by a researcher or in a penetration test, without malicious exploitation, is not actively exploited.',
    },
  ),
  severeIncidentProductSecurity: setOf(
    'Which of these does the incident affecting the product’s security do? (an empty list means none: not a severe incident)',
    {
      'data-or-functions':
        'It negatively affects, or can affect, the product’s ability to protect the availability, authenticity, integrity or confidentiality of sensitive or important data or functions',
      'malicious-code':
        'It has led, or can lead, to the introduction or execution of malicious code in the product or in a user’s network and information systems',
    },
    { cite: 'cra:art-14(5)' },
  ),

  // --- AI systems (AI Act Art 3(49), 73) -------------------------------------------------------
  aiSeriousIncident: setOf(
    'What did the incident or malfunction of the AI system directly or indirectly lead to? (an empty list means none: not a serious incident)',
    {
      death: 'The death of a person',
      'health-harm': 'Serious harm to a person’s health',
      'critical-infrastructure': 'A serious and irreversible disruption of the management or operation of critical infrastructure',
      'fundamental-rights': 'An infringement of obligations under Union law intended to protect fundamental rights',
      'property-or-environment': 'Serious harm to property or the environment',
    },
    { cite: 'ai-act:art-3(49)' },
  ),
  widespreadInfringement: bool(
    'Is it a widespread infringement: an act or omission contrary to Union law protecting individuals’ interests that harmed or is likely to harm their collective interests in at least two Member States other than the one where it originated (or where the provider or deployer is established), or that occurs concurrently with common features in at least three Member States?',
    { cite: 'ai-act:art-3(61)' },
  ),

  // --- Critical entities (CER Art 15) ------------------------------------------------------------
  essentialServiceDisruption: oneOf(
    'Does the incident significantly disrupt the provision of an essential service the entity provides?',
    {
      significant: 'It significantly disrupts the provision of an essential service',
      potential: 'It has the potential to significantly disrupt it',
      none: 'Neither',
    },
    {
      cite: 'cer:art-15(1)',
      help: 'Any hazard counts, not only cyber incidents. Weigh in particular the number and proportion of users affected, the duration, and the geographical area affected, including whether it is isolated (Art 15(1)(a)–(c)).',
    },
  ),

  // --- Consumer products (GPSR Art 9(8), 20) ------------------------------------------------------
  consumerProductAccident: bool(
    'Did the use of the product result in an accident: a person’s death or serious adverse effects on their health and safety, permanent or temporary (injuries, other bodily damage, illness, chronic health effects)?',
    { cite: 'gpsr:art-20(2)' },
  ),
  productDangerous: bool(
    'Does the manufacturer consider, or have reason to believe, that the product it placed on the market is dangerous?',
    { cite: 'gpsr:art-9(8)' },
  ),

  // --- EHR systems (EHDS Art 44) ----------------------------------------------------------------
  ehrSeriousIncident: bool(
    'Is it a serious incident involving the EHR system: a malfunction or deterioration in its characteristics or performance that directly or indirectly led, might have led or might lead to death or serious harm to health, serious prejudice to rights, or a serious disruption of critical infrastructure in the health sector?',
    { cite: 'ehds:art-2(2)(r)' },
  ),
});
