/** `iomt lifecycle` and `iomt liability`: formats, questions, schemas, and bad input (exit 2, nothing on stdout). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { iomt } from './run-cli.ts';

const example = (p: string) => fileURLToPath(new URL(`../../../examples/${p}`, import.meta.url));
const parseJson = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;
const tmp = (name: string, text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'iomt-lifecycle-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('iomt lifecycle', () => {
  it('prints the units of a fleet as a table, Markdown and stable JSON', async () => {
    const table = await iomt('lifecycle', example('lifecycle/infusion-pump-fleet.yaml'), '--as-of', '2026-12-07');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/VF3-ONC-07\s+Support ending soon\s+end 2027-03-31\s+minimum 2029-07-01 MDR\s+SHORT 28 mo/);
    const md = await iomt('lifecycle', example('lifecycle/infusion-pump-fleet.yaml'), '--as-of', '2026-12-07', '--format', 'markdown');
    expect(md.stdout).toMatch(/^# Support and updates: VolumeFlow 3/);
    expect(md.stdout).toContain('[Art 21(2)(e) NIS2](https://eur-lex.europa.eu/');
    const json = parseJson((await iomt('lifecycle', example('lifecycle/infusion-pump-fleet.yaml'), '--as-of', '2026-12-07', '--format', 'json')).stdout);
    expect(json).toMatchObject({ format: 'iomt-lifecycle/1', asOf: '2026-12-07', summary: { 'out-of-support': 2, 'ending-soon': 1, supported: 0, unknown: 0 } });
  });

  it('widens the ending-soon window with --within', async () => {
    const r = parseJson((await iomt('lifecycle', example('lifecycle/heart-rate-wearable.yaml'), '--as-of', '2029-12-01', '--within', '12', '--format', 'json')).stdout);
    expect((r.units as { state: string }[])[0]?.state).toBe('ending-soon');
  });

  it('lists the questions for missing facts', async () => {
    const f = tmp('bare.yaml', 'product:\n  hasDigitalElements: true\n');
    const r = await iomt('lifecycle', f, '--as-of', '2026-12-07');
    expect(r.stdout).toMatch(/QUESTIONS[\s\S]*product\.medicalDevice\.qualification/);
  });

  it('refuses bad input with exit 2 and nothing on stdout', async () => {
    const bad = tmp('bad.yaml', 'product:\n  lifecycle:\n    saleTo: robots\n');
    const r = await iomt('lifecycle', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\/product\/lifecycle\/saleTo: expected one of: "consumer", "professional", "both" \(found "robots"\)/);
    expect((await iomt('lifecycle', example('lifecycle/insulin-pump.yaml'), '--within', 'x')).code).toBe(2);
    expect((await iomt('lifecycle', example('lifecycle/insulin-pump.yaml'), '--as-of', '2026-02-30')).code).toBe(2);
  });

  it('prints the JSON Schema of lifecycle files', async () => {
    const s = parseJson((await iomt('lifecycle', '--schema')).stdout);
    expect(s.title).toBe('iomt-compliance lifecycle file');
    expect(Object.keys(s.properties as object)).toEqual(expect.arrayContaining(['product', 'units']));
  });
});

describe('iomt liability', () => {
  it('analyses a damage case as a table with the contested points', async () => {
    const r = await iomt('liability', example('liability/zero-day-before-fix.yaml'), '--as-of', '2029-06-15');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Regime: Directive \(EU\) 2024\/2853/);
    expect(r.stdout).toMatch(/CONTESTED[\s\S]*zero-day/);
    expect(r.stdout).toMatch(/QUESTIONS[\s\S]*damage\.latentPersonalInjury/);
  });

  it('prints a Markdown report a lawyer can file, and stable JSON', async () => {
    const md = await iomt('liability', example('liability/non-eu-app-via-platform.yaml'), '--as-of', '2029-06-15', '--format', 'markdown');
    expect(md.stdout).toMatch(/## 6\. Who is liable[\s\S]*AppMarket \| online-platform \| 3/);
    const json = parseJson((await iomt('liability', example('liability/non-eu-app-via-platform.yaml'), '--as-of', '2029-06-15', '--format', 'json')).stdout);
    expect(json).toMatchObject({ format: 'iomt-liability/1', regime: { regime: 'pld-2024' } });
  });

  it('refuses a bad case, naming the line and the field', async () => {
    const bad = tmp('case.yaml', 'product:\n  item: device-with-software\noperators:\n  - name: X\n    role: seller\n');
    const r = await iomt('liability', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/case\.yaml:5: \/operators\/0\/role: expected one of/);
    expect((await iomt('liability')).code).toBe(2);
  });

  it('prints the JSON Schema of damage cases', async () => {
    expect(parseJson((await iomt('liability', '--schema')).stdout).title).toBe('iomt-compliance liability case');
  });
});
