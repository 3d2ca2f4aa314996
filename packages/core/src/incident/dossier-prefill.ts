/**
 * Dossier fields that the case already answers. Only exact mappings are made, so a prefilled
 * value says no more and no less than the fact it comes from:
 *
 * - `awareness-time` ← `timeline.aware` (the common awareness instant; a regime's own `awareBy`
 *   starts that regime's clock, e.g. once an MDR causal link is established, and is not the
 *   moment the notifier became aware of the incident);
 * - `occurrence-time` ← `timeline.occurred`;
 * - `data-subjects-number` ← `incident.dataSubjectsCount` (GDPR Art 33(3)(a): the approximate
 *   number of data subjects concerned);
 * - `member-states-made-available` ← `product.markets` (CRA Art 14(2)(a), as Member State codes).
 *
 * Not prefilled because the facts say less than the field asks: `occurrence-location`
 * (`incident.occurredIn` names the states, not the place), `notifier-identity`
 * (`organisation.name` lacks address, role and registration numbers), `incident-classification`
 * (one value per regime reported to), `security-update` (`timeline.measureAvailable` is only when).
 * A value written in the dossier always takes precedence over a prefilled one.
 */
import { readFact } from '../engine/evaluate.ts';
import type { DossierValue } from './dossier.ts';
import type { IncidentCase } from './incident-case.ts';

export type DossierSource = 'dossier' | 'case';

export function prefilledDossier(c: IncidentCase): Record<string, DossierValue> {
  const out: Record<string, DossierValue> = {};
  if (c.timeline.aware) out['awareness-time'] = c.timeline.aware;
  if (c.timeline.occurred) out['occurrence-time'] = c.timeline.occurred;
  const count = readFact(c, 'incident.dataSubjectsCount');
  if (typeof count === 'number' && Number.isFinite(count) && count >= 0) out['data-subjects-number'] = count;
  const markets = readFact(c, 'product.markets');
  if (Array.isArray(markets) && markets.length > 0 && markets.every((m) => typeof m === 'string')) out['member-states-made-available'] = markets;
  return out;
}

/** The dossier as the reports show it: written values over prefilled ones, and where each came from. */
export function effectiveDossier(c: IncidentCase): { values: Record<string, DossierValue>; sources: Record<string, DossierSource> } {
  const prefilled = prefilledDossier(c);
  const values: Record<string, DossierValue> = { ...prefilled, ...c.dossier };
  const sources: Record<string, DossierSource> = {};
  for (const id of Object.keys(prefilled)) sources[id] = 'case';
  for (const id of Object.keys(c.dossier ?? {})) sources[id] = 'dossier';
  return { values, sources };
}
