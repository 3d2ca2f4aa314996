/** Assessments, incidents and saved scenarios of one organisation. Updates are optimistic: they name the version they change. */
import { randomUUID } from 'node:crypto';
import { ConflictError, InvalidInputError, NotFoundError } from './contract.ts';
import type { Actor, OrgScope } from './contract.ts';
import type { Context, Db } from './context.ts';
import { writeTx } from './context.ts';
import { makePage, readPage } from './pagination.ts';
import { now, requireRole, toAssessment, toIncident, toScenario } from './rows.ts';
import { afterKey } from './scope-members.ts';
import { productRow } from './scope-products.ts';
import * as v from './validate.ts';

async function assessmentRow(tx: Db, orgId: string, id: string) {
  const row = typeof id === 'string' ? await tx.selectFrom('assessments').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst() : undefined;
  if (!row) throw new NotFoundError('assessment', String(id));
  return row;
}

async function incidentRow(tx: Db, orgId: string, id: string) {
  const row = typeof id === 'string' ? await tx.selectFrom('incidents').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst() : undefined;
  if (!row) throw new NotFoundError('incident', String(id));
  return row;
}

export function assessments(ctx: Context, actor: Actor): OrgScope['assessments'] {
  const orgId = actor.orgId;
  return {
    async list(page) {
      const { limit, after } = readPage<[string, string]>('assessments', page, ['string', 'string']);
      let q = ctx.db.selectFrom('assessments').selectAll().where('org_id', '=', orgId).where(afterKey(after));
      if (page?.productId !== undefined) q = q.where('product_id', '=', v.id('/productId', page.productId));
      const rows = await q.orderBy('created_at').orderBy('id').limit(limit + 1).execute();
      return makePage('assessments', rows, limit, (r) => [r.created_at, r.id], toAssessment);
    },

    async get(id) {
      return toAssessment(await assessmentRow(ctx.db, orgId, id));
    },

    async create(input) {
      requireRole(actor, 'editor');
      const productId = v.id('/productId', input?.productId);
      const requested = input.productVersion === undefined ? undefined : v.positiveInt('/productVersion', input.productVersion);
      const name = v.text('/name', input.name);
      const state = v.document('/state', input.state);
      return writeTx(ctx, async (tx, audit) => {
        const product = await productRow(tx, orgId, productId);
        const productVersion = requested ?? Number(product.latest_version);
        if (productVersion > Number(product.latest_version)) throw new NotFoundError('product version', `${productId} v${productVersion}`);
        const at = now();
        const row = { id: randomUUID(), org_id: orgId, product_id: productId, product_version: productVersion, name, state, version: 1, created_at: at, updated_at: at };
        await tx.insertInto('assessments').values(row).execute();
        await audit({ orgId, actorId: actor.userId, action: 'assessment.create', entityType: 'assessment', entityId: row.id, change: { productId, productVersion, name, state: JSON.parse(state) as unknown } });
        return toAssessment(row);
      });
    },

    async update(id, input) {
      requireRole(actor, 'editor');
      const expected = v.positiveInt('/expectedVersion', input?.expectedVersion);
      const state = v.document('/state', input.state);
      const name = input.name === undefined ? undefined : v.text('/name', input.name);
      return writeTx(ctx, async (tx, audit) => {
        const before = await assessmentRow(tx, orgId, id);
        const at = now();
        const set = { state, version: expected + 1, updated_at: at, ...(name !== undefined ? { name } : {}) };
        const r = await tx.updateTable('assessments').set(set).where('id', '=', id).where('org_id', '=', orgId).where('version', '=', expected).executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) throw new ConflictError('assessment', id, expected, Number((await assessmentRow(tx, orgId, id)).version));
        await audit({
          orgId,
          actorId: actor.userId,
          action: 'assessment.update',
          entityType: 'assessment',
          entityId: id,
          change: {
            version: expected + 1,
            state: JSON.parse(state) as unknown,
            ...(name !== undefined ? { name } : {}),
            previous: { state: JSON.parse(before.state) as unknown, ...(name !== undefined ? { name: before.name } : {}) },
          },
        });
        return toAssessment({ ...before, ...set });
      });
    },

    async remove(id) {
      requireRole(actor, 'editor');
      await writeTx(ctx, async (tx, audit) => {
        const before = await assessmentRow(tx, orgId, id);
        await tx.deleteFrom('assessments').where('id', '=', id).where('org_id', '=', orgId).execute();
        await audit({ orgId, actorId: actor.userId, action: 'assessment.remove', entityType: 'assessment', entityId: id, change: { previous: { name: before.name, version: Number(before.version) } } });
      });
    },
  };
}

