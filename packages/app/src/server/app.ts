/**
 * The HTTP API: a thin edge over @iomt/core and the store. `createApi` returns the Hono app
 * (testable with `app.request()`); `startServer` in start.ts puts it on a socket.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { gapStateJsonSchema, IncidentCaseSchema, KB_VERSION, profileJsonSchema } from '@iomt/core';
import type { Store } from '../store/contract.ts';
import { identify, requireCaller, requireMembership } from './auth.ts';
import { authRoutes } from './auth-routes.ts';
import { renderDocsPage } from './docs-page.ts';
import { engineRoutes } from './engine-routes.ts';
import { gapRoutes } from './gap-routes.ts';
import { lifecycleRoutes } from './lifecycle-routes.ts';
import { kbRoutes } from './kb-routes.ts';
import { lawChangeRoutes } from './law-change-routes.ts';
import { answerCache } from './answer-cache.ts';
import { compress } from './compression.ts';
import { conditionalGet } from './etag.ts';
import { vocabularyRoutes } from './vocabulary-routes.ts';
import { evidenceRoutes } from './evidence-routes.ts';
import { consoleLogger, errorHandler } from './errors.ts';
import type { Logger } from './errors.ts';
import { DEFAULT_LOGIN_LIMITS, LoginLimiter } from './login-limiter.ts';
import type { LoginLimits } from './login-limiter.ts';
import { instanceRoutes } from './instance-routes.ts';
import { invitationRoutes } from './invitation-routes.ts';
import { orgAdminRoutes } from './org-admin-routes.ts';
import { orgIncidentRoutes } from './org-incident-routes.ts';
import { fleetRoutes } from './fleet-routes.ts';
import { orgProductRoutes } from './org-product-routes.ts';
import { notFound, problemResponse } from './problem.ts';
import { closeOnUnreadBody, limitBody, limitJsonDepth, MAX_BODY_BYTES, requireJson } from './request-guards.ts';
import { createRouter } from './router.ts';
import type { ApiEnv } from './router.ts';
import { errors, json } from './schemas.ts';
import type { ErrorStatus } from './schemas.ts';
import { SECURITY_SCHEMES } from './security.ts';
import { webRootHandler } from './web-root.ts';

export interface ApiOptions {
  store: Store;
  /** The clock (tests fix it). */
  now?: () => Date;
  /** Directory of the built web app (packages/web/dist); without it `/` says the UI is not built. */
  webRoot?: string;
  loginLimits?: Partial<LoginLimits>;
  /** Reverse proxies in front of the server whose X-Forwarded-For/-Proto are believed (default 0). */
  trustedProxies?: number;
  maxBodyBytes?: number;
  log?: Logger;
}

export const API_BASE = '/api/v1';
const PUBLIC = new Set([`${API_BASE}/health`, `${API_BASE}/openapi.json`, `${API_BASE}/auth/login`, `${API_BASE}/invitations/sign-up`]);

const DESCRIPTION = `Which EU laws apply to a connected health product, from when, why and with which obligations; \
incident notification plans; stored products, gap assessments and incidents per organisation.

Authenticate with \`POST /api/v1/auth/login\` (session cookie \`iomt_session\`; unsafe requests then send \`X-CSRF-Token\`) \
or with an API token as \`Authorization: Bearer <token>\`. Lists take \`limit\` (1–200) and \`cursor\` and return \`{items, next}\`. \
Updates carry \`expectedVersion\`; a stale one gets 409 with \`currentVersion\`. Errors are RFC 9457 problem documents.`;

/** Schema components carried over from the core, so the document shows the real profile and case. */
function coreComponents(): Record<string, unknown> {
  const strip = ({ $schema: _, ...rest }: Record<string, unknown>) => rest;
  return {
    Profile: strip(profileJsonSchema()),
    IncidentCase: strip(z.toJSONSchema(IncidentCaseSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' })),
    GapState: strip(gapStateJsonSchema()),
  };
}

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Adds the problem responses the middleware can give to every operation it guards, so the
 * document lists each status a client may meet (path and query validation, sign-in, CSRF, size).
 */
function completeErrorResponses(doc: Record<string, unknown>): void {
  const paths = doc.paths as Record<string, Record<string, { parameters?: unknown[]; requestBody?: unknown; security?: unknown[]; responses: Record<string, unknown> }>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      const add = (status: ErrorStatus) => {
        op.responses[status] ??= generateResponse(errors(status)[status]);
      };
      if ((op.parameters ?? []).length > 0 || op.requestBody) add(400);
      if ((op.security ?? []).length > 0) add(401);
      if ((op.security ?? []).length > 0 && UNSAFE.has(method)) add(403);
      if (path.includes('{')) add(404);
      if (op.requestBody) {
        add(413);
        add(415);
      }
      // Anything that signs the caller in or reads the store may meet a database outage.
      if ((op.security ?? []).length > 0 || path.startsWith(`${API_BASE}/orgs`) || path.startsWith(`${API_BASE}/auth`) || path.startsWith(`${API_BASE}/invitations`)) add(503);
    }
  }
}

