/**
 * The fleet of one organisation: device models and versions, installed units, SBOMs, imported
 * advisories, match decisions and triage. Every query filters on the actor's organisation; every
 * write is one transaction with its audit entry, so an import either lands whole or not at all.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ConflictError, DuplicateError, InvalidInputError, NotFoundError } from './contract.ts';
import type {
  Actor, FleetAdvisory, FleetMatchDecision, FleetModel, FleetModelVersion, FleetSbom, FleetScope, FleetSettings, FleetTriage, FleetUnit, FleetUnitFields,
} from './contract.ts';
import type { Context, Db } from './context.ts';
import { writeTx } from './context.ts';
import { toAuditEntry } from './audit.ts';
import { makePage, readPage } from './pagination.ts';
import { isUniqueViolation, now, requireRole } from './rows.ts';
import type { FleetAdvisoriesTable, FleetModelsTable, FleetModelVersionsTable, FleetSbomsTable, FleetTriageTable, FleetUnitsTable } from './schema-fleet.ts';
import { afterKey } from './scope-members.ts';
import { productRow } from './scope-products.ts';
import * as v from './validate.ts';
import { CRITICALITIES, EXPOSURES, JUSTIFICATIONS, oneOf, optionalDate, optionalField, side, TRIAGE_STATES, triState } from './fleet-validate.ts';

const DEFAULT_SETTINGS: FleetSettings = { side: 'hospital', nis2Entity: 'unknown', triageDays: 30 };
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const toModel = (r: FleetModelsTable): FleetModel => ({
  id: r.id, orgId: r.org_id, manufacturer: r.manufacturer, name: r.name, aliases: JSON.parse(r.aliases) as string[], productId: r.product_id, createdAt: r.created_at, updatedAt: r.updated_at,
});
const toVersion = (r: FleetModelVersionsTable): FleetModelVersion => ({ id: r.id, modelId: r.model_id, version: r.version, supportEnd: r.support_end, createdAt: r.created_at });
const toUnit = (r: FleetUnitsTable): FleetUnit => ({
  id: r.id, orgId: r.org_id, modelVersionId: r.model_version_id, serial: r.serial, assetTag: r.asset_tag, site: r.site, department: r.department, owner: r.owner,
  installedOn: r.installed_on, exposure: r.exposure as FleetUnit['exposure'], criticality: r.criticality as FleetUnit['criticality'], placedOnMarketOn: r.placed_on_market_on,
  supportEnd: r.support_end, createdAt: r.created_at, updatedAt: r.updated_at,
});
const toSbom = (r: Omit<FleetSbomsTable, 'document'>): FleetSbom => ({
  id: r.id, modelVersionId: r.model_version_id, format: r.format as FleetSbom['format'], specVersion: r.spec_version, serialNumber: r.serial_number,
  components: (JSON.parse(r.components) as unknown[]).length, sha256: r.sha256, createdAt: r.created_at,
});
const toAdvisory = (r: Omit<FleetAdvisoriesTable, 'document' | 'normalized'>): FleetAdvisory => ({
  id: r.id, source: r.source as FleetAdvisory['source'], externalId: r.external_id, title: r.title, published: r.published, updated: r.updated, sha256: r.sha256, importedAt: r.imported_at,
});
const toTriage = (r: FleetTriageTable): FleetTriage => ({
  findingKey: r.finding_key, state: r.state as FleetTriage['state'], justification: r.justification, detail: r.detail,
  exploitedInNetwork: r.exploited_in_network === null ? null : r.exploited_in_network === 1, decidedBy: r.decided_by, decidedAt: r.decided_at, version: Number(r.version),
});

function aliases(pointer: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return v.stringList(pointer, value, 50).map((a, i) => v.text(`${pointer}/${i}`, a));
}

/** Unit fields checked one by one; `partial` leaves absent fields out (for updates). */
function unitFields(base: string, input: Partial<Record<keyof FleetUnitFields, unknown>>, partial: boolean): Partial<FleetUnitsTable> {
  const out: Partial<FleetUnitsTable> = {};
  const has = (k: keyof FleetUnitFields) => !partial || input[k] !== undefined;
  if (has('serial')) out.serial = optionalField(`${base}/serial`, input.serial);
  if (has('assetTag')) out.asset_tag = optionalField(`${base}/assetTag`, input.assetTag);
  if (has('site')) out.site = optionalField(`${base}/site`, input.site);
  if (has('department')) out.department = optionalField(`${base}/department`, input.department);
  if (has('owner')) out.owner = optionalField(`${base}/owner`, input.owner);
  if (has('installedOn')) out.installed_on = optionalDate(`${base}/installedOn`, input.installedOn);
  if (has('exposure')) out.exposure = input.exposure === undefined || input.exposure === null || input.exposure === '' ? 'unknown' : oneOf(`${base}/exposure`, input.exposure, EXPOSURES);
  if (has('criticality')) out.criticality = input.criticality === undefined || input.criticality === null || input.criticality === '' ? 'unknown' : oneOf(`${base}/criticality`, input.criticality, CRITICALITIES);
  if (has('placedOnMarketOn')) out.placed_on_market_on = optionalDate(`${base}/placedOnMarketOn`, input.placedOnMarketOn);
  if (has('supportEnd')) out.support_end = optionalDate(`${base}/supportEnd`, input.supportEnd);
  return out;
}

