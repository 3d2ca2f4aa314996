/**
 * Stored incidents. Events and submissions change the stored case under optimistic versioning;
 * the plan, calendar and reports are recomputed from the case on every read.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { DOSSIER_FIELDS, dossierValueSchema, isActId, knowledgeBase, mergeDossier } from '@iomt/core';
import type { IncidentCase } from '@iomt/core';
import { requireRole } from './auth.ts';
import { caseFrom } from './engine-input.ts';
import { asList, incidentPlan, plain } from './engine-ops.ts';
import { checkRegime, IncidentPlanSchema, RegimeReportSchema, reportResponse } from './engine-routes.ts';
import { incidentIcs } from '../outputs/incident-outputs.ts';
import { IncidentListItemSchema, incidentSummary } from './incident-summary.ts';
import { OrgParams } from './org-admin-routes.ts';
import { incidentJson, pageJson, pageRequest, scopeOf } from './org-json.ts';
import { invalid } from './problem.ts';
import { createRouter } from './router.ts';
import type { ApiEnv } from './router.ts';
import type { Context } from 'hono';
import { errors, IdSchema, IncidentCaseRef, IncidentSchema, InstantSchema, json, jsonBody, NameSchema, PageQuerySchema, pageOf, ScenarioIdSchema } from './schemas.ts';
import { SECURED } from './security.ts';

const IncidentParams = OrgParams.extend({ id: IdSchema });
const Version = z.number().int().min(1).max(1_000_000);
const Status = z.enum(['open', 'closed']);

const CreateIncident = z.strictObject({ title: NameSchema, productId: IdSchema.nullable().optional(), case: IncidentCaseRef }).openapi('CreateIncidentRequest');
const PatchIncident = z
  .strictObject({ case: IncidentCaseRef.optional(), title: NameSchema.optional(), status: Status.optional(), expectedVersion: Version })
  .openapi('PatchIncidentRequest');
const EVENT_KINDS = ['occurred', 'detected', 'aware', 'measureAvailable', 'handled', 'awareBy'] as const;
const AddEvent = z
  .strictObject({
    kind: z.enum(EVENT_KINDS),
    at: InstantSchema,
    act: z.string().max(40).optional().openapi({ description: 'With kind awareBy: the act whose clock starts at `at`.' }),
    expectedVersion: Version,
  })
  .openapi('IncidentEventRequest');
const AddSubmission = z
  .strictObject({
    duty: z.string().min(1).max(120).openapi({ description: 'Duty id as the plan names it (`steps[].duty`).' }),
    step: z.string().min(1).max(120).openapi({ description: 'Step id as the plan names it (`steps[].step`).' }),
    state: z.string().length(2).optional().openapi({ description: 'Member state, where the plan has one step per state.' }),
    at: InstantSchema,
    reference: z.string().trim().min(1).max(200).regex(/^[^\p{Cc}]*$/u, 'no control characters').optional().openapi({ description: 'The case number the authority gave the report, if any.' }),
    expectedVersion: Version,
  })
  .openapi('IncidentSubmissionRequest');
const DossierValues = z
  .strictObject(
    Object.fromEntries(
      DOSSIER_FIELDS.map((f) => [
        f.id,
        dossierValueSchema(f)
          .nullable()
          .optional()
          .openapi({ description: `${f.label} (${f.type}${'options' in f ? `: ${f.options.join(', ')}` : ''}). ${f.description} null removes the field.` }),
      ]),
    ),
  )
  .openapi('IncidentDossierValues', { description: 'Dossier fields by catalogue id, typed as the catalogue says; a value replaces the stored one, null removes it, fields not named are kept.' });
const PutDossier = z.strictObject({ values: DossierValues, expectedVersion: Version }).openapi('IncidentDossierRequest');
const PlanQuery = z.strictObject({
  now: InstantSchema.optional().openapi({ description: 'Plan as at this instant (default: the server clock).' }),
  scenario: z.union([ScenarioIdSchema, z.array(ScenarioIdSchema).max(20)]).optional(),
});
const ReportQuery = PlanQuery.extend({ regime: z.string().max(20), format: z.enum(['markdown', 'html', 'json']).default('markdown') });
const ListQuery = PageQuerySchema.extend({ status: Status.optional() });

const TAGS = ['Incidents'];

async function storedPlan(c: Context<ApiEnv>, id: string, q: { now?: string | undefined; scenario?: string | string[] | undefined }) {
  const incident = await scopeOf(c).incidents.get(id);
  return incidentPlan(caseFrom(incident.case), q.now ?? c.get('now')().toISOString(), asList(q.scenario));
}

/** The case with one timeline instant set; the result is re-validated by the caller. */
function withEvent(current: IncidentCase, kind: (typeof EVENT_KINDS)[number], at: string, act: string | undefined): unknown {
  if (kind === 'awareBy') {
    if (act === undefined || !isActId(act)) {
      throw invalid([{ pointer: '/act', in: 'body', ...(act !== undefined ? { value: act } : {}), expected: `with kind awareBy, an act id: one of ${knowledgeBase.acts.map((a) => a.id).join(', ')}` }]);
    }
    return { ...current, timeline: { ...current.timeline, awareBy: { ...current.timeline.awareBy, [act]: at } } };
  }
  if (act !== undefined) throw invalid([{ pointer: '/act', in: 'body', value: act, expected: 'no act except with kind awareBy' }]);
  return { ...current, timeline: { ...current.timeline, [kind]: at } };
}

