/** The knowledge base itself: its changelog and its uncertainty register (`iomt kb changes`, `iomt kb uncertain`). */
import { createRoute, z } from '@hono/zod-openapi';
import { ACT_IDS, CHANGE_KIND_LABEL, CHANGELOG, changesSince, KB_VERSION, UNCERTAINTIES, UNCERTAINTY_KIND_LABEL } from '@iomt/core';
import { plain } from './engine-ops.ts';
import { createRouter } from './router.ts';
import { invalid } from './problem.ts';
import { errors, json } from './schemas.ts';
import { SECURED } from './security.ts';

const LAW = ['Law'];
const versions = (): string[] => CHANGELOG.map((e) => e.version);

export function kbRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/kb/changes',
      operationId: 'listKbChanges',
      tags: LAW,
      summary: 'The knowledge-base changelog: per version, what changed in which act (provision ids), why, and the source',
      security: SECURED,
      request: {
        query: z.strictObject({
          since: z.string().max(40).optional().openapi({ description: 'Only versions after this one.', example: '2026.11.23.3' }),
        }),
      },
      responses: {
        200: json(
          z.object({ knowledgeBase: z.string(), since: z.string().nullable(), entries: z.array(z.looseObject({})), labels: z.record(z.string(), z.string()) }).openapi('KbChanges'),
          'As `iomt kb changes --format json`, newest first.',
        ),
        ...errors(400, 401),
      },
    }),
    (c) => {
      const since = c.req.valid('query').since;
      if (since !== undefined && !versions().includes(since)) {
        throw invalid([{ pointer: '/since', in: 'query', value: since, expected: `a knowledge-base version: ${versions().join(', ')}` }]);
      }
      return c.json({ knowledgeBase: KB_VERSION, since: since ?? null, entries: changesSince(since).map(plain), labels: { ...CHANGE_KIND_LABEL } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/kb/uncertainties',
      operationId: 'listUncertainties',
      tags: LAW,
      summary: 'The uncertainty register: vague, contested or unverified points, the competing readings, the one applied and why',
      security: SECURED,
      request: {
        query: z.strictObject({ act: z.enum(ACT_IDS).optional().openapi({ description: 'Only points involving this act.' }) }),
      },
      responses: {
        200: json(
          z.object({ knowledgeBase: z.string(), act: z.string().nullable(), uncertainties: z.array(z.looseObject({})), labels: z.record(z.string(), z.string()) }).openapi('UncertaintyRegister'),
          'As `iomt kb uncertain --format json`.',
        ),
        ...errors(400, 401),
      },
    }),
    (c) => {
      const act = c.req.valid('query').act;
      const points = act === undefined ? UNCERTAINTIES : UNCERTAINTIES.filter((u) => u.acts.includes(act));
      // Conditions are engine data, not part of the published register.
      const published = points.map(({ when: _when, ...u }) => u);
      return c.json({ knowledgeBase: KB_VERSION, act: act ?? null, uncertainties: published.map(plain), labels: { ...UNCERTAINTY_KIND_LABEL } }, 200);
    },
  );

  return app;
}
