/** Law and engine routes: stateless, authenticated, mirroring the CLI's JSON outputs. */
import { createRoute, z } from '@hono/zod-openapi';
import { CONTROLS, controlsFor, isActId, knowledgeBase, parseProvision, profileJsonSchema, provisionExists } from '@iomt/core';
import type { ProvisionId } from '@iomt/core';
import { actStatus } from '../cli/commands/acts.ts';
import { changedProfile, caseFrom, profileFrom } from './engine-input.ts';
import { assessmentReport, classificationReport, incidentPlan, pageArray, plain, questionsReport, todayOf } from './engine-ops.ts';
import { caseUidScope, incidentIcs, regimeReport, renderRegimeReport, REPORT_REGIMES } from '../outputs/incident-outputs.ts';
import { invalid, notFound } from './problem.ts';
import { createRouter } from './router.ts';
import {
  EngineResult,
  errors,
  IncidentCaseRef,
  InstantSchema,
  IsoDateSchema,
  json,
  jsonBody,
  PageQuerySchema,
  pageOf,
  ProfileRef,
  ScenarioIdSchema,
} from './schemas.ts';
import { SECURED } from './security.ts';

const LAW = ['Law'];
const ENGINE = ['Engine'];
const INCIDENT = ['Incident planning'];

const Scenarios = z.array(ScenarioIdSchema).max(20).openapi({ description: 'Pending proposals to switch on.' });
const AssessInput = {
  profile: ProfileRef,
  asOf: IsoDateSchema.optional().openapi({ description: 'Assess the law as it stands on this date (default today, UTC).' }),
  scenarios: Scenarios.optional(),
};

const AssessBody = z.strictObject({ ...AssessInput, horizonMonths: z.number().int().min(0).max(600).optional() }).openapi('AssessRequest');
const ContrastBody = z
  .strictObject({
    ...AssessInput,
    horizonMonths: z.number().int().min(0).max(600).optional(),
    change: z.strictObject({
      facts: z.record(z.string().max(200), z.unknown()).optional().openapi({ description: 'Fact path → value; null makes a fact unknown.' }),
      asOf: IsoDateSchema.optional(),
      scenarios: Scenarios.optional(),
    }),
  })
  .openapi('ContrastRequest');
const ProfileBody = z.strictObject(AssessInput).openapi('ProfileRequest');
const PlanBody = z
  .strictObject({
    case: IncidentCaseRef,
    now: InstantSchema.optional().openapi({ description: 'Plan as at this instant (default: the server clock).' }),
    scenarios: Scenarios.optional(),
  })
  .openapi('IncidentPlanRequest');
const ReportFormat = z.enum(['markdown', 'html', 'json']);
const ReportBody = z
  .strictObject({
    case: IncidentCaseRef,
    regime: z.string().max(20).openapi({ description: 'Act id of a regime with notification duties, e.g. gdpr, nis2, mdr.' }),
    format: ReportFormat.default('markdown'),
    now: InstantSchema.optional(),
    scenarios: Scenarios.optional(),
  })
  .openapi('IncidentReportRequest');

export const AssessmentReport = EngineResult('AssessmentReport', 'The assessment as `iomt assess --format json` prints it.');
const ClassifyReport = EngineResult('ClassificationReport', 'As `iomt classify --format json`.');
const QuestionsReport = EngineResult('QuestionsReport', 'As `iomt questions --format json`.');
export const IncidentPlanSchema = EngineResult('IncidentPlan', 'As `iomt incident plan --format json`.');
export const RegimeReportSchema = EngineResult('RegimeReport', 'As `iomt incident report --format json`.');
const ControlSchema = EngineResult('Control', 'A catalogue control with its legal and standard mappings.');

export function checkRegime(regime: string, location: 'body' | 'query', pointer: string): void {
  const regimes = REPORT_REGIMES();
  if (!regimes.includes(regime)) throw invalid([{ pointer, in: location, value: regime, expected: `one of ${regimes.join(', ')}` }]);
}

