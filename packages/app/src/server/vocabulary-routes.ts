/**
 * The facts vocabulary as people read it: every fact with its question, group, type and the
 * label of each allowed value. Forms (wizard, contrast, edit facts) pick facts and values from
 * here instead of showing raw paths.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { VOCABULARY } from '@iomt/core';
import type { FactSpec } from '@iomt/core';
import { createRouter } from './router.ts';
import { errors, json } from './schemas.ts';
import { SECURED } from './security.ts';

const VocabularyFact = z
  .object({
    path: z.string().openapi({ example: 'product.medicalDevice.class' }),
    group: z.string().openapi({ description: 'The titles of the groups the fact sits in, outermost first.', example: 'The product › Medical device' }),
    type: z.enum(['boolean', 'number', 'date', 'text', 'enum', 'set']),
    question: z.string(),
    help: z.string().optional(),
    cite: z.string().optional(),
    unit: z.string().optional(),
    values: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  })
  .openapi('VocabularyFact');
const Vocabulary = z.object({ facts: z.array(VocabularyFact) }).openapi('Vocabulary');
type Fact = z.infer<typeof VocabularyFact>;

interface Node {
  readonly type: string;
  readonly title?: string;
  readonly children?: Readonly<Record<string, Node>>;
}

function factOf(path: string, group: string, spec: FactSpec): Fact {
  const out: Fact = { path, group, type: spec.type, question: spec.question };
  if (spec.help) out.help = spec.help;
  if (spec.cite) out.cite = spec.cite;
  if (spec.type === 'number') out.unit = spec.unit;
  if (spec.type === 'enum' || spec.type === 'set') {
    const labels = (spec.labels ?? {});
    out.values = spec.values.map((v) => ({ value: v, label: labels[v] ?? v }));
  }
  return out;
}

function walk(children: Readonly<Record<string, Node>>, prefix: string, groups: string[], out: Fact[]): void {
  for (const [key, node] of Object.entries(children)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (node.type === 'group') walk(node.children ?? {}, path, [...groups, node.title ?? key], out);
    else out.push(factOf(path, groups.join(' › '), node as unknown as FactSpec));
  }
}

let cached: { facts: Fact[] } | undefined;

export function vocabularyRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/vocabulary',
      operationId: 'getVocabulary',
      tags: ['Law'],
      summary: 'Every fact of profiles with its question, group and the labels of its values',
      security: SECURED,
      responses: { 200: json(Vocabulary, 'The facts in questionnaire order.'), ...errors(401) },
    }),
    (c) => {
      if (!cached) {
        const facts: Fact[] = [];
        walk(VOCABULARY, '', [], facts);
        cached = { facts };
      }
      return c.json(cached, 200);
    },
  );
  return app;
}