export function incidents(ctx: Context, actor: Actor): OrgScope['incidents'] {
  const orgId = actor.orgId;
  return {
    async list(page) {
      const { limit, after } = readPage<[string, string]>('incidents', page, ['string', 'string']);
      let q = ctx.db.selectFrom('incidents').selectAll().where('org_id', '=', orgId).where(afterKey(after));
      if (page?.status !== undefined) q = q.where('status', '=', v.status('/status', page.status));
      const rows = await q.orderBy('created_at').orderBy('id').limit(limit + 1).execute();
      return makePage('incidents', rows, limit, (r) => [r.created_at, r.id], toIncident);
    },

    async get(id) {
      return toIncident(await incidentRow(ctx.db, orgId, id));
    },

    async create(input) {
      requireRole(actor, 'editor');
      const title = v.text('/title', input?.title);
      const caseDoc = v.document('/case', input.case);
      const productId = input.productId === undefined || input.productId === null ? null : v.id('/productId', input.productId);
      return writeTx(ctx, async (tx, audit) => {
        if (productId !== null) await productRow(tx, orgId, productId);
        const at = now();
        const row = { id: randomUUID(), org_id: orgId, product_id: productId, title, status: 'open', case_doc: caseDoc, version: 1, created_at: at, updated_at: at };
        await tx.insertInto('incidents').values(row).execute();
        await audit({ orgId, actorId: actor.userId, action: 'incident.create', entityType: 'incident', entityId: row.id, change: { title, productId, status: 'open', case: JSON.parse(caseDoc) as unknown } });
        return toIncident(row);
      });
    },

    async update(id, input) {
      requireRole(actor, 'editor');
      const expected = v.positiveInt('/expectedVersion', input?.expectedVersion);
      const caseDoc = input.case === undefined ? undefined : v.document('/case', input.case);
      const title = input.title === undefined ? undefined : v.text('/title', input.title);
      const status = input.status === undefined ? undefined : v.status('/status', input.status);
      return writeTx(ctx, async (tx, audit) => {
        const before = await incidentRow(tx, orgId, id);
        const at = now();
        const fields = { ...(caseDoc !== undefined ? { case_doc: caseDoc } : {}), ...(title !== undefined ? { title } : {}), ...(status !== undefined ? { status } : {}) };
        const set = { ...fields, version: expected + 1, updated_at: at };
        const r = await tx.updateTable('incidents').set(set).where('id', '=', id).where('org_id', '=', orgId).where('version', '=', expected).executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) throw new ConflictError('incident', id, expected, Number((await incidentRow(tx, orgId, id)).version));
        const shown = (row: { case_doc?: string; title?: string; status?: string }) => ({
          ...(row.case_doc !== undefined ? { case: JSON.parse(row.case_doc) as unknown } : {}),
          ...(row.title !== undefined ? { title: row.title } : {}),
          ...(row.status !== undefined ? { status: row.status } : {}),
        });
        const previous = {
          ...(caseDoc !== undefined ? { case_doc: before.case_doc } : {}),
          ...(title !== undefined ? { title: before.title } : {}),
          ...(status !== undefined ? { status: before.status } : {}),
        };
        await audit({ orgId, actorId: actor.userId, action: 'incident.update', entityType: 'incident', entityId: id, change: { version: expected + 1, ...shown(fields), previous: shown(previous) } });
        return toIncident({ ...before, ...set });
      });
    },

    async remove(id) {
      requireRole(actor, 'editor');
      await writeTx(ctx, async (tx, audit) => {
        const before = await incidentRow(tx, orgId, id);
        await tx.deleteFrom('incidents').where('id', '=', id).where('org_id', '=', orgId).execute();
        await audit({ orgId, actorId: actor.userId, action: 'incident.remove', entityType: 'incident', entityId: id, change: { previous: { title: before.title, version: Number(before.version) } } });
      });
    },
  };
}

