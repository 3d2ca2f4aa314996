/**
 * Lifecycle facts of a product (model): how long it is supported, for how long it is meant to
 * last, to whom it is sold. The placing-on-market date, the expected use and a substantial
 * modification are product facts already (`product.placedOnMarketOn`, `product.expectedUseYears`,
 * `product.substantiallyModifiedOn`); facts of single units live in a lifecycle file.
 */
import { bool, date, group, num, oneOf } from '../vocabulary-dsl.ts';

export const LIFECYCLE = group('Support period and updates', {
  declaredSupportEnd: date(
    'Until what date has the manufacturer declared that it will provide security updates (end of the support period)?',
    {
      cite: 'cra:art-13(19)',
      help: 'The CRA asks for at least month and year; give the last day of that month where only a month is stated.',
    },
  ),
  deviceLifetimeYears: num('What lifetime has the manufacturer defined for the device?', 'years', {
    cite: 'mdr:annex-I-1',
    help: 'For medical devices and IVDs: the lifetime stated in the technical documentation.',
  }),
  saleTo: oneOf(
    'To whom is the product sold?',
    { consumer: 'Consumers', professional: 'Professionals only (e.g. hospitals)', both: 'Both consumers and professionals' },
    { cite: 'sgd:art-2(2)' },
  ),
  supplyMode: oneOf(
    'Are the digital elements supplied in a single act or continuously over a period (e.g. a subscription service)?',
    { single: 'A single act of supply (or a series of individual acts)', continuous: 'Continuously over a period' },
    { cite: 'sgd:art-7(3)' },
  ),
  supportEndShownAtPurchase: bool('Is the end date of the support period stated at the time of purchase?', {
    cite: 'cra:art-13(19)',
  }),
  securityUpdatesSeparate: bool(
    'Are security updates provided separately from functionality updates?',
    { cite: 'cra:annex-I-part-II(2)' },
  ),
  securityUpdatesFree: bool('Are security updates provided free of charge?', { cite: 'cra:annex-I-part-II(8)' }),
});