export function fleet(ctx: Context, actor: Actor): FleetScope {
  const orgId = actor.orgId;
  const modelRow = async (tx: Db, id: string) => {
    const r = typeof id === 'string' ? await tx.selectFrom('fleet_models').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst() : undefined;
    if (!r) throw new NotFoundError('device model', String(id));
    return r;
  };
  const versionRow = async (tx: Db, id: string) => {
    const r = typeof id === 'string' ? await tx.selectFrom('fleet_model_versions').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst() : undefined;
    if (!r) throw new NotFoundError('model version', String(id));
    return r;
  };
  const unitRow = async (tx: Db, id: string) => {
    const r = typeof id === 'string' ? await tx.selectFrom('fleet_units').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst() : undefined;
    if (!r) throw new NotFoundError('unit', String(id));
    return r;
  };
  const settingsOf = async (tx: Db): Promise<FleetSettings> => {
    const r = await tx.selectFrom('fleet_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
    return r ? { side: r.side as FleetSettings['side'], nis2Entity: r.nis2_entity as FleetSettings['nis2Entity'], triageDays: Number(r.triage_days) } : DEFAULT_SETTINGS;
  };
  const uniqueModel = (e: unknown, manufacturer: string, name: string): unknown => (isUniqueViolation(e) ? new DuplicateError('model', `${manufacturer} ${name}`) : e);

  /** Finds or creates a model inside a transaction; counts what it created. */
  async function ensureModel(tx: Db, m: { manufacturer: string; name: string; aliases?: string[]; productId?: string | null }, counts: { models: number }) {
    const found = await tx.selectFrom('fleet_models').selectAll().where('org_id', '=', orgId).where('manufacturer', '=', m.manufacturer).where('name', '=', m.name).executeTakeFirst();
    if (found) return found;
    if (m.productId) await productRow(tx, orgId, m.productId);
    const at = now();
    const model = { id: randomUUID(), org_id: orgId, manufacturer: m.manufacturer, name: m.name, aliases: JSON.stringify(m.aliases ?? []), product_id: m.productId ?? null, created_at: at, updated_at: at };
    await tx.insertInto('fleet_models').values(model).execute();
    counts.models++;
    return model;
  }

  /** Finds or creates a version of a model; a given support end replaces the stored one. */
  async function ensureVersion(tx: Db, modelId: string, version: string, supportEnd: string | null | undefined, counts: { versions: number }) {
    const ver = await tx.selectFrom('fleet_model_versions').selectAll().where('model_id', '=', modelId).where('version', '=', version).executeTakeFirst();
    if (!ver) {
      const row = { id: randomUUID(), org_id: orgId, model_id: modelId, version, support_end: supportEnd ?? null, created_at: now() };
      await tx.insertInto('fleet_model_versions').values(row).execute();
      counts.versions++;
      return row;
    }
    if (supportEnd !== undefined && supportEnd !== ver.support_end) {
      await tx.updateTable('fleet_model_versions').set({ support_end: supportEnd }).where('id', '=', ver.id).execute();
      return { ...ver, support_end: supportEnd };
    }
    return ver;
  }

  return {
    async settings() {
      return settingsOf(ctx.db);
    },
    async setSettings(input) {
      requireRole(actor, 'editor');
      return writeTx(ctx, async (tx, audit) => {
        const before = await settingsOf(tx);
        const next: FleetSettings = {
          side: input?.side === undefined ? before.side : side('/side', input.side),
          nis2Entity: input.nis2Entity === undefined ? before.nis2Entity : triState('/nis2Entity', input.nis2Entity),
          triageDays: input.triageDays === undefined ? before.triageDays : v.positiveInt('/triageDays', input.triageDays),
        };
        const row = { org_id: orgId, side: next.side, nis2_entity: next.nis2Entity, triage_days: next.triageDays, updated_at: now() };
        await tx.deleteFrom('fleet_settings').where('org_id', '=', orgId).execute();
        await tx.insertInto('fleet_settings').values(row).execute();
        await audit({ orgId, actorId: actor.userId, action: 'fleet.settings', entityType: 'fleet-settings', entityId: orgId, change: { ...next, previous: before } });
        return next;
      });
    },

    async models(page) {
      const { limit, after } = readPage<[string, string]>('models', page, ['string', 'string']);
      const rows = await ctx.db.selectFrom('fleet_models').selectAll().where('org_id', '=', orgId).where(afterKey(after)).orderBy('created_at').orderBy('id').limit(limit + 1).execute();
      return makePage('models', rows, limit, (r) => [r.created_at, r.id], toModel);
    },
    async model(id) {
      const m = toModel(await modelRow(ctx.db, id));
      const versions = await ctx.db.selectFrom('fleet_model_versions').selectAll().where('model_id', '=', m.id).where('org_id', '=', orgId).orderBy('created_at').orderBy('id').execute();
      return { ...m, versions: versions.map(toVersion) };
    },
    async createModel(input) {
      requireRole(actor, 'editor');
      const manufacturer = v.text('/manufacturer', input?.manufacturer);
      const name = v.text('/name', input.name);
      const al = aliases('/aliases', input.aliases);
      const productId = input.productId === undefined || input.productId === null ? null : v.id('/productId', input.productId);
      return writeTx(ctx, async (tx, audit) => {
        if (productId) await productRow(tx, orgId, productId);
        const at = now();
        const row = { id: randomUUID(), org_id: orgId, manufacturer, name, aliases: JSON.stringify(al), product_id: productId, created_at: at, updated_at: at };
        try {
          await tx.insertInto('fleet_models').values(row).execute();
        } catch (e) {
          throw uniqueModel(e, manufacturer, name);
        }
        await audit({ orgId, actorId: actor.userId, action: 'fleet.model.create', entityType: 'fleet-model', entityId: row.id, change: { manufacturer, name, aliases: al, productId } });
        return toModel(row);
      });
    },
    async updateModel(id, input) {
      requireRole(actor, 'editor');
      const al = input?.aliases === undefined ? undefined : aliases('/aliases', input.aliases);
      const productId = input.productId === undefined ? undefined : input.productId === null ? null : v.id('/productId', input.productId);
      return writeTx(ctx, async (tx, audit) => {
        const before = await modelRow(tx, id);
        if (productId) await productRow(tx, orgId, productId);
        const set = { ...(al !== undefined ? { aliases: JSON.stringify(al) } : {}), ...(productId !== undefined ? { product_id: productId } : {}), updated_at: now() };
        await tx.updateTable('fleet_models').set(set).where('id', '=', id).where('org_id', '=', orgId).execute();
        await audit({ orgId, actorId: actor.userId, action: 'fleet.model.update', entityType: 'fleet-model', entityId: id, change: { ...(al !== undefined ? { aliases: al } : {}), ...(productId !== undefined ? { productId } : {}), previous: { aliases: JSON.parse(before.aliases) as unknown, productId: before.product_id } } });
        return toModel({ ...before, ...set });
      });
    },
    async removeModel(id) {
      requireRole(actor, 'editor');
      await writeTx(ctx, async (tx, audit) => {
        const before = await modelRow(tx, id);
        await tx.deleteFrom('fleet_models').where('id', '=', id).where('org_id', '=', orgId).execute();
        await audit({ orgId, actorId: actor.userId, action: 'fleet.model.remove', entityType: 'fleet-model', entityId: id, change: { previous: { manufacturer: before.manufacturer, name: before.name } } });
      });
    },
    async addVersion(modelId, input) {
      requireRole(actor, 'editor');
      const version = v.text('/version', input?.version, 100);
      const supportEnd = optionalDate('/supportEnd', input.supportEnd);
      return writeTx(ctx, async (tx, audit) => {
        await modelRow(tx, modelId);
        const row = { id: randomUUID(), org_id: orgId, model_id: modelId, version, support_end: supportEnd, created_at: now() };
        try {
          await tx.insertInto('fleet_model_versions').values(row).execute();
        } catch (e) {
          throw isUniqueViolation(e) ? new DuplicateError('version', version) : e;
        }
        await audit({ orgId, actorId: actor.userId, action: 'fleet.version.create', entityType: 'fleet-model-version', entityId: row.id, change: { modelId, version, supportEnd } });
        return toVersion(row);
      });
    },
    async version(id) {
      return toVersion(await versionRow(ctx.db, id));
    },

    async units(page) {
      const { limit, after } = readPage<[string, string]>('units', page, ['string', 'string']);
      let q = ctx.db.selectFrom('fleet_units').selectAll().where('org_id', '=', orgId).where(afterKey(after));
      if (page?.site !== undefined) q = q.where('site', '=', v.text('/site', page.site));
      if (page?.modelVersionId !== undefined) q = q.where('model_version_id', '=', v.id('/modelVersionId', page.modelVersionId));
      const rows = await q.orderBy('created_at').orderBy('id').limit(limit + 1).execute();
      return makePage('units', rows, limit, (r) => [r.created_at, r.id], toUnit);
    },
    async unit(id) {
      return toUnit(await unitRow(ctx.db, id));
    },
    async createUnit(input) {
      requireRole(actor, 'editor');
      const fields = unitFields('', input ?? {}, false);
      const mv = input.modelVersionId === undefined || input.modelVersionId === null ? null : v.id('/modelVersionId', input.modelVersionId);
      return writeTx(ctx, async (tx, audit) => {
        if (mv) await versionRow(tx, mv);
        const at = now();
        const row = { ...(fields as Omit<FleetUnitsTable, 'id'>), id: randomUUID(), org_id: orgId, model_version_id: mv, created_at: at, updated_at: at };
        await tx.insertInto('fleet_units').values(row).execute();
        await audit({ orgId, actorId: actor.userId, action: 'fleet.unit.create', entityType: 'fleet-unit', entityId: row.id, change: toUnit(row) });
        return toUnit(row);
      });
    },
    async updateUnit(id, input) {
      requireRole(actor, 'editor');
      const fields = unitFields('', input ?? {}, true);
      const mv = input.modelVersionId === undefined ? undefined : input.modelVersionId === null ? null : v.id('/modelVersionId', input.modelVersionId);
      return writeTx(ctx, async (tx, audit) => {
        const before = await unitRow(tx, id);
        if (mv) await versionRow(tx, mv);
        const set = { ...fields, ...(mv !== undefined ? { model_version_id: mv } : {}), updated_at: now() };
        await tx.updateTable('fleet_units').set(set).where('id', '=', id).where('org_id', '=', orgId).execute();
        const after = toUnit({ ...before, ...set });
        await audit({ orgId, actorId: actor.userId, action: 'fleet.unit.update', entityType: 'fleet-unit', entityId: id, change: { ...after, previous: toUnit(before) } });
        return after;
      });
    },
    async removeUnit(id) {
      requireRole(actor, 'editor');
      await writeTx(ctx, async (tx, audit) => {
        const before = await unitRow(tx, id);
        await tx.deleteFrom('fleet_units').where('id', '=', id).where('org_id', '=', orgId).execute();
        await audit({ orgId, actorId: actor.userId, action: 'fleet.unit.remove', entityType: 'fleet-unit', entityId: id, change: { previous: toUnit(before) } });
      });
    },

    async importInventory(input) {
      requireRole(actor, 'editor');
      if (input === null || typeof input !== 'object') throw new InvalidInputError('', input, 'an object with "models" and "units"');
      const models = (input.models ?? []).map((m, i) => {
        const b = `/models/${i}`;
        return {
          manufacturer: v.text(`${b}/manufacturer`, m?.manufacturer),
          name: v.text(`${b}/name`, m.name),
          aliases: aliases(`${b}/aliases`, m.aliases),
          productId: m.productId === undefined || m.productId === null ? null : v.id(`${b}/productId`, m.productId),
          versions: (Array.isArray(m.versions) ? m.versions : []).map((x, j) => ({ version: v.text(`${b}/versions/${j}/version`, x?.version, 100), supportEnd: optionalDate(`${b}/versions/${j}/supportEnd`, x.supportEnd) })),
        };
      });
      const units = (input.units ?? []).map((u, i) => {
        const b = `/units/${i}`;
        const version = u?.version === undefined || u.version === null || u.version === '' ? null : v.text(`${b}/version`, u.version, 100);
        return { manufacturer: v.text(`${b}/manufacturer`, u?.manufacturer), model: v.text(`${b}/model`, u.model), version, fields: unitFields(b, u, false), pointer: b };
      });
      return writeTx(ctx, async (tx, audit) => {
        const counts = { models: 0, versions: 0, unitsCreated: 0, unitsUpdated: 0 };
        for (const m of models) {
          const model = await ensureModel(tx, m, counts);
          for (const x of m.versions) await ensureVersion(tx, model.id, x.version, x.supportEnd, counts);
        }
        for (const u of units) {
          const model = await ensureModel(tx, { manufacturer: u.manufacturer, name: u.model }, counts);
          const ver = u.version === null ? null : await ensureVersion(tx, model.id, u.version, undefined, counts);
          const at = now();
          let existing: FleetUnitsTable | undefined;
          if (u.fields.serial || u.fields.asset_tag) {
            let q = tx.selectFrom('fleet_units').selectAll().where('org_id', '=', orgId);
            q = u.fields.serial ? q.where('serial', '=', u.fields.serial) : q.where('asset_tag', '=', u.fields.asset_tag!);
            existing = await q.executeTakeFirst();
          }
          if (existing) {
            await tx.updateTable('fleet_units').set({ ...u.fields, model_version_id: ver?.id ?? null, updated_at: at }).where('id', '=', existing.id).execute();
            counts.unitsUpdated++;
          } else {
            await tx.insertInto('fleet_units').values({ ...(u.fields as Omit<FleetUnitsTable, 'id'>), id: randomUUID(), org_id: orgId, model_version_id: ver?.id ?? null, created_at: at, updated_at: at }).execute();
            counts.unitsCreated++;
          }
        }
        await audit({ orgId, actorId: actor.userId, action: 'fleet.inventory.import', entityType: 'fleet-inventory', entityId: orgId, change: counts });
        return counts;
      });
    },
    async exportInventory() {
      const models = await ctx.db.selectFrom('fleet_models').selectAll().where('org_id', '=', orgId).orderBy('created_at').orderBy('id').execute();
      const versions = await ctx.db.selectFrom('fleet_model_versions').selectAll().where('org_id', '=', orgId).orderBy('created_at').orderBy('id').execute();
      const units = await ctx.db.selectFrom('fleet_units').selectAll().where('org_id', '=', orgId).orderBy('created_at').orderBy('id').execute();
      const modelById = new Map(models.map((m) => [m.id, m]));
      const versionById = new Map(versions.map((x) => [x.id, x]));
      return {
        models: models.map((m) => ({
          manufacturer: m.manufacturer, name: m.name, aliases: JSON.parse(m.aliases) as string[], productId: m.product_id,
          versions: versions.filter((x) => x.model_id === m.id).map((x) => ({ version: x.version, supportEnd: x.support_end })),
        })),
        units: units.flatMap((u) => {
          const ver = u.model_version_id ? versionById.get(u.model_version_id) : undefined;
          const model = ver ? modelById.get(ver.model_id) : undefined;
          if (!ver || !model) return [];
          const x = toUnit(u);
          return [{
            manufacturer: model.manufacturer, model: model.name, version: ver.version, serial: x.serial, assetTag: x.assetTag, site: x.site, department: x.department, owner: x.owner,
            installedOn: x.installedOn, exposure: x.exposure, criticality: x.criticality, placedOnMarketOn: x.placedOnMarketOn, supportEnd: x.supportEnd,
          }];
        }),
      };
    },

    async attachSbom(modelVersionId, input) {
      requireRole(actor, 'editor');
      const document = v.document('/document', input?.document, 20_000_000);
      return writeTx(ctx, async (tx, audit) => {
        await versionRow(tx, modelVersionId);
        const row = {
          id: randomUUID(), org_id: orgId, model_version_id: modelVersionId, format: input.format, spec_version: input.specVersion, serial_number: input.serialNumber,
          components: JSON.stringify(input.components), document, sha256: sha256(document), created_at: now(),
        };
        await tx.insertInto('fleet_sboms').values(row).execute();
        await audit({ orgId, actorId: actor.userId, action: 'fleet.sbom.attach', entityType: 'fleet-sbom', entityId: row.id, change: { modelVersionId, format: row.format, specVersion: row.spec_version, components: input.components.length, sha256: row.sha256 } });
        return toSbom(row);
      });
    },
    async sboms(modelVersionId) {
      let q = ctx.db.selectFrom('fleet_sboms').select(['id', 'org_id', 'model_version_id', 'format', 'spec_version', 'serial_number', 'components', 'sha256', 'created_at']).where('org_id', '=', orgId);
      if (modelVersionId !== undefined) q = q.where('model_version_id', '=', v.id('/modelVersionId', modelVersionId));
      return (await q.orderBy('created_at').orderBy('id').execute()).map(toSbom);
    },
    async removeSbom(id) {
      requireRole(actor, 'editor');
      await writeTx(ctx, async (tx, audit) => {
        const r = await tx.selectFrom('fleet_sboms').select(['id', 'sha256']).where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
        if (!r) throw new NotFoundError('sbom', id);
        await tx.deleteFrom('fleet_sboms').where('id', '=', id).where('org_id', '=', orgId).execute();
        await audit({ orgId, actorId: actor.userId, action: 'fleet.sbom.remove', entityType: 'fleet-sbom', entityId: id, change: { previous: { sha256: r.sha256 } } });
      });
    },

    async importAdvisories(items) {
      requireRole(actor, 'editor');
      if (!Array.isArray(items) || items.length === 0) throw new InvalidInputError('/documents', items, 'at least one document');
      const prepared = items.map((it, i) => {
        const document = v.document(`/documents/${i}`, it.document, 50_000_000);
        return { it, document, normalized: JSON.stringify(it.normalized), externalId: v.text(`/documents/${i}/id`, it.externalId, 300) };
      });
      return writeTx(ctx, async (tx, audit) => {
        let created = 0;
        let updated = 0;
        const out: FleetAdvisory[] = [];
        for (const p of prepared) {
          const at = now();
          const fields = { title: p.it.title.slice(0, 1000), published: p.it.published, updated: p.it.updated, normalized: p.normalized, document: p.document, sha256: sha256(p.document), imported_at: at };
          const existing = await tx.selectFrom('fleet_advisories').select(['id']).where('org_id', '=', orgId).where('source', '=', p.it.source).where('external_id', '=', p.externalId).executeTakeFirst();
          let id: string;
          if (existing) {
            id = existing.id;
            await tx.updateTable('fleet_advisories').set(fields).where('id', '=', id).execute();
            updated++;
          } else {
            id = randomUUID();
            await tx.insertInto('fleet_advisories').values({ id, org_id: orgId, source: p.it.source, external_id: p.externalId, ...fields }).execute();
            created++;
          }
          out.push(toAdvisory({ id, org_id: orgId, source: p.it.source, external_id: p.externalId, ...fields }));
        }
        await audit({ orgId, actorId: actor.userId, action: 'fleet.advisories.import', entityType: 'fleet-advisories', entityId: orgId, change: { created, updated, documents: out.map((a) => ({ source: a.source, id: a.externalId, sha256: a.sha256 })) } });
        return { created, updated, advisories: out };
      });
    },
    async advisories(page) {
      const { limit, after } = readPage<[string, string]>('advisories', page, ['string', 'string']);
      let q = ctx.db.selectFrom('fleet_advisories').select(['id', 'org_id', 'source', 'external_id', 'title', 'published', 'updated', 'sha256', 'imported_at']).where('org_id', '=', orgId);
      if (after) q = q.where((eb) => eb.or([eb('imported_at', '>', after[0]), eb.and([eb('imported_at', '=', after[0]), eb('id', '>', after[1])])]));
      if (page?.source !== undefined) q = q.where('source', '=', oneOf('/source', page.source, ['csaf', 'osv', 'kev'] as const));
      const rows = await q.orderBy('imported_at').orderBy('id').limit(limit + 1).execute();
      return makePage('advisories', rows, limit, (r) => [r.imported_at, r.id], toAdvisory);
    },
    async removeAdvisory(id) {
      requireRole(actor, 'editor');
      await writeTx(ctx, async (tx, audit) => {
        const r = await tx.selectFrom('fleet_advisories').select(['id', 'source', 'external_id']).where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
        if (!r) throw new NotFoundError('advisory', id);
        await tx.deleteFrom('fleet_advisories').where('id', '=', id).execute();
        await audit({ orgId, actorId: actor.userId, action: 'fleet.advisory.remove', entityType: 'fleet-advisory', entityId: id, change: { previous: { source: r.source, id: r.external_id } } });
      });
    },

    async decideMatch(matchKey, input) {
      requireRole(actor, 'editor');
      const key = v.text('/matchKey', matchKey, 500);
      const decision = oneOf('/decision', input?.decision, ['confirmed', 'rejected'] as const);
      const reason = v.optionalText('/reason', input.reason, 2000);
      return writeTx(ctx, async (tx, audit) => {
        const before = await tx.selectFrom('fleet_match_decisions').selectAll().where('org_id', '=', orgId).where('match_key', '=', key).executeTakeFirst();
        const row = { org_id: orgId, match_key: key, decision, reason, decided_by: actor.userId, decided_at: now() };
        await tx.deleteFrom('fleet_match_decisions').where('org_id', '=', orgId).where('match_key', '=', key).execute();
        await tx.insertInto('fleet_match_decisions').values(row).execute();
        // The finding keys of a match are model version + vulnerability; the audit names the match.
        await audit({ orgId, actorId: actor.userId, action: 'fleet.match.decide', entityType: 'fleet-match', entityId: key, change: { decision, reason, previous: before ? { decision: before.decision, reason: before.reason } : null } });
        const out: FleetMatchDecision = { matchKey: key, decision, reason, decidedBy: actor.userId, decidedAt: row.decided_at };
        return out;
      });
    },
    async setTriage(findingKey, input) {
      requireRole(actor, 'editor');
      const key = v.text('/findingKey', findingKey, 500);
      const state = oneOf('/state', input?.state, TRIAGE_STATES);
      const justification = input.justification === undefined || input.justification === null ? null : oneOf('/justification', input.justification, JUSTIFICATIONS);
      if (state === 'not_affected' && justification === null) throw new InvalidInputError('/justification', input.justification, `with state not_affected, a justification: one of ${JUSTIFICATIONS.join(', ')}`);
      if (state !== 'not_affected' && justification !== null) throw new InvalidInputError('/justification', justification, 'no justification except with state not_affected');
      const detail = v.optionalText('/detail', input.detail, 4000);
      const exploited = input.exploitedInNetwork === undefined || input.exploitedInNetwork === null ? null : typeof input.exploitedInNetwork === 'boolean' ? input.exploitedInNetwork : (() => { throw new InvalidInputError('/exploitedInNetwork', input.exploitedInNetwork, 'true, false or null'); })();
      const expected = typeof input.expectedVersion === 'number' && Number.isInteger(input.expectedVersion) && input.expectedVersion >= 0 ? input.expectedVersion : (() => { throw new InvalidInputError('/expectedVersion', input.expectedVersion, 'the version of the triage you change (0 when there is none yet)'); })();
      return writeTx(ctx, async (tx, audit) => {
        const before = await tx.selectFrom('fleet_triage').selectAll().where('org_id', '=', orgId).where('finding_key', '=', key).executeTakeFirst();
        const actual = before ? Number(before.version) : 0;
        if (actual !== expected) throw new ConflictError('triage', key, expected, actual);
        const row: FleetTriageTable = { org_id: orgId, finding_key: key, state, justification, detail, exploited_in_network: exploited === null ? null : exploited ? 1 : 0, decided_by: actor.userId, decided_at: now(), version: actual + 1 };
        if (before) await tx.updateTable('fleet_triage').set(row).where('org_id', '=', orgId).where('finding_key', '=', key).execute();
        else await tx.insertInto('fleet_triage').values(row).execute();
        await audit({
          orgId, actorId: actor.userId, action: 'fleet.triage', entityType: 'fleet-finding', entityId: key,
          change: { state, justification, detail, exploitedInNetwork: exploited, version: row.version, previous: before ? { state: before.state, justification: before.justification, detail: before.detail } : null },
        });
        return toTriage(row);
      });
    },
    async triageHistory(findingKey) {
      const key = v.text('/findingKey', findingKey, 500);
      const rows = await ctx.db
        .selectFrom('audit_log as a')
        .leftJoin('users as u', 'u.id', 'a.actor_id')
        .selectAll('a')
        .select('u.display_name as actor_name')
        .where('a.org_id', '=', orgId)
        .where('a.entity_type', '=', 'fleet-finding')
        .where('a.entity_id', '=', key)
        .orderBy('a.seq')
        .execute();
      return rows.map(({ actor_name, ...row }) => ({ ...toAuditEntry(row), actor: row.actor_id === null ? null : { id: row.actor_id, displayName: actor_name ?? null } }));
    },

    async setMds2(modelVersionId, statement) {
      requireRole(actor, 'editor');
      const doc = v.document('/statement', statement, 2_000_000);
      return writeTx(ctx, async (tx, audit) => {
        await versionRow(tx, modelVersionId);
        const at = now();
        await tx.deleteFrom('fleet_mds2').where('model_version_id', '=', modelVersionId).where('org_id', '=', orgId).execute();
        await tx.insertInto('fleet_mds2').values({ org_id: orgId, model_version_id: modelVersionId, statement: doc, updated_at: at }).execute();
        await audit({ orgId, actorId: actor.userId, action: 'fleet.mds2.set', entityType: 'fleet-model-version', entityId: modelVersionId, change: { sha256: sha256(doc) } });
        return { modelVersionId, statement: JSON.parse(doc) as unknown, updatedAt: at };
      });
    },
    async mds2(modelVersionId) {
      const r = typeof modelVersionId === 'string' ? await ctx.db.selectFrom('fleet_mds2').selectAll().where('model_version_id', '=', modelVersionId).where('org_id', '=', orgId).executeTakeFirst() : undefined;
      if (!r) throw new NotFoundError('MDS2 statement', String(modelVersionId));
      return { modelVersionId, statement: JSON.parse(r.statement) as unknown, updatedAt: r.updated_at };
    },

    async load() {
      const db = ctx.db;
      const [settings, models, versions, units, sboms, advisories, decisions, triage] = await Promise.all([
        settingsOf(db),
        db.selectFrom('fleet_models').selectAll().where('org_id', '=', orgId).orderBy('created_at').orderBy('id').execute(),
        db.selectFrom('fleet_model_versions').selectAll().where('org_id', '=', orgId).orderBy('created_at').orderBy('id').execute(),
        db.selectFrom('fleet_units').selectAll().where('org_id', '=', orgId).orderBy('created_at').orderBy('id').execute(),
        db.selectFrom('fleet_sboms').select(['model_version_id', 'components']).where('org_id', '=', orgId).orderBy('created_at').execute(),
        db.selectFrom('fleet_advisories').select(['id', 'org_id', 'source', 'external_id', 'title', 'published', 'updated', 'sha256', 'imported_at', 'normalized']).where('org_id', '=', orgId).orderBy('imported_at').orderBy('id').execute(),
        db.selectFrom('fleet_match_decisions').selectAll().where('org_id', '=', orgId).execute(),
        db.selectFrom('fleet_triage').selectAll().where('org_id', '=', orgId).execute(),
      ]);
      const components = new Map<string, FleetData['components'] extends Map<string, infer C> ? C : never>();
      for (const s of sboms) components.set(s.model_version_id, [...(components.get(s.model_version_id) ?? []), ...(JSON.parse(s.components) as [])]);
      return {
        settings,
        models: models.map(toModel),
        versions: versions.map(toVersion),
        units: units.map(toUnit),
        components,
        advisories: advisories.map((a) => ({ ...toAdvisory(a), normalized: JSON.parse(a.normalized) as unknown })),
        decisions: decisions.map((d) => ({ matchKey: d.match_key, decision: d.decision as 'confirmed' | 'rejected', reason: d.reason, decidedBy: d.decided_by, decidedAt: d.decided_at })),
        triage: triage.map(toTriage),
      };
    },
  };
}
type FleetData = Awaited<ReturnType<FleetScope['load']>>;
