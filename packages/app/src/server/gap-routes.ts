/** Stateless gap assessment and its exports (OSCAL, CSV, Markdown, HTML). */
import { createRoute, z } from '@hono/zod-openapi';
import { profileFrom } from './engine-input.ts';
import { plain, todayOf } from './engine-ops.ts';
import { GAP_EXPORT_FORMATS, gapInputs, gapResult, renderGapExport, stateFrom } from './gap-ops.ts';
import { createRouter } from './router.ts';
import { EngineResult, errors, GapStateRef, IsoDateSchema, json, jsonBody, ProfileRef, ScenarioIdSchema } from './schemas.ts';
import { SECURED } from './security.ts';

export const GapResultSchema = EngineResult('GapResult', 'As `iomt gap --format json`: checklist, coverage and ranked gaps.');
export const EXPORT_CONTENT = {
  'application/json': { schema: z.looseObject({}).openapi({ description: 'OSCAL 1.2.1 JSON document.' }) },
  'text/csv': { schema: z.string() },
  'text/markdown': { schema: z.string() },
  'text/html': { schema: z.string() },
};

const GapInput = {
  profile: ProfileRef,
  assessment: GapStateRef.optional().openapi({ description: 'A saved assessment state; without it every control counts as not started.' }),
  asOf: IsoDateSchema.optional(),
  scenarios: z.array(ScenarioIdSchema).max(20).optional(),
};
const GapBody = z.strictObject(GapInput).openapi('GapRequest');
const GapExportBody = z.strictObject({ ...GapInput, format: z.enum(GAP_EXPORT_FORMATS) }).openapi('GapExportRequest');
const TAGS = ['Gap assessment'];

export function gapRoutes() {
  const app = createRouter();
  const inputsOf = (b: z.infer<typeof GapBody>, now: Date) => {
    const profile = profileFrom(b.profile);
    const state = b.assessment !== undefined ? stateFrom(b.assessment, '/assessment') : undefined;
    return gapInputs(profile, { ...(b.asOf ? { asOf: b.asOf } : {}), scenarios: b.scenarios ?? [], today: todayOf(now), fallbackName: 'product' }, state);
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/gap',
      operationId: 'gap',
      tags: TAGS,
      summary: 'The controls a profile requires, checked against an assessment state',
      security: SECURED,
      request: { body: jsonBody(GapBody) },
      responses: { 200: json(GapResultSchema, 'The gap result.'), ...errors(400, 401, 403, 413, 415) },
    }),
    (c) => c.json(plain(gapResult(inputsOf(c.req.valid('json'), c.get('now')()))), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/gap/export',
      operationId: 'gapExport',
      tags: TAGS,
      summary: 'The gap assessment as OSCAL (catalog, profile, assessment results), CSV, Markdown or HTML',
      security: SECURED,
      request: { body: jsonBody(GapExportBody) },
      responses: { 200: { description: 'The export, in the media type of `format`.', content: EXPORT_CONTENT }, ...errors(400, 401, 403, 413, 415) },
    }),
    (c) => {
      const b = c.req.valid('json');
      const out = renderGapExport(inputsOf(b, c.get('now')()), b.format);
      return c.body(out.body, 200, { 'content-type': out.type, 'content-disposition': `attachment; filename="${out.filename}"` });
    },
  );

  return app;
}