/**
 * Changes a stored incident's case as an editor: reads it, applies `change`, re-validates the
 * result and writes it with the caller's expected version (409 when someone else wrote first).
 */
async function editCase(c: Context<ApiEnv>, id: string, expectedVersion: number, change: (current: IncidentCase) => unknown) {
  requireRole(c.get('actor'), 'editor');
  const scope = scopeOf(c);
  const current = caseFrom((await scope.incidents.get(id)).case);
  return incidentJson(await scope.incidents.update(id, { case: caseFrom(change(current)), expectedVersion }));
}

/** The case with a submission recorded, after checking duty, step and state against the plan. */
function withSubmission(current: IncidentCase, b: z.infer<typeof AddSubmission>): unknown {
  const plan = incidentPlan(current, b.at, []);
  const steps = plan.steps.filter((s) => s.duty === b.duty);
  if (steps.length === 0) {
    throw invalid([{ pointer: '/duty', in: 'body', value: b.duty, expected: `a duty of this incident's plan: ${[...new Set(plan.steps.map((s) => s.duty))].join(', ')}` }]);
  }
  if (!steps.some((s) => s.step === b.step)) {
    throw invalid([{ pointer: '/step', in: 'body', value: b.step, expected: `a step of ${b.duty}: ${[...new Set(steps.map((s) => s.step))].join(', ')}` }]);
  }
  const states = steps.filter((s) => s.step === b.step && s.memberState !== undefined).map((s) => s.memberState as string);
  if (b.state !== undefined && !states.includes(b.state)) {
    throw invalid([{ pointer: '/state', in: 'body', value: b.state, expected: states.length ? `one of ${states.join(', ')}` : 'no member state for this step' }]);
  }
  const entry = { duty: b.duty, step: b.step, at: b.at, ...(b.state !== undefined ? { state: b.state } : {}), ...(b.reference !== undefined ? { reference: b.reference } : {}) };
  // Recording the same step again corrects its instant rather than listing it twice.
  const others = (current.timeline.submitted ?? []).filter((s) => !(s.duty === entry.duty && s.step === entry.step && s.state === entry.state));
  return { ...current, timeline: { ...current.timeline, submitted: [...others, entry] } };
}

