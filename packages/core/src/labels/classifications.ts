/** Classifications and their outcomes (MDR class, CRA category, NIS2 entity type …) in words. */
import { humanize } from './words.ts';

export const CLASSIFIER_LABELS: Readonly<Record<string, string>> = {
  'mdr:qualification': 'MDR qualification',
  'mdr:class': 'MDR risk class',
  'ivdr:class': 'IVDR risk class',
  'cra:category': 'CRA product category',
  'red-da:requirements': 'RED essential requirements (Delegated Regulation 2022/30)',
  'nis2:entity-type': 'NIS2 entity type',
  'cer:status': 'CER critical-entity status',
  'ai-act:risk': 'AI Act risk category',
};

export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  'not-a-device': 'not a medical device',
  'annex-xvi': 'Annex XVI product without a medical purpose',
  'md-accessory': 'accessory for a medical device',
  'medical-device': 'medical device',
  I: 'class I',
  Ir: 'class Ir (reusable surgical instrument)',
  Im: 'class Im (measuring function)',
  Is: 'class Is (sterile)',
  IIa: 'class IIa',
  IIb: 'class IIb',
  III: 'class III',
  A: 'class A',
  B: 'class B',
  C: 'class C',
  D: 'class D',
  'out-of-scope': 'out of scope',
  'domain-registration-only': 'in scope only as a provider of domain name registration services',
  default: 'default category (self-assessment)',
  'important-class-i': 'important product, class I (Annex III)',
  'important-class-ii': 'important product, class II (Annex III)',
  critical: 'critical product (Annex IV)',
  none: 'none',
  'art-3-3-d': 'Art 3(3)(d): network protection',
  'art-3-3-e': 'Art 3(3)(e): personal data and privacy',
  'art-3-3-f': 'Art 3(3)(f): protection from fraud',
  important: 'important entity',
  essential: 'essential entity',
  'not-critical': 'not a critical entity',
  'may-be-identified': 'may be identified as a critical entity',
  'critical-entity': 'critical entity',
  'not-an-ai-system': 'not an AI system',
  'not-high-risk': 'AI system, not high-risk',
  'high-risk-annex-iii': 'high-risk AI system (Annex III)',
  'high-risk-annex-i': 'high-risk AI system (Annex I, product safety)',
};

export function classifierLabel(classifier: string): string {
  return CLASSIFIER_LABELS[classifier] ?? humanize(classifier.split(':').pop() ?? classifier);
}

/** One outcome, or several joined as the engine gives them (`IIa+IIb`, `IIa or IIb`). */
export function outcomeLabel(outcome: string): string {
  return outcome
    .split(/(\+| or )/)
    .map((part) => (part === '+' ? ' and ' : part === ' or ' ? ' or ' : (OUTCOME_LABELS[part] ?? humanize(part).toLowerCase())))
    .join('');
}
