/** Fleet operations shared by the HTTP API and the CLI: validate a document, then store it. */
import type { FleetAdvisory, FleetAdvisoryImport, FleetSbom, OrgScope } from '../store/contract.ts';
import { parseAdvisoryDocument, parseSbomDocument } from './documents.ts';
import type { AdvisoryKind } from './documents.ts';

export async function importSbom(scope: OrgScope, modelVersionId: string, document: unknown, base = '/document'): Promise<FleetSbom> {
  // Check the version exists before the (slower) schema validation, so a wrong id fails fast.
  await scope.fleet.version(modelVersionId);
  const sbom = await parseSbomDocument(document, base);
  return scope.fleet.attachSbom(modelVersionId, { format: sbom.format, specVersion: sbom.specVersion, serialNumber: sbom.serialNumber, components: sbom.components, document });
}

/** Validates every document first; only when all are valid are they stored, in one transaction. */
export async function importAdvisories(
  scope: OrgScope,
  documents: readonly unknown[],
  opts: { expected?: AdvisoryKind; base?: (i: number) => string; progress?: (done: number, total: number) => void } = {},
): Promise<{ created: number; updated: number; advisories: FleetAdvisory[] }> {
  const items: FleetAdvisoryImport[] = [];
  for (let i = 0; i < documents.length; i++) {
    const doc = documents[i];
    const parsed = await parseAdvisoryDocument(doc, opts.base ? opts.base(i) : `/documents/${i}`, opts.expected);
    if (parsed.kind === 'kev') {
      const c = parsed.catalog;
      items.push({ source: 'kev', externalId: 'cisa-kev', title: `CISA Known Exploited Vulnerabilities ${c.version} (${c.entries.length} entries)`, published: c.released, updated: c.released, normalized: c, document: doc });
    } else {
      const a = parsed.advisory;
      items.push({ source: parsed.kind, externalId: a.id, title: a.title, published: a.published, updated: a.updated, normalized: a, document: doc });
    }
    opts.progress?.(i + 1, documents.length);
  }
  return scope.fleet.importAdvisories(items);
}
