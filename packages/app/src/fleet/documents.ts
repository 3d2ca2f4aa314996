// The package ships no types; the reference brings ours along wherever this module is compiled (also from the web tests).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./csaf-validator.d.ts" />
/**
 * Imported documents, validated against their official schemas before anything is read or
 * stored: CycloneDX 1.4–1.6 (schemas bundled in @cyclonedx/cyclonedx-library), SPDX 2.3 (the
 * SPDX JSON Schema, then our zod model of the part we read), CSAF 2.0 (csaf-validator-lib's
 * schema and mandatory tests), OSV (the OSV JSON Schema) and the CISA KEV catalog. The first
 * problem is reported as the JSON pointer, the value found there and what was expected.
 */
import { readFileSync } from 'node:fs';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import validateCsaf from '@secvisogram/csaf-validator-lib/validate.js';
import * as csafSchemaTests from '@secvisogram/csaf-validator-lib/schemaTests.js';
import * as csafMandatoryTests from '@secvisogram/csaf-validator-lib/mandatoryTests.js';
import { z } from 'zod';
import { readCsaf, readCycloneDx, readKev, readOsv, readSpdx, SpdxSubsetSchema } from '@iomt/core';
import type { Advisory, KevCatalog, Sbom } from '@iomt/core';
import { InvalidInputError } from '../store/contract.ts';

type CsafTest = (doc: unknown) => unknown;

export type AdvisoryKind = 'csaf' | 'osv' | 'kev';

/** The value at a JSON pointer, for quoting it in an error. */
export function valueAt(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

const describeError = (e: Pick<ErrorObject, 'keyword' | 'message' | 'params'>): string => {
  if (e.keyword === 'required') return `an object with the property "${String((e.params as { missingProperty?: string }).missingProperty)}"`;
  if (e.keyword === 'enum') return `one of ${JSON.stringify((e.params as { allowedValues?: unknown[] }).allowedValues)}`;
  if (e.keyword === 'additionalProperties') return `no property "${String((e.params as { additionalProperty?: string }).additionalProperty)}"`;
  return e.message ?? e.keyword;
};

function schemaError(base: string, doc: unknown, errors: readonly Pick<ErrorObject, 'instancePath' | 'keyword' | 'message' | 'params'>[], what: string): InvalidInputError {
  // The most specific error (longest pointer) says the most.
  const e = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
  return new InvalidInputError(`${base}${e.instancePath}`, valueAt(doc, e.instancePath), `${describeError(e)} (${what})`);
}

const loadSchema = (name: string): object => JSON.parse(readFileSync(new URL(`./schemas/${name}`, import.meta.url), 'utf8')) as object;

// ajv-formats is CommonJS: its default export is the plugin function itself.
const addFormats = formats as unknown as (ajv: Ajv2019 | Ajv2020) => void;

let spdxValidator: ValidateFunction | undefined;
let osvValidator: ValidateFunction | undefined;
function compile(ajv: Ajv2019 | Ajv2020, schema: string): ValidateFunction {
  addFormats(ajv);
  return ajv.compile(loadSchema(schema));
}
const spdx = (): ValidateFunction => (spdxValidator ??= compile(new Ajv2019({ allErrors: false, strict: false }), 'spdx-schema-2.3.json'));
const osv = (): ValidateFunction => (osvValidator ??= compile(new Ajv2020({ allErrors: false, strict: false }), 'osv-schema.json'));

const CYCLONEDX_VERSIONS: Record<string, Spec.Version> = { '1.4': Spec.Version.v1dot4, '1.5': Spec.Version.v1dot5, '1.6': Spec.Version.v1dot6 };

/** A CycloneDX (1.4–1.6) or SPDX 2.3 JSON document, validated and read into components. */
export async function parseSbomDocument(doc: unknown, base = '/document'): Promise<Sbom> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new InvalidInputError(base, doc, 'a CycloneDX or SPDX JSON document (an object)');
  const d = doc as Record<string, unknown>;
  if (d.bomFormat === 'CycloneDX') {
    const version = typeof d.specVersion === 'string' ? CYCLONEDX_VERSIONS[d.specVersion] : undefined;
    if (!version) throw new InvalidInputError(`${base}/specVersion`, d.specVersion, 'CycloneDX specVersion 1.4, 1.5 or 1.6');
    const errors = (await new Validation.JsonStrictValidator(version).validate(JSON.stringify(doc))) as ErrorObject[] | null;
    if (errors) throw schemaError(base, doc, errors, `CycloneDX ${String(d.specVersion)} JSON schema`);
    return readCycloneDx(doc);
  }
  if (typeof d.spdxVersion === 'string') {
    if (d.spdxVersion !== 'SPDX-2.3') throw new InvalidInputError(`${base}/spdxVersion`, d.spdxVersion, 'SPDX-2.3');
    const v = spdx();
    if (!v(doc)) throw schemaError(base, doc, v.errors ?? [], 'SPDX 2.3 JSON schema');
    const parsed = SpdxSubsetSchema.safeParse(doc);
    if (!parsed.success) throw zodError(base, doc, parsed.error, 'SPDX 2.3');
    return readSpdx(parsed.data);
  }
  throw new InvalidInputError(`${base}/bomFormat`, d.bomFormat, 'a CycloneDX document ("bomFormat": "CycloneDX") or an SPDX 2.3 document ("spdxVersion": "SPDX-2.3")');
}