export function scenarios(ctx: Context, actor: Actor): OrgScope['scenarios'] {
  const orgId = actor.orgId;
  const scenarioRow = async (id: string) => {
    const row = typeof id === 'string' ? await ctx.db.selectFrom('scenarios').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst() : undefined;
    if (!row) throw new NotFoundError('scenario', String(id));
    return row;
  };
  return {
    async list(page) {
      const { limit, after } = readPage<[string, string]>('scenarios', page, ['string', 'string']);
      const rows = await ctx.db.selectFrom('scenarios').selectAll().where('org_id', '=', orgId).where(afterKey(after)).orderBy('created_at').orderBy('id').limit(limit + 1).execute();
      return makePage('scenarios', rows, limit, (r) => [r.created_at, r.id], toScenario);
    },

    async get(id) {
      return toScenario(await scenarioRow(id));
    },

    async create(input) {
      requireRole(actor, 'editor');
      const name = v.text('/name', input?.name);
      const list = v.stringList('/scenarios', input.scenarios);
      const asOf = input.asOf === undefined || input.asOf === null ? null : v.date('/asOf', input.asOf);
      const row = { id: randomUUID(), org_id: orgId, name, scenarios: JSON.stringify(list), as_of: asOf, created_at: now() };
      await writeTx(ctx, async (tx, audit) => {
        await tx.insertInto('scenarios').values(row).execute();
        await audit({ orgId, actorId: actor.userId, action: 'scenario.create', entityType: 'scenario', entityId: row.id, change: { name, scenarios: list, asOf } });
      });
      return toScenario(row);
    },

    async update(id, input) {
      requireRole(actor, 'editor');
      if (input === null || typeof input !== 'object' || (input.name === undefined && input.scenarios === undefined && input.asOf === undefined)) {
        throw new InvalidInputError('', input, 'an object with at least one of name, scenarios, asOf');
      }
      const name = input.name === undefined ? undefined : v.text('/name', input.name);
      const list = input.scenarios === undefined ? undefined : v.stringList('/scenarios', input.scenarios);
      const asOf = input.asOf === undefined ? undefined : input.asOf === null ? null : v.date('/asOf', input.asOf);
      return writeTx(ctx, async (tx, audit) => {
        const before = await tx.selectFrom('scenarios').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
        if (!before) throw new NotFoundError('scenario', String(id));
        const set = { ...(name !== undefined ? { name } : {}), ...(list !== undefined ? { scenarios: JSON.stringify(list) } : {}), ...(asOf !== undefined ? { as_of: asOf } : {}) };
        await tx.updateTable('scenarios').set(set).where('id', '=', id).where('org_id', '=', orgId).execute();
        const prior = toScenario(before);
        await audit({
          orgId,
          actorId: actor.userId,
          action: 'scenario.update',
          entityType: 'scenario',
          entityId: id,
          change: {
            ...(name !== undefined ? { name } : {}),
            ...(list !== undefined ? { scenarios: list } : {}),
            ...(asOf !== undefined ? { asOf } : {}),
            previous: {
              ...(name !== undefined ? { name: prior.name } : {}),
              ...(list !== undefined ? { scenarios: prior.scenarios } : {}),
              ...(asOf !== undefined ? { asOf: prior.asOf } : {}),
            },
          },
        });
        return toScenario({ ...before, ...set });
      });
    },

    async remove(id) {
      requireRole(actor, 'editor');
      await writeTx(ctx, async (tx, audit) => {
        const r = await tx.deleteFrom('scenarios').where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
        if (Number(r.numDeletedRows) === 0) throw new NotFoundError('scenario', String(id));
        await audit({ orgId, actorId: actor.userId, action: 'scenario.remove', entityType: 'scenario', entityId: id, change: null });
      });
    },
  };
}