export function orgIncidentRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/incidents',
      operationId: 'listIncidents',
      tags: TAGS,
      summary: 'Incidents',
      security: SECURED,
      request: { params: OrgParams, query: ListQuery },
      responses: { 200: json(pageOf(IncidentListItemSchema), 'A page of incidents, each with its next deadline and counts (null for a closed incident).'), ...errors(400, 401, 404) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const now = c.get('now')().toISOString();
      const page = await scopeOf(c).incidents.list({ ...pageRequest(q), ...(q.status ? { status: q.status } : {}) });
      return c.json(pageJson(page, (i) => ({ ...incidentJson(i), summary: i.status === 'open' ? incidentSummary(i.case, now) : null })), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/incidents',
      operationId: 'createIncident',
      tags: TAGS,
      summary: 'Open an incident from a case (editor)',
      security: SECURED,
      request: { params: OrgParams, body: jsonBody(CreateIncident) },
      responses: { 201: json(IncidentSchema, 'The incident.'), ...errors(400, 401, 403, 404, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      const incidentCase = caseFrom(b.case);
      const i = await scopeOf(c).incidents.create({ title: b.title, productId: b.productId ?? null, case: incidentCase });
      return c.json(incidentJson(i), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/incidents/{id}',
      operationId: 'getIncident',
      tags: TAGS,
      summary: 'One incident with its case',
      security: SECURED,
      request: { params: IncidentParams },
      responses: { 200: json(IncidentSchema, 'The incident.'), ...errors(401, 404) },
    }),
    async (c) => c.json(incidentJson(await scopeOf(c).incidents.get(c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/orgs/{orgId}/incidents/{id}',
      operationId: 'updateIncident',
      tags: TAGS,
      summary: 'Replace the case, rename, or close/reopen (editor); a stale expectedVersion gets 409',
      security: SECURED,
      request: { params: IncidentParams, body: jsonBody(PatchIncident) },
      responses: { 200: json(IncidentSchema, 'The incident.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const b = c.req.valid('json');
      if (b.case === undefined && b.title === undefined && b.status === undefined) {
        throw invalid([{ pointer: '', in: 'body', value: b, expected: 'at least one of case, title, status' }]);
      }
      const incidentCase = b.case !== undefined ? caseFrom(b.case) : undefined;
      const i = await scopeOf(c).incidents.update(c.req.valid('param').id, {
        ...(incidentCase !== undefined ? { case: incidentCase } : {}),
        ...(b.title !== undefined ? { title: b.title } : {}),
        ...(b.status !== undefined ? { status: b.status } : {}),
        expectedVersion: b.expectedVersion,
      });
      return c.json(incidentJson(i), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/incidents/{id}',
      operationId: 'deleteIncident',
      tags: TAGS,
      summary: 'Delete an incident (editor)',
      security: SECURED,
      request: { params: IncidentParams },
      responses: { 204: { description: 'Deleted.' }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      await scopeOf(c).incidents.remove(c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/incidents/{id}/events',
      operationId: 'addIncidentEvent',
      tags: TAGS,
      summary: 'Record a timeline instant (editor): occurred, detected, aware, measureAvailable, handled, or awareBy an act',
      security: SECURED,
      request: { params: IncidentParams, body: jsonBody(AddEvent) },
      responses: { 200: json(IncidentSchema, 'The incident with the updated case.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      const b = c.req.valid('json');
      return c.json(await editCase(c, c.req.valid('param').id, b.expectedVersion, (current) => withEvent(current, b.kind, b.at, b.act)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/incidents/{id}/submissions',
      operationId: 'addIncidentSubmission',
      tags: TAGS,
      summary: 'Record a report as submitted (editor), by the duty and step ids of the plan, with the authority’s reference if it gave one',
      security: SECURED,
      request: { params: IncidentParams, body: jsonBody(AddSubmission) },
      responses: { 200: json(IncidentSchema, 'The incident with the submission in its timeline.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      const b = c.req.valid('json');
      return c.json(await editCase(c, c.req.valid('param').id, b.expectedVersion, (current) => withSubmission(current, b)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/incidents/{id}/dossier',
      operationId: 'updateIncidentDossier',
      tags: TAGS,
      summary: 'Write dossier fields (editor): merged into the stored dossier, null removes a field; a stale expectedVersion gets 409',
      security: SECURED,
      request: { params: IncidentParams, body: jsonBody(PutDossier) },
      responses: { 200: json(IncidentSchema, 'The incident with the merged dossier in its case.'), ...errors(400, 401, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor'); // before the body check, so a viewer learns nothing from it
      const b = c.req.valid('json');
      const changes = Object.fromEntries(Object.entries(b.values).filter(([, v]) => v !== undefined));
      if (Object.keys(changes).length === 0) {
        throw invalid([{ pointer: '/values', in: 'body', value: b.values, expected: 'at least one dossier field id with its value, or null to remove it' }]);
      }
      return c.json(
        await editCase(c, c.req.valid('param').id, b.expectedVersion, (current) => {
          const merged = mergeDossier(current.dossier, changes);
          const rest: Record<string, unknown> = { ...current };
          delete rest.dossier;
          return Object.keys(merged).length > 0 ? { ...rest, dossier: merged } : rest;
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/incidents/{id}/plan',
      operationId: 'getIncidentPlan',
      tags: TAGS,
      summary: 'The notification plan, recomputed from the stored case',
      security: SECURED,
      request: { params: IncidentParams, query: PlanQuery },
      responses: { 200: json(IncidentPlanSchema, 'The plan.'), ...errors(400, 401, 404) },
    }),
    async (c) => c.json(plain(await storedPlan(c, c.req.valid('param').id, c.req.valid('query'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/incidents/{id}/calendar.ics',
      operationId: 'getIncidentCalendar',
      tags: TAGS,
      summary: 'The deadlines as an iCalendar file',
      security: SECURED,
      request: { params: IncidentParams, query: PlanQuery },
      responses: { 200: { description: 'iCalendar', content: { 'text/calendar': { schema: z.string() } } }, ...errors(400, 401, 404) },
    }),
    async (c) => {
      const plan = await storedPlan(c, c.req.valid('param').id, c.req.valid('query'));
      const id = c.req.valid('param').id;
      return c.body(incidentIcs(plan, `incident-${id}`), 200, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="incident-${id}.ics"` });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/incidents/{id}/report',
      operationId: 'getIncidentReport',
      tags: TAGS,
      summary: 'The merged dossier for one regime',
      security: SECURED,
      request: { params: IncidentParams, query: ReportQuery },
      responses: {
        200: {
          description: 'The report (Markdown, HTML or JSON by `format`).',
          content: { 'application/json': { schema: RegimeReportSchema }, 'text/markdown': { schema: z.string() }, 'text/html': { schema: z.string() } },
        },
        ...errors(400, 401, 404),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      checkRegime(q.regime, 'query', '/regime');
      const plan = await storedPlan(c, c.req.valid('param').id, q);
      return reportResponse(c, plan, q.regime, q.format);
    },
  );

  return app;
}
