/**
 * SBOMs read into components: CycloneDX 1.4–1.6 JSON (validated against the official schema by
 * the caller) and SPDX 2.3 JSON through a zod model of the part we read (packages with their
 * purl and CPE external references).
 */
import { z } from 'zod';
import type { Sbom, SbomComponent } from './types.ts';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function readCycloneDx(doc: unknown): Sbom {
  const d = obj(doc);
  const components: SbomComponent[] = [];
  let n = 0;
  const visit = (list: unknown[], pointer: string) => {
    list.forEach((c, i) => {
      const comp = obj(c);
      const supplier = str(obj(comp.supplier).name) || str(comp.publisher) || str(comp.author) || null;
      components.push({
        ref: str(comp['bom-ref']) || `${pointer}/${i}`,
        name: [str(comp.group), str(comp.name)].filter(Boolean).join('/') || `component ${++n}`,
        version: str(comp.version) || null,
        supplier,
        purl: str(comp.purl) || null,
        cpe: str(comp.cpe) || null,
      });
      visit(arr(comp.components), `${pointer}/${i}/components`);
    });
  };
  const meta = obj(d.metadata);
  visit(arr(d.components), '/components');
  return { format: 'cyclonedx', specVersion: str(d.specVersion), serialNumber: str(d.serialNumber) || null, created: str(meta.timestamp) || null, components };
}

/** The subset of SPDX 2.3 we read; everything else in the document is kept as given but not used. */
export const SpdxSubsetSchema = z.looseObject({
  spdxVersion: z.literal('SPDX-2.3'),
  SPDXID: z.literal('SPDXRef-DOCUMENT'),
  name: z.string(),
  documentNamespace: z.string(),
  creationInfo: z.looseObject({ created: z.string() }),
  packages: z
    .array(
      z.looseObject({
        SPDXID: z.string().regex(/^SPDXRef-[A-Za-z0-9.-]+$/),
        name: z.string(),
        versionInfo: z.string().optional(),
        supplier: z.string().optional(),
        externalRefs: z
          .array(z.looseObject({ referenceCategory: z.string(), referenceType: z.string(), referenceLocator: z.string() }))
          .optional(),
      }),
    )
    .optional(),
});

export function readSpdx(doc: z.infer<typeof SpdxSubsetSchema>): Sbom {
  const components = (doc.packages ?? []).map((p): SbomComponent => {
    const refs = p.externalRefs ?? [];
    const purl = refs.find((r) => r.referenceType === 'purl')?.referenceLocator ?? null;
    const cpe = refs.find((r) => r.referenceType === 'cpe23Type' || r.referenceType === 'cpe22Type')?.referenceLocator ?? null;
    const supplier = p.supplier && p.supplier !== 'NOASSERTION' ? p.supplier.replace(/^(Organization|Person):\s*/, '') : null;
    return { ref: p.SPDXID, name: p.name, version: p.versionInfo && p.versionInfo !== 'NOASSERTION' ? p.versionInfo : null, supplier, purl, cpe };
  });
  return { format: 'spdx', specVersion: doc.spdxVersion, serialNumber: doc.documentNamespace, created: doc.creationInfo.created, components };
}
