/**
 * Evidence files for the controls of a gap assessment: uploaded as base64 in JSON (the API
 * speaks JSON only), checked for size and type, stored with their SHA-256, and served back only
 * to members of the organisation, as attachments that browsers do not run.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { EvidenceFile } from '../store/contract.ts';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from '../store/evidence-check.ts';
import { requireRole } from './auth.ts';
import { OrgParams } from './org-admin-routes.ts';
import { scopeOf } from './org-json.ts';
import { invalid } from './problem.ts';
import { createRouter } from './router.ts';
import { errors, IdSchema, json, jsonBody } from './schemas.ts';
import { SECURED } from './security.ts';

const TAG = ['Gap assessments'];
const AssessmentParams = OrgParams.extend({ id: IdSchema });
const FileParams = OrgParams.extend({ fileId: IdSchema });

const EvidenceSchema = z
  .object({
    id: z.string(),
    assessmentId: z.string(),
    control: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string().openapi({ description: 'SHA-256 of the bytes, hex.' }),
    createdBy: z.string(),
    createdAt: z.string(),
    href: z.string().openapi({ description: 'Where members download the file.' }),
  })
  .openapi('EvidenceFile');

const Upload = z
  .strictObject({
    control: z.string().min(1).max(100).openapi({ example: 'ctl-incident-handling' }),
    fileName: z.string().min(1).max(200),
    contentType: z.string().max(100).openapi({ description: `One of ${Object.keys(EVIDENCE_TYPES).join(', ')}; the bytes must match.` }),
    contentBase64: z.string().max(Math.ceil((EVIDENCE_MAX_BYTES * 4) / 3) + 8).openapi({ description: `The file, base64; at most ${EVIDENCE_MAX_BYTES / 1024} KiB decoded.` }),
  })
  .openapi('EvidenceUpload');

const evidenceJson = (orgId: string, f: EvidenceFile) => ({ ...f, href: `/api/v1/orgs/${encodeURIComponent(orgId)}/evidence/${encodeURIComponent(f.id)}/content` });

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function evidenceRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/assessments/{id}/evidence',
      operationId: 'listEvidence',
      tags: TAG,
      summary: 'Evidence files of a gap assessment',
      security: SECURED,
      request: { params: AssessmentParams },
      responses: { 200: json(z.object({ items: z.array(EvidenceSchema) }), 'The files, oldest first.'), ...errors(401, 404) },
    }),
    async (c) => {
      const { orgId, id } = c.req.valid('param');
      const files = await scopeOf(c).evidence.list(id);
      return c.json({ items: files.map((f) => evidenceJson(orgId, f)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/assessments/{id}/evidence',
      operationId: 'addEvidence',
      tags: TAG,
      summary: 'Upload an evidence file for one control (editor)',
      security: SECURED,
      request: { params: AssessmentParams, body: jsonBody(Upload) },
      responses: { 201: json(EvidenceSchema, 'The stored file with its hash.'), ...errors(400, 401, 403, 404, 413, 415) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      const { orgId, id } = c.req.valid('param');
      const b = c.req.valid('json');
      if (!BASE64.test(b.contentBase64) || b.contentBase64.length % 4 !== 0) {
        throw invalid([{ pointer: '/contentBase64', in: 'body', value: `${b.contentBase64.slice(0, 20)}…`, expected: 'the file as base64 (RFC 4648, with padding)' }]);
      }
      const bytes = Buffer.from(b.contentBase64, 'base64');
      const file = await scopeOf(c).evidence.add(id, { control: b.control, fileName: b.fileName, contentType: b.contentType, bytes });
      return c.json(evidenceJson(orgId, file), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/evidence/{fileId}/content',
      operationId: 'getEvidenceContent',
      tags: TAG,
      summary: 'Download an evidence file (members only)',
      security: SECURED,
      request: { params: FileParams },
      responses: { 200: { description: 'The file as uploaded, as an attachment.', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errors(401, 404) },
    }),
    async (c) => {
      const { fileId } = c.req.valid('param');
      const { file, bytes } = await scopeOf(c).evidence.content(fileId);
      return new Response(new Uint8Array(bytes), {
        status: 200,
        headers: {
          'content-type': file.contentType,
          'content-length': String(bytes.byteLength),
          'content-disposition': `attachment; filename="${file.fileName.replace(/[^\w.() -]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-store',
          digest: `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`,
        },
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/evidence/{fileId}',
      operationId: 'removeEvidence',
      tags: TAG,
      summary: 'Remove an evidence file (editor)',
      security: SECURED,
      request: { params: FileParams },
      responses: { 204: { description: 'Removed.' }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      requireRole(c.get('actor'), 'editor');
      await scopeOf(c).evidence.remove(c.req.valid('param').fileId);
      return c.body(null, 204);
    },
  );

  return app;
}