function zodError(base: string, doc: unknown, error: z.ZodError, what: string): InvalidInputError {
  const issue = error.issues[0]!;
  const pointer = issue.path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  return new InvalidInputError(`${base}${pointer}`, valueAt(doc, pointer), `${issue.message} (${what})`);
}

const KevSchema = z.looseObject({
  catalogVersion: z.string().min(1),
  dateReleased: z.string().min(1),
  vulnerabilities: z.array(
    z.looseObject({
      cveID: z.string().regex(/^CVE-\d{4}-\d{4,}$/, 'a CVE id such as CVE-2021-44228'),
      vendorProject: z.string(),
      product: z.string(),
      vulnerabilityName: z.string(),
      dateAdded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
      requiredAction: z.string(),
      dueDate: z.string().optional(),
      knownRansomwareCampaignUse: z.string().optional(),
    }),
  ),
});

export type ParsedAdvisory = { kind: 'csaf' | 'osv'; advisory: Advisory } | { kind: 'kev'; catalog: KevCatalog };

/** Which kind of advisory document this is, from its shape. */
export function advisoryKindOf(doc: unknown): AdvisoryKind | null {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const d = doc as Record<string, unknown>;
  if (typeof (d.document as Record<string, unknown> | undefined)?.csaf_version === 'string') return 'csaf';
  if ('catalogVersion' in d && Array.isArray(d.vulnerabilities)) return 'kev';
  if (typeof d.id === 'string' && 'modified' in d) return 'osv';
  return null;
}

/** A CSAF 2.0 advisory, an OSV record or the CISA KEV catalog, validated and read. */
export async function parseAdvisoryDocument(doc: unknown, base = '/document', expected?: AdvisoryKind): Promise<ParsedAdvisory> {
  const kind = advisoryKindOf(doc);
  if (kind === null || (expected && kind !== expected)) {
    throw new InvalidInputError(base, shortShape(doc), expected ? `a ${expected.toUpperCase()} document` : 'a CSAF 2.0 advisory (document.csaf_version), an OSV record (id, modified) or the CISA KEV catalog (catalogVersion, vulnerabilities)');
  }
  if (kind === 'csaf') {
    const tests = [...Object.values(csafSchemaTests as Record<string, CsafTest>), ...Object.values(csafMandatoryTests as Record<string, CsafTest>)];
    const r = await validateCsaf(tests, doc);
    if (!r.isValid) {
      const failed = r.tests.find((t) => !t.isValid)!;
      const e = failed.errors[0] ?? { instancePath: '', message: failed.name };
      const pointer = e.instancePath;
      return Promise.reject(new InvalidInputError(`${base}${pointer}`, valueAt(doc, pointer), `${e.message ?? 'a valid value'} (CSAF 2.0 ${failed.name})`));
    }
    return { kind, advisory: readCsaf(doc) };
  }
  if (kind === 'osv') {
    const v = osv();
    if (!v(doc)) throw schemaError(base, doc, v.errors ?? [], 'OSV JSON schema');
    return { kind, advisory: readOsv(doc) };
  }
  const parsed = KevSchema.safeParse(doc);
  if (!parsed.success) throw zodError(base, doc, parsed.error, 'CISA KEV catalog');
  return { kind, catalog: readKev(parsed.data) };
}

const shortShape = (doc: unknown): unknown =>
  doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? `an object with ${Object.keys(doc).slice(0, 6).join(', ') || 'no properties'}` : doc;