export function engineRoutes() {
  const app = createRouter();
  const today = (now: () => Date) => todayOf(now());

  app.openapi(
    createRoute({
      method: 'get',
      path: '/acts',
      operationId: 'listActs',
      tags: LAW,
      summary: 'Every act of the knowledge base and its status on a date',
      security: SECURED,
      request: { query: z.strictObject({ asOf: IsoDateSchema.optional() }) },
      responses: {
        200: json(z.object({ asOf: z.string(), knowledgeBase: z.string(), acts: z.array(z.looseObject({})) }).openapi('ActList'), 'As `iomt acts --format json`.'),
        ...errors(400, 401),
      },
    }),
    (c) => {
      const asOf = c.req.valid('query').asOf ?? today(c.get('now'));
      return c.json({ asOf, knowledgeBase: knowledgeBase.version, acts: knowledgeBase.acts.map((a) => plain(actStatus(a, asOf))) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/acts/{actId}',
      operationId: 'getAct',
      tags: LAW,
      summary: 'One act: timeline, scope rules, obligations, sources and verification',
      security: SECURED,
      request: { params: z.object({ actId: z.string().max(40).openapi({ example: 'cra' }) }) },
      responses: { 200: json(EngineResult('Act', 'The act definition, as `iomt act ID --format json`.'), 'The act.'), ...errors(401, 404) },
    }),
    (c) => {
      const id = c.req.valid('param').actId;
      const act = isActId(id) ? knowledgeBase.act(id) : undefined;
      if (!act) throw notFound();
      return c.json(plain(act), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/scenarios',
      operationId: 'listScenarios',
      tags: LAW,
      summary: 'Pending proposals that can be switched on as scenarios',
      security: SECURED,
      request: { query: PageQuerySchema },
      responses: { 200: json(pageOf(EngineResult('Scenario', 'A pending legislative proposal.')), 'The scenarios.'), ...errors(400, 401) },
    }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(pageArray(knowledgeBase.scenarios.map(plain), q.limit, q.cursor), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/schema/profile',
      operationId: 'getProfileSchema',
      tags: LAW,
      summary: 'The JSON Schema (2020-12) of profiles',
      security: SECURED,
      responses: { 200: json(z.looseObject({}), 'As `iomt schema`.'), ...errors(401) },
    }),
    (c) => c.json(profileJsonSchema(), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/assess',
      operationId: 'assess',
      tags: ENGINE,
      summary: 'Which acts apply to a profile, from when and why, and the obligations that follow',
      security: SECURED,
      request: { body: jsonBody(AssessBody) },
      responses: { 200: json(AssessmentReport, 'The assessment report.'), ...errors(400, 401, 403, 413, 415) },
    }),
    (c) => {
      const b = c.req.valid('json');
      const profile = profileFrom(b.profile);
      const options = { asOf: b.asOf ?? today(c.get('now')), scenarios: b.scenarios ?? [], horizonMonths: b.horizonMonths ?? 24 };
      return c.json(plain(assessmentReport(profile, options)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/contrast',
      operationId: 'contrast',
      tags: ENGINE,
      summary: 'The assessment, and what differs with facts, date or scenarios changed',
      security: SECURED,
      request: { body: jsonBody(ContrastBody) },
      responses: { 200: json(AssessmentReport, 'The assessment with a `contrast` section.'), ...errors(400, 401, 403, 413, 415) },
    }),
    (c) => {
      const b = c.req.valid('json');
      const profile = profileFrom(b.profile);
      const facts = b.change.facts ?? {};
      changedProfile(profile, facts, ['change', 'facts']);
      const options = { asOf: b.asOf ?? today(c.get('now')), scenarios: b.scenarios ?? [], horizonMonths: b.horizonMonths ?? 24 };
      const variant = { facts, ...(b.change.asOf ? { asOf: b.change.asOf } : {}), ...(b.change.scenarios ? { scenarios: b.change.scenarios } : {}) };
      return c.json(plain(assessmentReport(profile, options, variant)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/questions',
      operationId: 'questions',
      tags: ENGINE,
      summary: 'The missing facts that can change a verdict or an obligation or decide a classification, and what each answer would change',
      security: SECURED,
      request: { body: jsonBody(ProfileBody) },
      responses: { 200: json(QuestionsReport, 'The questions.'), ...errors(400, 401, 403, 413, 415) },
    }),
    (c) => {
      const b = c.req.valid('json');
      return c.json(plain(questionsReport(profileFrom(b.profile), { asOf: b.asOf ?? today(c.get('now')), scenarios: b.scenarios ?? [] })), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/classify',
      operationId: 'classify',
      tags: ENGINE,
      summary: 'MDR/IVDR class, CRA category, AI Act risk, NIS2 entity type, RED requirements',
      security: SECURED,
      request: { body: jsonBody(ProfileBody) },
      responses: { 200: json(ClassifyReport, 'The classification.'), ...errors(400, 401, 403, 413, 415) },
    }),
    (c) => {
      const b = c.req.valid('json');
      return c.json(plain(classificationReport(profileFrom(b.profile), { asOf: b.asOf ?? today(c.get('now')), scenarios: b.scenarios ?? [] })), 200);
    },
  );

  const planOf = (b: { case: unknown; now?: string | undefined; scenarios?: string[] | undefined }, now: () => Date) =>
    incidentPlan(caseFrom(b.case), b.now ?? now().toISOString(), b.scenarios ?? []);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/incident-plan',
      operationId: 'planIncident',
      tags: INCIDENT,
      summary: 'Every notification duty of an incident, with deadline, recipient and content',
      security: SECURED,
      request: { body: jsonBody(PlanBody) },
      responses: { 200: json(IncidentPlanSchema, 'The plan.'), ...errors(400, 401, 403, 413, 415) },
    }),
    (c) => c.json(plain(planOf(c.req.valid('json'), c.get('now'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/incident-plan/ics',
      operationId: 'planIncidentIcs',
      tags: INCIDENT,
      summary: 'The deadlines as an iCalendar file, one event per step, with alarms',
      security: SECURED,
      request: { body: jsonBody(PlanBody) },
      responses: { 200: { description: 'iCalendar', content: { 'text/calendar': { schema: z.string() } } }, ...errors(400, 401, 403, 413, 415) },
    }),
    (c) => {
      const b = c.req.valid('json');
      return c.body(incidentIcs(planOf(b, c.get('now')), caseUidScope(caseFrom(b.case))), 200, { 'content-type': 'text/calendar; charset=utf-8' });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/incident-plan/report',
      operationId: 'planIncidentReport',
      tags: INCIDENT,
      summary: 'The merged dossier rendered for one regime',
      security: SECURED,
      request: { body: jsonBody(ReportBody) },
      responses: {
        200: {
          description: 'The report (Markdown, HTML or JSON by `format`).',
          content: { 'application/json': { schema: RegimeReportSchema }, 'text/markdown': { schema: z.string() }, 'text/html': { schema: z.string() } },
        },
        ...errors(400, 401, 403, 413, 415),
      },
    }),
    (c) => {
      const b = c.req.valid('json');
      checkRegime(b.regime, 'body', '/regime');
      const plan = planOf(b, c.get('now'));
      return reportResponse(c, plan, b.regime, b.format);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/controls',
      operationId: 'listControls',
      tags: LAW,
      summary: 'The catalogue of controls, optionally only those mapped to one act',
      security: SECURED,
      request: { query: PageQuerySchema.extend({ act: z.string().max(40).optional().openapi({ example: 'nis2' }) }) },
      responses: { 200: json(pageOf(ControlSchema), 'The controls.'), ...errors(400, 401) },
    }),
    (c) => {
      const q = c.req.valid('query');
      if (q.act !== undefined && !isActId(q.act)) {
        throw invalid([{ pointer: '/act', in: 'query', value: q.act, expected: `one of ${knowledgeBase.acts.map((a) => a.id).join(', ')}` }]);
      }
      const list = q.act ? CONTROLS.filter((ctl) => ctl.provisions.some((p) => p.provision.startsWith(`${q.act}:`))) : CONTROLS;
      return c.json(pageArray(list.map(plain), q.limit, q.cursor), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/controls/map',
      operationId: 'mapControls',
      tags: LAW,
      summary: 'Which controls cover a provision',
      security: SECURED,
      request: { query: PageQuerySchema.extend({ provision: z.string().max(80).openapi({ example: 'nis2:art-21(2)(j)' }) }) },
      responses: { 200: json(pageOf(ControlSchema), 'The controls covering the provision.'), ...errors(400, 401) },
    }),
    (c) => {
      const q = c.req.valid('query');
      if (!parseProvision(q.provision) || !provisionExists(q.provision)) {
        throw invalid([{ pointer: '/provision', in: 'query', value: q.provision, expected: 'a provision of the knowledge base, e.g. nis2:art-21(2)(j) or cra:annex-I-part-II(5)' }]);
      }
      return c.json(pageArray(controlsFor(q.provision as ProvisionId).map(plain), q.limit, q.cursor), 200);
    },
  );

  return app;
}

/** The regime report in the asked format; text formats go out with their own media type. */
export function reportResponse(c: { json: (v: Record<string, unknown>, s: 200) => Response; body: (b: string, s: 200, h: Record<string, string>) => Response }, plan: Parameters<typeof regimeReport>[0], regime: string, format: 'markdown' | 'html' | 'json'): Response {
  if (format === 'json') return c.json(plain(regimeReport(plan, regime)), 200);
  const text = renderRegimeReport(plan, regime, format);
  return c.body(text, 200, { 'content-type': format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8' });
}
