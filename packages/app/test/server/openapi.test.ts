/** The OpenAPI document: a valid 3.1 shape, every route in it, every operation identified and with its errors. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from './harness.ts';
import type { World } from './harness.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

// The parts of the OpenAPI 3.1 structure clients rely on, checked strictly.
const STRUCTURE = {
  type: 'object',
  required: ['openapi', 'info', 'paths', 'components'],
  properties: {
    openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' },
    info: { type: 'object', required: ['title', 'version'], properties: { title: { type: 'string', minLength: 1 }, version: { type: 'string' } } },
    servers: { type: 'array', items: { type: 'object', required: ['url'] } },
    paths: {
      type: 'object',
      propertyNames: { pattern: '^/' },
      additionalProperties: {
        type: 'object',
        propertyNames: { enum: [...METHODS, 'parameters', 'summary', 'description'] },
        additionalProperties: {
          type: 'object',
          required: ['operationId', 'responses'],
          properties: {
            operationId: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' },
            tags: { type: 'array', items: { type: 'string' }, minItems: 1 },
            parameters: {
              type: 'array',
              items: {
                type: 'object',
                required: ['name', 'in', 'schema'],
                properties: { in: { enum: ['path', 'query', 'header', 'cookie'] }, required: { type: 'boolean' } },
                if: { properties: { in: { const: 'path' } } },
                then: { required: ['required'], properties: { required: { const: true } } },
              },
            },
            requestBody: { type: 'object', required: ['content'] },
            responses: {
              type: 'object',
              minProperties: 1,
              propertyNames: { pattern: '^[1-5][0-9]{2}$|^default$' },
              additionalProperties: { type: 'object', required: ['description'] },
            },
            security: { type: 'array' },
          },
        },
      },
    },
    components: {
      type: 'object',
      required: ['schemas', 'securitySchemes'],
      properties: {
        schemas: { type: 'object', additionalProperties: { type: 'object' } },
        securitySchemes: { type: 'object', additionalProperties: { type: 'object', required: ['type'] } },
      },
    },
  },
};

type Op = { operationId: string; responses: Record<string, { content?: Record<string, unknown> }>; security?: unknown[]; tags?: string[] };

describe('OpenAPI document', () => {
  let w: World;
  let doc: { paths: Record<string, Record<string, Op>>; components: { schemas: Record<string, unknown> } };
  beforeAll(async () => {
    w = await createWorld('sqlite');
    const res = await w.app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    doc = (await res.json()) as typeof doc;
  });
  afterAll(() => w.dispose());
  const operations = () => Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] as Op })));

  it('has the OpenAPI 3.1 structure', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(STRUCTURE);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('documents every route the server answers, and nothing it does not', () => {
    const served = new Set(
      w.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && !r.path.endsWith('*'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`),
    );
    const documented = new Set(operations().map((o) => `${o.method} ${o.path}`));
    expect([...served].sort()).toEqual([...documented].sort());
    expect(documented.size).toBeGreaterThanOrEqual(60);
  });

  it('gives every operation a unique operationId, a tag and its error responses as problem documents', () => {
    const ids = operations().map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations()) {
      expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
      const statuses = Object.keys(op.responses);
      expect(statuses.some((s) => s.startsWith('2')), `${method} ${path} success`).toBe(true);
      const secured = (op.security ?? []).length > 0;
      if (secured) expect(statuses, `${method} ${path}`).toContain('401');
      if (path.includes('{')) expect(statuses, `${method} ${path}`).toContain('404');
      if ((op as { parameters?: unknown[] }).parameters?.length) expect(statuses, `${method} ${path}`).toContain('400');
      if (secured && method !== 'get') expect(statuses, `${method} ${path} (CSRF)`).toContain('403');
      if (['post', 'put', 'patch'].includes(method) && path !== '/api/v1/auth/logout' && !path.endsWith('/logout')) {
        expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(['400', '413', '415']));
      }
      for (const s of statuses.filter((x) => x.startsWith('4'))) {
        expect(Object.keys(op.responses[s]?.content ?? {}), `${method} ${path} ${s}`).toEqual(['application/problem+json']);
      }
    }
  });

  it('lists the route plan', () => {
    const keys = new Set(operations().map((o) => `${o.method.toUpperCase()} ${o.path.replace('/api/v1', '')}`));
    const plan = [
      'GET /health', 'GET /openapi.json', 'POST /auth/login', 'POST /auth/logout', 'GET /auth/me',
      'GET /acts', 'GET /acts/{actId}', 'GET /scenarios', 'GET /schema/profile', 'POST /assess', 'POST /contrast', 'POST /questions',
      'POST /classify', 'POST /incident-plan', 'POST /incident-plan/ics', 'POST /incident-plan/report', 'GET /controls', 'GET /controls/map',
      'POST /gap', 'POST /gap/export',
      'GET /orgs/{orgId}', 'GET /orgs/{orgId}/members', 'PATCH /orgs/{orgId}/members/{userId}',
      'GET /orgs', 'POST /orgs', 'GET /orgs/{orgId}/invitations', 'POST /orgs/{orgId}/invitations', 'DELETE /orgs/{orgId}/invitations/{invitationId}',
      'POST /invitations/accept', 'POST /invitations/sign-up',
      'DELETE /orgs/{orgId}/members/{userId}', 'GET /orgs/{orgId}/tokens', 'POST /orgs/{orgId}/tokens', 'DELETE /orgs/{orgId}/tokens/{tokenId}',
      'GET /orgs/{orgId}/products', 'POST /orgs/{orgId}/products', 'GET /orgs/{orgId}/products/{productId}',
      'PATCH /orgs/{orgId}/products/{productId}', 'DELETE /orgs/{orgId}/products/{productId}',
      'GET /orgs/{orgId}/products/{productId}/versions', 'POST /orgs/{orgId}/products/{productId}/versions',
      'GET /orgs/{orgId}/products/{productId}/versions/{n}', 'GET /orgs/{orgId}/products/{productId}/assessment',
      'GET /orgs/{orgId}/products/{productId}/classification', 'GET /orgs/{orgId}/assessments', 'POST /orgs/{orgId}/assessments',
      'GET /orgs/{orgId}/assessments/{id}', 'PUT /orgs/{orgId}/assessments/{id}', 'DELETE /orgs/{orgId}/assessments/{id}',
      'GET /orgs/{orgId}/assessments/{id}/gap', 'GET /orgs/{orgId}/assessments/{id}/export', 'GET /orgs/{orgId}/incidents',
      'POST /orgs/{orgId}/incidents', 'GET /orgs/{orgId}/incidents/{id}', 'PATCH /orgs/{orgId}/incidents/{id}',
      'DELETE /orgs/{orgId}/incidents/{id}', 'POST /orgs/{orgId}/incidents/{id}/events', 'POST /orgs/{orgId}/incidents/{id}/submissions',
      'GET /orgs/{orgId}/incidents/{id}/plan', 'GET /orgs/{orgId}/incidents/{id}/calendar.ics', 'GET /orgs/{orgId}/incidents/{id}/report',
      'GET /orgs/{orgId}/scenarios', 'POST /orgs/{orgId}/scenarios', 'DELETE /orgs/{orgId}/scenarios/{id}', 'GET /orgs/{orgId}/audit',
    ];
    expect(plan.filter((p) => !keys.has(p))).toEqual([]);
  });

  it('resolves every $ref, and carries the core schemas of profiles, incident cases and assessment states', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => !(r in doc.components.schemas))).toEqual([]);
    const profile = doc.components.schemas.Profile as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(profile.properties)).toEqual(expect.arrayContaining(['product', 'organisation']));
    expect(profile.additionalProperties).toBe(false);
    expect(Object.keys((doc.components.schemas.IncidentCase as { properties: object }).properties)).toContain('timeline');
    expect(Object.keys((doc.components.schemas.GapState as { properties: object }).properties)).toContain('controls');
  });

  it('declares request bodies as closed objects (unknown fields are rejected)', () => {
    const bodies = operations().flatMap(({ op }) => {
      const ref = ((op as { requestBody?: { content: { 'application/json'?: { schema: { $ref?: string } } } } }).requestBody?.content['application/json']?.schema.$ref ?? '').split('/').pop();
      return ref ? [ref] : [];
    });
    expect(bodies.length).toBeGreaterThan(15);
    for (const name of bodies) expect((doc.components.schemas[name] as { additionalProperties?: unknown }).additionalProperties, name).toBe(false);
  });

  it('renders an offline docs page with every operation and no outside resources', async () => {
    const res = await w.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    for (const { op } of operations()) expect(html).toContain(`<code>${op.operationId}</code>`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/i);
    expect(html).toContain('id="problem-validation"');
    expect(html).toContain('id="schema-Profile"');
  });
});
