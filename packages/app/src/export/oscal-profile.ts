/**
 * A product's control selection as an OSCAL 1.2.1 profile: it imports the catalog, includes the
 * controls the profile's duties require, and records per control why it is selected (required,
 * required from a date, or conditional) and the duties behind it.
 */
import type { ControlSelection } from '@iomt/core';
import { catalogUuid } from './oscal-catalog.ts';
import { CATALOG_FILE, IOMT_NS, metadata } from './oscal-common.ts';
import type { OscalMetadata, OscalProp, OscalResource } from './oscal-common.ts';
import { uuidV5 } from './uuid.ts';

export interface OscalProfile {
  profile: {
    uuid: string;
    metadata: OscalMetadata;
    imports: { href: string; 'include-controls': { 'with-ids': string[] }[] }[];
    merge: { 'as-is': boolean };
    modify?: { alters: { 'control-id': string; adds: { position: string; props: OscalProp[] }[] }[] };
    'back-matter': { resources: OscalResource[] };
  };
}

/** A stable key of what was assessed: the profile id (or name), the date and the scenarios. */
export const selectionKey = (s: ControlSelection, product: string): string =>
  `${s.profile.id ?? product}|${s.asOf}|${[...s.scenarios].sort().join(',')}`;

export const catalogResourceUuid = (): string => uuidV5(`catalog-resource:${catalogUuid()}`);

/** The selection as an OSCAL profile over the catalog (`iomt-controls.catalog.json`). */
export function oscalProfile(selection: ControlSelection, product: string): OscalProfile {
  const key = selectionKey(selection, product);
  const scenarios = selection.scenarios.length > 0 ? ` Scenarios: ${selection.scenarios.join(', ')}.` : '';
  return {
    profile: {
      uuid: uuidV5(`profile:${key}`),
      metadata: metadata(
        `Controls required for ${product} on ${selection.asOf}`,
        selection.asOf,
        `The controls that the duties applicable to ${product} require under EU law as at ${selection.asOf}, computed by iomt-compliance.${scenarios} Conditional controls are needed only if open facts turn out so.`,
      ),
      imports: [{ href: `#${catalogResourceUuid()}`, 'include-controls': [{ 'with-ids': selection.controls.map((c) => c.control) }] }],
      merge: { 'as-is': true },
      modify: {
        alters: selection.controls.map((c) => ({
          'control-id': c.control,
          adds: [
            {
              position: 'ending',
              props: [
                { name: 'selection', ns: IOMT_NS, value: c.kind, ...(c.from ? { remarks: `Required from ${c.from}.` } : {}) },
                ...c.duties.map((d) => ({ name: 'required-by', ns: IOMT_NS, value: d.obligation, class: d.status, remarks: `${d.citation}: ${d.title}` })),
              ],
            },
          ],
        })),
      },
      'back-matter': {
        resources: [
          {
            uuid: catalogResourceUuid(),
            title: 'iomt-compliance controls crosswalk (OSCAL catalog)',
            rlinks: [{ href: CATALOG_FILE, 'media-type': 'application/oscal.catalog+json' }],
          },
        ],
      },
    },
  };
}
