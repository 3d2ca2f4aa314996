/** The fleet fixtures of the core package (see its fixtures/fleet/README.md for provenance). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import validateCsaf from '@secvisogram/csaf-validator-lib/validate.js';
import * as csafSchemaTests from '@secvisogram/csaf-validator-lib/schemaTests.js';
import * as csafMandatoryTests from '@secvisogram/csaf-validator-lib/mandatoryTests.js';

export const FLEET_FIXTURES = fileURLToPath(new URL('../../../core/test/fixtures/fleet/', import.meta.url));
export const fleetFixture = (path: string): unknown => JSON.parse(readFileSync(`${FLEET_FIXTURES}${path}`, 'utf8')) as unknown;

export const INVENTORY_CSV = [
  'manufacturer,model,version,version_support_end,serial,asset_tag,site,department,owner,installed_on,exposure,criticality,placed_on_market_on,support_end',
  'Philips,IntelliVue MX40,B.06.10,2024-12-31,MX-001,,North,ICU,Biomed,2019-05-01,segmented,high,2019-01-01,',
  'Philips,IntelliVue MX40,B.06.18,2030-12-31,MX-002,,South,Ward 3,Biomed,2021-05-01,isolated,medium,2021-01-01,',
  'BD,Alaris TIVA,2.3.6,,AL-77,,North,Theatre,Biomed,2018-01-01,internet-facing,high,2017-06-01,',
  'Acme Devices,Vital Gateway,1.0,2031-01-01,GW-1,,North,ICU,IT,2024-01-01,segmented,high,2024-01-01,',
  '',
].join('\r\n');

export const ADVISORY_FILES = [
  'csaf/icsma-17-009-01a.json', 'csaf/icsma-17-255-01.json', 'csaf/icsma-18-235-01.json', 'csaf/icsma-19-164-01.json',
  'osv/GHSA-jpcq-cgw6-v4j6.json', 'osv/CVE-2018-1285.json', 'osv/GHSA-r9p9-mrjm-926w.json', 'kev-subset.json',
];

export async function cycloneDxErrors(doc: unknown): Promise<unknown> {
  return new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(JSON.stringify(doc));
}

export async function csafFailures(doc: unknown): Promise<unknown[]> {
  type T = (d: unknown) => unknown;
  const r = await validateCsaf([...Object.values(csafSchemaTests as Record<string, T>), ...Object.values(csafMandatoryTests as Record<string, T>)], doc);
  return r.tests.filter((t) => !t.isValid);
}

let poam: ValidateFunction | undefined;
/** The official OSCAL 1.2.1 POA&M schema (draft-07), from the fixtures. */
export function poamErrors(doc: unknown): unknown[] {
  if (!poam) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
    poam = ajv.compile(fleetFixture('schemas/oscal_poam_schema.json') as object);
  }
  return poam(doc) ? [] : (poam.errors ?? []);
}