/** The generator's JSON form of a problem response, reused for the added ones. */
const generateResponse = (r: { description: string }) => ({
  description: r.description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export function createApi(options: ApiOptions): OpenAPIHono<ApiEnv> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? consoleLogger;
  const limiter = new LoginLimiter({ ...DEFAULT_LOGIN_LIMITS, ...options.loginLimits }, now);

  const app = new OpenAPIHono<ApiEnv>();
  app.onError(errorHandler(log));
  app.notFound((c) => problemResponse(c, notFound()));

  app.use('*', closeOnUnreadBody, compress);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // The web app's component library sets style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  const setContext: MiddlewareHandler<ApiEnv> = async (c, next) => {
    c.set('store', options.store);
    c.set('now', now);
    await next();
  };
  const noStore: MiddlewareHandler = async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  };
  app.use('/api/*', setContext, noStore, conditionalGet, limitBody(options.maxBodyBytes ?? MAX_BODY_BYTES), requireJson, limitJsonDepth);
  app.use(`${API_BASE}/*`, identify, async (c, next) => (PUBLIC.has(c.req.path) ? next() : requireCaller(c, next)));
  const cached = answerCache();
  for (const route of ['assess', 'contrast', 'questions', 'classify']) app.post(`${API_BASE}/${route}`, cached);
  app.use(`${API_BASE}/orgs/:orgId`, requireMembership);
  app.use(`${API_BASE}/orgs/:orgId/*`, requireMembership);

  const api = createRouter();
  api.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      operationId: 'health',
      tags: ['Service'],
      summary: 'Liveness and the knowledge-base version',
      responses: {
        200: json(z.object({ status: z.literal('ok'), knowledgeBase: z.string(), database: z.enum(['sqlite', 'postgres']) }).openapi('Health'), 'The service is up.'),
      },
    }),
    (c) => c.json({ status: 'ok' as const, knowledgeBase: KB_VERSION, database: c.get('store').dialect }, 200),
  );
  api.route('/', authRoutes(limiter, options.trustedProxies ?? 0));
  api.route('/', engineRoutes());
  api.route('/', gapRoutes());
  api.route('/', vocabularyRoutes());
  api.route('/', evidenceRoutes());
  api.route('/', orgAdminRoutes());
  api.route('/', orgProductRoutes());
  api.route('/', orgIncidentRoutes());
  api.route('/', lifecycleRoutes());
  api.route('/', kbRoutes());
  api.route('/', lawChangeRoutes());
  api.route('/', fleetRoutes());
  api.route('/', invitationRoutes());
  api.route('/', instanceRoutes());

  let document: Record<string, unknown> | undefined;
  const openApiDocument = (): Record<string, unknown> => {
    if (document) return document;
    const generated = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'iomt-compliance API', version: '1', description: DESCRIPTION },
      servers: [{ url: '/' }],
    }) as unknown as Record<string, unknown>;
    const components = (generated.components ?? {}) as Record<string, Record<string, unknown>>;
    completeErrorResponses(generated);
    document = {
      ...generated,
      components: { ...components, schemas: { ...components.schemas, ...coreComponents() }, securitySchemes: SECURITY_SCHEMES },
    };
    return document;
  };

  api.openapi(
    createRoute({
      method: 'get',
      path: '/openapi.json',
      operationId: 'getOpenApiDocument',
      tags: ['Service'],
      summary: 'This document (OpenAPI 3.1)',
      responses: { 200: json(z.looseObject({}), 'The OpenAPI document.') },
    }),
    (c) => c.json(openApiDocument(), 200),
  );
  app.route(API_BASE, api);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/docs',
      operationId: 'getDocsPage',
      tags: ['Service'],
      summary: 'This reference as an HTML page (offline, no scripts)',
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } } },
    }),
    (c) => c.html(renderDocsPage(openApiDocument()), 200),
  );

  app.all('/api/*', () => {
    throw notFound();
  });
  app.get('*', webRootHandler(options.webRoot));
  return app;
}
