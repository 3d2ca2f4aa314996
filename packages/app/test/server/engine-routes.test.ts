/** Law and engine routes: the CLI's JSON answers over HTTP, and bad input refused with the field named. */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actsCommand } from '../../src/cli/commands/acts.ts';
import { assessCommand } from '../../src/cli/commands/assess.ts';
import { classifyCommand } from '../../src/cli/commands/classify.ts';
import { incidentPlanCommand } from '../../src/cli/commands/incident.ts';
import { questionsCommand } from '../../src/cli/commands/questions.ts';
import { ENGINES, createWorld, readExample, readIncidentExample } from './harness.ts';
import type { World } from './harness.ts';

const example = (name: string) => fileURLToPath(new URL(`../../../../examples/${name}`, import.meta.url));
const GLUCOSE = 'class-iia-glucose-meter.yaml';
const RANSOMWARE = 'incidents/hospital-ransomware.yaml';
const AS_OF = '2027-01-15';
const NOW = '2026-11-23T09:00:00+01:00';

describe.each(ENGINES)('law and engine routes (%s)', (engine) => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(engine, { now: () => new Date('2026-11-23T10:00:00Z') });
  });
  afterAll(() => w.dispose());
  const me = () => w.as.editorA;

  it('answers health without authentication', async () => {
    const r = await w.json(w.as.ownerA, 'GET', '/api/v1/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', database: engine });
  });

  it('lists acts as `iomt acts --format json` does', async () => {
    const r = await w.json(me(), 'GET', `/api/v1/acts?asOf=${AS_OF}`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual(JSON.parse(actsCommand({ asOf: AS_OF, format: 'json' })));
    const today = await w.json<{ asOf: string }>(me(), 'GET', '/api/v1/acts');
    expect(today.body.asOf).toBe('2026-11-23');
  });

  it('shows one act, and 404 for an unknown one', async () => {
    const r = await w.json<{ id: string; obligations: unknown[] }>(me(), 'GET', '/api/v1/acts/cra');
    expect(r.status).toBe(200);
    expect(r.body.id).toBe('cra');
    expect(r.body.obligations.length).toBeGreaterThan(0);
    expect((await w.call(me(), 'GET', '/api/v1/acts/nope')).status).toBe(404);
  });

  it('pages scenarios and controls', async () => {
    const s = await w.json<{ items: { id: string }[]; next: string | null }>(me(), 'GET', '/api/v1/scenarios');
    expect(s.status).toBe(200);
    expect(s.body.items.length).toBeGreaterThan(0);
    const first = await w.json<{ items: { id: string }[]; next: string }>(me(), 'GET', '/api/v1/controls?limit=5');
    expect(first.body.items).toHaveLength(5);
    const second = await w.json<{ items: { id: string }[] }>(me(), 'GET', `/api/v1/controls?limit=5&cursor=${first.body.next}`);
    expect(second.body.items[0]!.id).not.toBe(first.body.items[0]!.id);
    const nis2 = await w.json<{ items: unknown[] }>(me(), 'GET', '/api/v1/controls?act=nis2&limit=200');
    expect(nis2.body.items.length).toBeGreaterThan(0);
    const mapped = await w.json<{ items: unknown[] }>(me(), 'GET', `/api/v1/controls/map?provision=${encodeURIComponent('nis2:art-21(2)(j)')}`);
    expect(mapped.status).toBe(200);
    expect(mapped.body.items.length).toBeGreaterThan(0);
    const bad = await w.json<{ errors: { pointer: string; in: string }[] }>(me(), 'GET', '/api/v1/controls/map?provision=nis2:art-999');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ pointer: '/provision', in: 'query', value: 'nis2:art-999' });
    expect((await w.call(me(), 'GET', '/api/v1/controls?cursor=garbage')).status).toBe(400);
    expect((await w.call(me(), 'GET', '/api/v1/controls?limit=201')).status).toBe(400);
  });

  it('serves the profile schema', async () => {
    const r = await w.json<{ properties: object }>(me(), 'GET', '/api/v1/schema/profile');
    expect(Object.keys(r.body.properties)).toEqual(expect.arrayContaining(['product', 'organisation']));
  });

  it('assesses a profile exactly as `iomt assess --format json`', async () => {
    const r = await w.json(me(), 'POST', '/api/v1/assess', { profile: readExample(GLUCOSE), asOf: AS_OF });
    expect(r.status).toBe(200);
    expect(r.body).toEqual(JSON.parse(assessCommand(example(GLUCOSE), { asOf: AS_OF, format: 'json' })));
  });

  it('contrasts as `iomt assess --contrast`', async () => {
    const r = await w.json(me(), 'POST', '/api/v1/contrast', {
      profile: readExample('consumer-fitness-band.yaml'),
      asOf: AS_OF,
      change: { facts: { 'product.medicalDevice.qualification': 'medical-device', 'product.medicalDevice.class': 'IIa' } },
    });
    expect(r.status).toBe(200);
    const cli = JSON.parse(
      assessCommand(example('consumer-fitness-band.yaml'), {
        asOf: AS_OF,
        format: 'json',
        contrast: ['product.medicalDevice.qualification=medical-device', 'product.medicalDevice.class=IIa'],
      }),
    ) as object;
    expect(r.body).toEqual(cli);
    const bad = await w.json<{ errors: { pointer: string; value: unknown }[] }>(me(), 'POST', '/api/v1/contrast', {
      profile: readExample('consumer-fitness-band.yaml'),
      change: { facts: { 'product.medicalDevice.class': 'IIc', 'product.noSuchFact': true } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.pointer)).toEqual(['/change/facts/product.noSuchFact']);
  });

  it('answers questions and classifications as the CLI does', async () => {
    const q = await w.json(me(), 'POST', '/api/v1/questions', { profile: readExample('incomplete-telemonitoring-app.yaml'), asOf: AS_OF });
    expect(q.status).toBe(200);
    expect(q.body).toEqual(JSON.parse(questionsCommand(example('incomplete-telemonitoring-app.yaml'), { asOf: AS_OF, format: 'json' })));
    const c = await w.json(me(), 'POST', '/api/v1/classify', { profile: readExample('ai-ecg-analysis-software.yaml'), asOf: AS_OF });
    expect(c.status).toBe(200);
    expect(c.body).toEqual(JSON.parse(classifyCommand(example('ai-ecg-analysis-software.yaml'), { asOf: AS_OF, format: 'json' })));
  });

  it('plans an incident as `iomt incident plan`, and exports the calendar and a report', async () => {
    const body = { case: readIncidentExample('hospital-ransomware.yaml'), now: NOW };
    const plan = await w.json(me(), 'POST', '/api/v1/incident-plan', body);
    expect(plan.status).toBe(200);
    expect(plan.body).toEqual(JSON.parse(incidentPlanCommand(example(RANSOMWARE), { now: NOW, format: 'json' })));
    const ics = await w.call(me(), 'POST', '/api/v1/incident-plan/ics', body);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await ics.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toContain('BEGIN:VALARM');
    const md = await w.call(me(), 'POST', '/api/v1/incident-plan/report', { ...body, regime: 'gdpr', format: 'markdown' });
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await md.text()).toMatch(/^# GDPR report/);
    const js = await w.json<{ regime: string; steps: unknown[]; fields: unknown[] }>(me(), 'POST', '/api/v1/incident-plan/report', { ...body, regime: 'gdpr', format: 'json' });
    expect(js.body.regime).toBe('gdpr');
    expect(js.body.steps.length).toBeGreaterThan(0);
    const html = await w.call(me(), 'POST', '/api/v1/incident-plan/report', { ...body, regime: 'nis2', format: 'html' });
    expect(await html.text()).toMatch(/^<!doctype html>/);
    const badRegime = await w.json<{ errors: { pointer: string }[] }>(me(), 'POST', '/api/v1/incident-plan/report', { ...body, regime: 'xyz' });
    expect(badRegime.status).toBe(400);
    expect(badRegime.body.errors[0]!.pointer).toBe('/regime');
  });

  it('computes a gap assessment and exports it', async () => {
    const profile = readExample(GLUCOSE);
    const gap = await w.json<{ checklist: unknown[]; coverage: object }>(me(), 'POST', '/api/v1/gap', { profile, asOf: AS_OF });
    expect(gap.status).toBe(200);
    expect(gap.body.checklist.length).toBeGreaterThan(0);
    for (const [format, type] of [
      ['oscal-catalog', /^application\/json/],
      ['oscal-profile', /^application\/json/],
      ['oscal-assessment-results', /^application\/json/],
      ['csv', /^text\/csv/],
      ['markdown', /^text\/markdown/],
      ['html', /^text\/html/],
    ] as const) {
      const r = await w.call(me(), 'POST', '/api/v1/gap/export', { profile, asOf: AS_OF, format });
      expect(r.status, format).toBe(200);
      expect(r.headers.get('content-type'), format).toMatch(type);
      expect((await r.text()).length).toBeGreaterThan(100);
    }
    const bad = await w.json<{ errors: { pointer: string }[] }>(me(), 'POST', '/api/v1/gap', { profile, assessment: { schema: 'nope' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.pointer)).toContain('/assessment/schema');
  });

  describe('hostile and malformed input', () => {
    it('names each wrong field with its pointer, value and expectation', async () => {
      const r = await w.json<{ type: string; title: string; status: number; detail: string; errors: { pointer: string; in: string; value?: unknown; expected: string }[] }>(
        me(),
        'POST',
        '/api/v1/assess',
        { profile: { product: { hasDigitalElements: 'yes', medicalDevice: { class: 'IIc' } } }, asOf: '2026-02-30' },
      );
      expect(r.status).toBe(400);
      expect(r.res.headers.get('content-type')).toBe('application/problem+json');
      expect(r.body).toMatchObject({ type: '/api/docs#problem-validation', status: 400 });
      expect(r.body.errors).toEqual([{ pointer: '/asOf', in: 'body', value: '2026-02-30', expected: 'a calendar date as YYYY-MM-DD' }]);
      const p = await w.json<{ errors: { pointer: string; value?: unknown; expected: string }[] }>(me(), 'POST', '/api/v1/assess', {
        profile: { product: { hasDigitalElements: 'yes', medicalDevice: { class: 'IIc' } } },
      });
      expect(p.status).toBe(400);
      expect(p.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ pointer: '/profile/product/hasDigitalElements', value: 'yes' }),
          expect.objectContaining({ pointer: '/profile/product/medicalDevice/class', value: 'IIc', expected: expect.stringContaining('"IIa"') as unknown }),
        ]),
      );
    });

    it('rejects wrong types, unknown fields and unknown query parameters', async () => {
      const types = await w.json<{ errors: { pointer: string; expected: string }[] }>(me(), 'POST', '/api/v1/assess', { profile: 'x', horizonMonths: 'ten', scenarios: 'a' });
      expect(types.status).toBe(400);
      expect(types.body.errors.map((e) => e.pointer).sort()).toEqual(['/horizonMonths', '/profile', '/scenarios']);
      const extra = await w.json<{ errors: { pointer: string; value: unknown }[] }>(me(), 'POST', '/api/v1/assess', { profile: {}, evil: { $where: 1 } });
      expect(extra.body.errors).toEqual([{ pointer: '/evil', in: 'body', value: { $where: 1 }, expected: expect.stringContaining('unknown fields') as unknown }]);
      const nested = await w.json<{ errors: { pointer: string }[] }>(me(), 'POST', '/api/v1/assess', { profile: { product: { hasDigitalElements: true, __proto__x: 1 } } });
      expect(nested.body.errors.map((e) => e.pointer)).toEqual(['/profile/product/__proto__x']);
      const query = await w.json<{ errors: { pointer: string; in: string }[] }>(me(), 'GET', '/api/v1/acts?asOf=2026-01-01&debug=1');
      expect(query.status).toBe(400);
      expect(query.body.errors[0]).toMatchObject({ pointer: '/debug', in: 'query' });
      const missing = await w.json<{ errors: { pointer: string; expected: string }[] }>(me(), 'POST', '/api/v1/assess', {});
      expect(missing.body.errors[0]).toMatchObject({ pointer: '/profile', expected: expect.stringContaining('required') as unknown });
    });

    it('refuses a body over 1 MiB with 413, a non-JSON body with 415, broken JSON with 400', async () => {
      const big = JSON.stringify({ profile: { name: 'x'.repeat(1024 * 1024 + 10) } });
      const tooLarge = await w.call(me(), 'POST', '/api/v1/assess', big);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.headers.get('content-type')).toBe('application/problem+json');
      const text = await w.call(me(), 'POST', '/api/v1/assess', 'profile=1', { 'content-type': 'text/plain' });
      expect(text.status).toBe(415);
      const form = await w.call(me(), 'POST', '/api/v1/assess', 'profile=1', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(form.status).toBe(415);
      const broken = await w.call(me(), 'POST', '/api/v1/assess', '{"profile": {', {});
      expect(broken.status).toBe(400);
      expect(((await broken.json()) as { type: string }).type).toBe('/api/docs#problem-malformed-json');
    });

    it('never answers with a stack trace', async () => {
      const rs = await Promise.all([
        w.call(me(), 'POST', '/api/v1/assess', '{"profile":'),
        w.call(me(), 'POST', '/api/v1/incident-plan', { case: { timeline: { aware: 'yesterday' } } }),
        w.call(me(), 'GET', '/api/v1/acts/%2e%2e%2f%2e%2e%2fetc%2fpasswd'),
        w.call(me(), 'GET', '/api/v1/no/such/route'),
      ]);
      for (const r of rs) {
        const body = await r.text();
        expect(r.status).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
        expect(body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
      }
    });
  });
});
