/**
 * The fleet over HTTP: inventory (models, versions, units; CSV/JSON import and export), SBOMs,
 * advisories, matches to confirm or reject, findings with triage and their duties, exposure,
 * the dashboard, VEX and POA&M exports, and an incident plan started from a finding. Everything
 * is scoped to the organisation in the path.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireRole } from './auth.ts';
import { OrgParams } from './org-admin-routes.ts';
import { auditJson, incidentJson, pageJson, pageRequest, scopeOf } from './org-json.ts';
import { createRouter } from './router.ts';
import type { ApiEnv } from './router.ts';
import { errors, IdSchema, IncidentSchema, IsoDateSchema, InstantSchema, json, jsonBody, PageQuerySchema, pageOf } from './schemas.ts';
import { SECURED } from './security.ts';
import { cycloneDxVex, csafVex, oscalPoam } from '../fleet/exports.ts';
import { incidentFromFinding } from '../fleet/incident-from-finding.ts';
import { inventoryCsv, parseInventoryCsv } from '../fleet/inventory-csv.ts';
import { importAdvisories, importSbom } from '../fleet/ops.ts';
import { mds2Compare, mds2FromCsv, mds2FromJson, mds2View } from '../fleet/mds2-ops.ts';
import { fleetView } from '../fleet/view.ts';
import type { FleetView } from '../fleet/view.ts';
import { NotFoundError } from '../store/contract.ts';

const TAGS = ['Fleet'];
const Loose = (name: string, description: string) => z.looseObject({}).openapi(name, { description });
const Exposure = z.enum(['internet-facing', 'segmented', 'isolated', 'unknown']);
const Criticality = z.enum(['high', 'medium', 'low', 'unknown']);
const Text = z.string().max(200);
const DateOrNull = IsoDateSchema.nullable();

const SettingsSchema = z
  .object({ side: z.enum(['manufacturer', 'hospital']), nis2Entity: z.enum(['true', 'false', 'unknown']), triageDays: z.number().int().min(1) })
  .openapi('FleetSettings');
const ModelSchema = z
  .object({ id: z.string(), orgId: z.string(), manufacturer: z.string(), name: z.string(), aliases: z.array(z.string()), productId: z.string().nullable(), createdAt: z.string(), updatedAt: z.string() })
  .openapi('FleetModel');
const VersionSchema = z.object({ id: z.string(), modelId: z.string(), version: z.string(), supportEnd: z.string().nullable(), createdAt: z.string() }).openapi('FleetModelVersion');
const UnitFields = {
  modelVersionId: IdSchema.nullable().optional(),
  serial: Text.nullable().optional(),
  assetTag: Text.nullable().optional(),
  site: Text.nullable().optional(),
  department: Text.nullable().optional(),
  owner: Text.nullable().optional(),
  installedOn: DateOrNull.optional(),
  exposure: Exposure.optional(),
  criticality: Criticality.optional(),
  placedOnMarketOn: DateOrNull.optional(),
  supportEnd: DateOrNull.optional().openapi({ description: 'Support end declared for this unit; otherwise its model version’s applies.' }),
};
const UnitSchema = z
  .object({
    id: z.string(), orgId: z.string(), modelVersionId: z.string().nullable(), serial: z.string().nullable(), assetTag: z.string().nullable(), site: z.string().nullable(),
    department: z.string().nullable(), owner: z.string().nullable(), installedOn: z.string().nullable(), exposure: Exposure, criticality: Criticality,
    placedOnMarketOn: z.string().nullable(), supportEnd: z.string().nullable(), createdAt: z.string(), updatedAt: z.string(),
  })
  .openapi('FleetUnit');
const SbomSchema = z
  .object({ id: z.string(), modelVersionId: z.string(), format: z.enum(['cyclonedx', 'spdx']), specVersion: z.string(), serialNumber: z.string().nullable(), components: z.number().int(), sha256: z.string(), createdAt: z.string() })
  .openapi('FleetSbom');
const AdvisorySchema = z
  .object({ id: z.string(), source: z.enum(['csaf', 'osv', 'kev']), externalId: z.string(), title: z.string(), published: z.string(), updated: z.string(), sha256: z.string(), importedAt: z.string() })
  .openapi('FleetAdvisory');
const InventorySchema = Loose('FleetInventory', 'Models with their versions, and units, as imported and exported: `{ models: [{ manufacturer, name, aliases?, productId?, versions: [{ version, supportEnd? }] }], units: [{ manufacturer, model, version, serial?, assetTag?, site?, department?, owner?, installedOn?, exposure?, criticality?, placedOnMarketOn?, supportEnd? }] }`.');
const AsOfQuery = z.strictObject({ asOf: IsoDateSchema.optional().openapi({ description: 'Compute at this date (default: today).' }) });
const FindingsQuery = AsOfQuery.extend({
  modelVersionId: IdSchema.optional(),
  state: z.enum(['under_investigation', 'affected', 'not_affected', 'fixed']).optional(),
  knownExploited: z.enum(['true', 'false']).optional(),
});
const FindingKey = z.string().min(3).max(500).openapi({ description: 'A finding key as the findings list gives it: `<modelVersionId>|<vulnerability id>`.' });
const TriageBody = z
  .strictObject({
    findingKey: FindingKey,
    state: z.enum(['under_investigation', 'affected', 'not_affected', 'fixed']),
    justification: z.enum(['component_not_present', 'vulnerable_code_not_present', 'vulnerable_code_not_in_execute_path', 'vulnerable_code_cannot_be_controlled_by_adversary', 'inline_mitigations_already_exist']).nullable().optional(),
    detail: z.string().max(4000).nullable().optional(),
    exploitedInNetwork: z.boolean().nullable().optional(),
    expectedVersion: z.number().int().min(0).openapi({ description: 'The triage version you change; 0 for the first decision.' }),
  })
  .openapi('FleetTriageRequest');
const TriageSchema = z
  .object({ findingKey: z.string(), state: z.string(), justification: z.string().nullable(), detail: z.string().nullable(), exploitedInNetwork: z.boolean().nullable(), decidedBy: z.string(), decidedAt: z.string(), version: z.number().int() })
  .openapi('FleetTriage');

const ModelParams = OrgParams.extend({ id: IdSchema });
const VersionParams = OrgParams.extend({ versionId: IdSchema });

const today = (c: Context<ApiEnv>, asOf: string | undefined): string => asOf ?? c.get('now')().toISOString().slice(0, 10);
const view = async (c: Context<ApiEnv>, asOf?: string): Promise<FleetView> => fleetView(scopeOf(c), today(c, asOf));
const findingOf = (v: FleetView, key: string) => {
  const f = v.findings.find((x) => x.key === key);
  if (!f) throw new NotFoundError('finding', key);
  return f;
};

export function fleetRoutes() {
  const app = createRouter();
  const route = <R extends Parameters<typeof createRoute>[0]>(r: R) => createRoute({ ...r, tags: TAGS, security: SECURED });

  app.openapi(route({ method: 'get', path: '/orgs/{orgId}/fleet/settings', operationId: 'getFleetSettings', summary: 'Fleet settings: side, NIS2 status, triage period', request: { params: OrgParams }, responses: { 200: json(SettingsSchema, 'The settings.'), ...errors(401, 404) } }), async (c) =>
    c.json(await scopeOf(c).fleet.settings(), 200),
  );
  app.openapi(
    route({ method: 'put', path: '/orgs/{orgId}/fleet/settings', operationId: 'setFleetSettings', summary: 'Change the fleet settings (editor)', request: { params: OrgParams, body: jsonBody(SettingsSchema.partial().strict().openapi('FleetSettingsRequest')) }, responses: { 200: json(SettingsSchema, 'The settings.'), ...errors(400, 401, 403, 404, 413, 415) } }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      return c.json(await scopeOf(c).fleet.setSettings(c.req.valid('json')), 200);
    },
  );

  app.openapi(route({ method: 'get', path: '/orgs/{orgId}/fleet/models', operationId: 'listFleetModels', summary: 'Device models', request: { params: OrgParams, query: PageQuerySchema }, responses: { 200: json(pageOf(ModelSchema), 'A page of models.'), ...errors(400, 401, 404) } }), async (c) =>
    c.json(pageJson(await scopeOf(c).fleet.models(pageRequest(c.req.valid('query'))), (m) => m), 200),
  );
  app.openapi(
    route({
      method: 'post', path: '/orgs/{orgId}/fleet/models', operationId: 'createFleetModel', summary: 'Add a device model (editor)',
      request: { params: OrgParams, body: jsonBody(z.strictObject({ manufacturer: Text.min(1), name: Text.min(1), aliases: z.array(Text).max(50).optional(), productId: IdSchema.nullable().optional() }).openapi('CreateFleetModelRequest')) },
      responses: { 201: json(ModelSchema, 'The model.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      return c.json(await scopeOf(c).fleet.createModel(c.req.valid('json')), 201);
    },
  );
  app.openapi(route({ method: 'get', path: '/orgs/{orgId}/fleet/models/{id}', operationId: 'getFleetModel', summary: 'One model with its versions', request: { params: ModelParams }, responses: { 200: json(ModelSchema.extend({ versions: z.array(VersionSchema) }).openapi('FleetModelWithVersions'), 'The model.'), ...errors(401, 404) } }), async (c) =>
    c.json(await scopeOf(c).fleet.model(c.req.valid('param').id), 200),
  );
  app.openapi(
    route({
      method: 'patch', path: '/orgs/{orgId}/fleet/models/{id}', operationId: 'updateFleetModel', summary: 'Change aliases or the linked product (editor)',
      request: { params: ModelParams, body: jsonBody(z.strictObject({ aliases: z.array(Text).max(50).optional(), productId: IdSchema.nullable().optional() }).openapi('UpdateFleetModelRequest')) },
      responses: { 200: json(ModelSchema, 'The model.'), ...errors(400, 401, 403, 404, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      return c.json(await scopeOf(c).fleet.updateModel(c.req.valid('param').id, c.req.valid('json')), 200);
    },
  );
  app.openapi(route({ method: 'delete', path: '/orgs/{orgId}/fleet/models/{id}', operationId: 'removeFleetModel', summary: 'Remove a model with its versions and SBOMs (editor)', request: { params: ModelParams }, responses: { 204: { description: 'Removed.' }, ...errors(401, 403, 404) } }), async (c) => {
    requireRole(c.get('actor'), 'editor');
    await scopeOf(c).fleet.removeModel(c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(
    route({
      method: 'post', path: '/orgs/{orgId}/fleet/models/{id}/versions', operationId: 'addFleetModelVersion', summary: 'Add a software/firmware version of a model (editor)',
      request: { params: ModelParams, body: jsonBody(z.strictObject({ version: z.string().min(1).max(100), supportEnd: DateOrNull.optional() }).openapi('AddFleetModelVersionRequest')) },
      responses: { 201: json(VersionSchema, 'The version.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      return c.json(await scopeOf(c).fleet.addVersion(c.req.valid('param').id, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/units', operationId: 'listFleetUnits', summary: 'Installed units', request: { params: OrgParams, query: PageQuerySchema.extend({ site: Text.optional(), modelVersionId: IdSchema.optional() }) }, responses: { 200: json(pageOf(UnitSchema), 'A page of units.'), ...errors(400, 401, 404) } }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(pageJson(await scopeOf(c).fleet.units({ ...pageRequest(q), ...(q.site ? { site: q.site } : {}), ...(q.modelVersionId ? { modelVersionId: q.modelVersionId } : {}) }), (u) => u), 200);
    },
  );
  app.openapi(
    route({ method: 'post', path: '/orgs/{orgId}/fleet/units', operationId: 'createFleetUnit', summary: 'Add a unit (editor)', request: { params: OrgParams, body: jsonBody(z.strictObject(UnitFields).openapi('FleetUnitRequest')) }, responses: { 201: json(UnitSchema, 'The unit.'), ...errors(400, 401, 403, 404, 413, 415) } }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      return c.json(await scopeOf(c).fleet.createUnit(c.req.valid('json')), 201);
    },
  );
  app.openapi(
    route({
      method: 'get', path: '/orgs/{orgId}/fleet/units/{id}', operationId: 'getFleetUnit', summary: 'One unit with its exposure, findings and duties',
      request: { params: ModelParams, query: AsOfQuery },
      responses: { 200: json(z.object({ unit: UnitSchema, exposure: Loose('FleetUnitExposure', 'Support status, open and known-exploited findings, rank.').nullable(), findings: z.array(Loose('FleetFinding', 'A finding with evidence, triage and duties.')) }).openapi('FleetUnitDetail'), 'The unit.'), ...errors(400, 401, 404) },
    }),
    async (c) => {
      const unit = await scopeOf(c).fleet.unit(c.req.valid('param').id);
      const v = await view(c, c.req.valid('query').asOf);
      return c.json({ unit, exposure: v.exposures.find((e) => e.unitId === unit.id) ?? null, findings: v.findings.filter((f) => f.modelVersionId === unit.modelVersionId) }, 200);
    },
  );
  app.openapi(
    route({ method: 'patch', path: '/orgs/{orgId}/fleet/units/{id}', operationId: 'updateFleetUnit', summary: 'Change a unit (editor)', request: { params: ModelParams, body: jsonBody(z.strictObject(UnitFields).openapi('FleetUnitPatch')) }, responses: { 200: json(UnitSchema, 'The unit.'), ...errors(400, 401, 403, 404, 413, 415) } }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      return c.json(await scopeOf(c).fleet.updateUnit(c.req.valid('param').id, c.req.valid('json')), 200);
    },
  );
  app.openapi(route({ method: 'delete', path: '/orgs/{orgId}/fleet/units/{id}', operationId: 'removeFleetUnit', summary: 'Remove a unit (editor)', request: { params: ModelParams }, responses: { 204: { description: 'Removed.' }, ...errors(401, 403, 404) } }), async (c) => {
    requireRole(c.get('actor'), 'editor');
    await scopeOf(c).fleet.removeUnit(c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(
    route({
      method: 'post', path: '/orgs/{orgId}/fleet/inventory', operationId: 'importFleetInventory', summary: 'Import models, versions and units from JSON or CSV, all or nothing (editor)',
      request: { params: OrgParams, body: jsonBody(z.strictObject({ inventory: InventorySchema.optional(), csv: z.string().max(5_000_000).optional().openapi({ description: 'The inventory as CSV text (columns as `GET …/inventory?format=csv` exports).' }) }).openapi('FleetInventoryImport')) },
      responses: { 200: json(z.object({ models: z.number(), versions: z.number(), unitsCreated: z.number(), unitsUpdated: z.number() }).openapi('FleetInventoryImportResult'), 'What was created or updated.'), ...errors(400, 401, 403, 404, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      const inventory = b.csv !== undefined ? parseInventoryCsv(b.csv) : (b.inventory as never);
      return c.json(await scopeOf(c).fleet.importInventory(inventory ?? { models: [], units: [] }), 200);
    },
  );
  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/inventory', operationId: 'exportFleetInventory', summary: 'Export the inventory as JSON or CSV', request: { params: OrgParams, query: z.strictObject({ format: z.enum(['json', 'csv']).default('json') }) }, responses: { 200: { description: 'The inventory.', content: { 'application/json': { schema: InventorySchema }, 'text/csv': { schema: z.string() } } }, ...errors(400, 401, 404) } }),
    async (c) => {
      const inv = await scopeOf(c).fleet.exportInventory();
      if (c.req.valid('query').format === 'csv') return c.body(inventoryCsv(inv), 200, { 'content-type': 'text/csv; charset=utf-8' });
      return c.json(inv as unknown as Record<string, unknown>, 200);
    },
  );

  app.openapi(
    route({
      method: 'post', path: '/orgs/{orgId}/fleet/versions/{versionId}/sboms', operationId: 'attachFleetSbom', summary: 'Attach a CycloneDX 1.4–1.6 or SPDX 2.3 JSON SBOM to a model version (editor)',
      request: { params: VersionParams, body: jsonBody(z.strictObject({ document: z.looseObject({}).openapi({ description: 'The SBOM, validated against its official schema.' }) }).openapi('AttachFleetSbomRequest')) },
      responses: { 201: json(SbomSchema, 'The stored SBOM.'), ...errors(400, 401, 403, 404, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      return c.json(await importSbom(scopeOf(c), c.req.valid('param').versionId, c.req.valid('json').document), 201);
    },
  );
  app.openapi(route({ method: 'get', path: '/orgs/{orgId}/fleet/sboms', operationId: 'listFleetSboms', summary: 'SBOMs', request: { params: OrgParams, query: z.strictObject({ modelVersionId: IdSchema.optional() }) }, responses: { 200: json(z.object({ items: z.array(SbomSchema) }), 'The SBOMs.'), ...errors(400, 401, 404) } }), async (c) =>
    c.json({ items: await scopeOf(c).fleet.sboms(c.req.valid('query').modelVersionId) }, 200),
  );

  app.openapi(
    route({
      method: 'post', path: '/orgs/{orgId}/fleet/advisories', operationId: 'importFleetAdvisories', summary: 'Import CSAF 2.0 advisories, OSV records or the CISA KEV catalog, all or nothing (editor)',
      request: { params: OrgParams, body: jsonBody(z.strictObject({ documents: z.array(z.looseObject({})).min(1).max(500) }).openapi('ImportFleetAdvisoriesRequest')) },
      responses: { 200: json(z.object({ created: z.number(), updated: z.number(), advisories: z.array(AdvisorySchema) }).openapi('ImportFleetAdvisoriesResult'), 'What was imported.'), ...errors(400, 401, 403, 404, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      return c.json(await importAdvisories(scopeOf(c), c.req.valid('json').documents), 200);
    },
  );
  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/advisories', operationId: 'listFleetAdvisories', summary: 'Imported advisories and catalogs with their source and date', request: { params: OrgParams, query: PageQuerySchema.extend({ source: z.enum(['csaf', 'osv', 'kev']).optional() }) }, responses: { 200: json(pageOf(AdvisorySchema), 'A page of advisories.'), ...errors(400, 401, 404) } }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(pageJson(await scopeOf(c).fleet.advisories({ ...pageRequest(q), ...(q.source ? { source: q.source } : {}) }), (a) => a), 200);
    },
  );

  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/matches', operationId: 'listFleetMatches', summary: 'Advisory products matched to model versions, with confidence, reasons and decisions', request: { params: OrgParams, query: AsOfQuery }, responses: { 200: json(z.object({ items: z.array(Loose('FleetMatch', 'A candidate match.')) }), 'The matches.'), ...errors(400, 401, 404) } }),
    async (c) => c.json({ items: (await view(c, c.req.valid('query').asOf)).candidates }, 200),
  );
  app.openapi(
    route({
      method: 'post', path: '/orgs/{orgId}/fleet/matches/decisions', operationId: 'decideFleetMatch', summary: 'Confirm or reject a match (editor)',
      request: { params: OrgParams, body: jsonBody(z.strictObject({ matchKey: z.string().min(3).max(500), decision: z.enum(['confirmed', 'rejected']), reason: z.string().max(2000).nullable().optional() }).openapi('FleetMatchDecisionRequest')) },
      responses: { 200: json(Loose('FleetMatchDecision', 'The decision.'), 'The decision.'), ...errors(400, 401, 403, 404, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      const v = await view(c);
      if (!v.candidates.some((m) => m.key === b.matchKey)) throw new NotFoundError('match', b.matchKey);
      return c.json(await scopeOf(c).fleet.decideMatch(b.matchKey, b), 200);
    },
  );

  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/findings', operationId: 'listFleetFindings', summary: 'Findings per model version with severity, exploitation, remediation, triage and duties', request: { params: OrgParams, query: FindingsQuery }, responses: { 200: json(z.object({ asOf: z.string(), items: z.array(Loose('FleetFinding', 'A finding with evidence, triage and duties.')) }).openapi('FleetFindings'), 'The findings.'), ...errors(400, 401, 404) } }),
    async (c) => {
      const q = c.req.valid('query');
      const v = await view(c, q.asOf);
      const items = v.findings.filter((f) => (!q.modelVersionId || f.modelVersionId === q.modelVersionId) && (!q.state || f.analysis.state === q.state) && (!q.knownExploited || (f.knownExploited !== null) === (q.knownExploited === 'true')));
      return c.json({ asOf: v.asOf, items }, 200);
    },
  );
  app.openapi(
    route({ method: 'post', path: '/orgs/{orgId}/fleet/findings/triage', operationId: 'triageFleetFinding', summary: 'Record a VEX-style analysis of a finding (editor); audited', request: { params: OrgParams, body: jsonBody(TriageBody) }, responses: { 200: json(TriageSchema, 'The triage.'), ...errors(400, 401, 403, 404, 409, 413, 415) } }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      findingOf(await view(c), b.findingKey);
      return c.json(await scopeOf(c).fleet.setTriage(b.findingKey, b), 200);
    },
  );
  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/findings/history', operationId: 'fleetFindingHistory', summary: 'Who decided what on a finding, when and why (from the audit log)', request: { params: OrgParams, query: z.strictObject({ findingKey: FindingKey }) }, responses: { 200: json(z.object({ items: z.array(Loose('FleetTriageEntry', 'An audit entry.')) }), 'The history.'), ...errors(400, 401, 404) } }),
    async (c) => c.json({ items: (await scopeOf(c).fleet.triageHistory(c.req.valid('query').findingKey)).map(auditJson) }, 200),
  );
  app.openapi(
    route({
      method: 'post', path: '/orgs/{orgId}/fleet/findings/incident', operationId: 'startFleetIncident', summary: 'Start an incident plan from a finding, recording the instant of awareness (editor)',
      request: { params: OrgParams, body: jsonBody(z.strictObject({ findingKey: FindingKey, aware: InstantSchema }).openapi('StartFleetIncidentRequest')) },
      responses: { 201: json(IncidentSchema, 'The incident; its plan is at …/incidents/{id}/plan.'), ...errors(400, 401, 403, 404, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      const f = findingOf(await view(c), b.findingKey);
      return c.json(incidentJson(await incidentFromFinding(scopeOf(c), f, b.aware)), 201);
    },
  );

  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/exposure', operationId: 'fleetExposure', summary: 'Units ranked by exposure: unsupported with known-exploited first', request: { params: OrgParams, query: AsOfQuery }, responses: { 200: json(z.object({ asOf: z.string(), items: z.array(Loose('FleetUnitExposure', 'A unit’s exposure.')) }), 'The units.'), ...errors(400, 401, 404) } }),
    async (c) => {
      const v = await view(c, c.req.valid('query').asOf);
      return c.json({ asOf: v.asOf, items: v.exposures }, 200);
    },
  );
  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/dashboard', operationId: 'fleetDashboard', summary: 'Exposed units by site, criticality and exploitation; orphan units; overdue triage', request: { params: OrgParams, query: AsOfQuery }, responses: { 200: json(Loose('FleetDashboard', 'The dashboard.'), 'The dashboard.'), ...errors(400, 401, 404) } }),
    async (c) => {
      const v = await view(c, c.req.valid('query').asOf);
      return c.json({ asOf: v.asOf, ...v.dashboard, worst: v.exposures.slice(0, 20) }, 200);
    },
  );
  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/exports/{kind}', operationId: 'fleetExport', summary: 'VEX (CycloneDX 1.6 or CSAF 2.0) or an OSCAL 1.2.1 POA&M of the findings', request: { params: OrgParams.extend({ kind: z.enum(['cyclonedx-vex', 'csaf-vex', 'oscal-poam']) }), query: AsOfQuery }, responses: { 200: json(Loose('FleetExport', 'The document.'), 'The document.'), ...errors(400, 401, 404) } }),
    async (c) => {
      const scope = scopeOf(c);
      const v = await view(c, c.req.valid('query').asOf);
      const org = await scope.organisation();
      const ctx = { organisation: org.name, at: c.get('now')().toISOString() };
      const kind = c.req.valid('param').kind;
      const doc = kind === 'cyclonedx-vex' ? cycloneDxVex(v.findings, ctx) : kind === 'csaf-vex' ? csafVex(v.findings, { ...ctx, namespace: `urn:iomt-compliance:org:${org.slug}` }) : oscalPoam(v.findings, ctx);
      return c.json(doc, 200);
    },
  );

  const Mds2Body = z
    .strictObject({ csv: z.string().max(2_000_000).optional().openapi({ description: 'The HN 1-2019 form saved as CSV.' }), statement: z.looseObject({}).optional().openapi({ description: '`{ answers: { "SBOM-1": { answer, note } } }`' }) })
    .openapi('FleetMds2Request');
  const Mds2Schema = Loose('FleetMds2', 'The statement (answers keyed by question id) and what the mapped answers say about controls and lifecycle facts.');
  app.openapi(
    route({ method: 'put', path: '/orgs/{orgId}/fleet/versions/{versionId}/mds2', operationId: 'setFleetMds2', summary: 'Record the MDS2 (HN 1-2019) of a model version from the form’s CSV or JSON (editor)', request: { params: VersionParams, body: jsonBody(Mds2Body) }, responses: { 200: json(Mds2Schema, 'The statement.'), ...errors(400, 401, 403, 404, 413, 415) } }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      const statement = b.csv !== undefined ? mds2FromCsv(b.csv) : mds2FromJson(b.statement);
      const scope = scopeOf(c);
      await scope.fleet.setMds2(c.req.valid('param').versionId, statement);
      return c.json(await mds2View(scope, c.req.valid('param').versionId), 200);
    },
  );
  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/versions/{versionId}/mds2', operationId: 'getFleetMds2', summary: 'The MDS2 of a model version, mapped onto controls and lifecycle facts', request: { params: VersionParams }, responses: { 200: json(Mds2Schema, 'The statement.'), ...errors(401, 404) } }),
    async (c) => c.json(await mds2View(scopeOf(c), c.req.valid('param').versionId), 200),
  );
  app.openapi(
    route({ method: 'get', path: '/orgs/{orgId}/fleet/mds2/compare', operationId: 'compareFleetMds2', summary: 'What changed between the MDS2 of two model versions', request: { params: OrgParams, query: z.strictObject({ a: IdSchema, b: IdSchema }) }, responses: { 200: json(Loose('FleetMds2Comparison', 'Changed answers, mapped questions first.'), 'The changes.'), ...errors(400, 401, 404) } }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await mds2Compare(scopeOf(c), q.a, q.b), 200);
    },
  );

  return app;
}
