/**
 * `iomt gap` and `iomt export oscal`: reports in every format, a starting state, OSCAL output
 * that validates, and bad input rejected with exit 2, nothing on stdout and one message naming
 * the file, the JSON pointer, the value and the expectation.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGapState } from '@iomt/core';
import type { GapResult, OverlapMatrix } from '@iomt/core';
import { iomt } from '../run-cli.ts';
import { examplePath } from './fixtures.ts';
import { oscalErrors } from './oscal-schema.ts';

const glucose = examplePath('class-iia-glucose-meter.yaml');
const band = examplePath('consumer-fitness-band.yaml');
const state = examplePath('assessments/class-iia-glucose-meter.gap.json');
const scratch = mkdtempSync(join(tmpdir(), 'iomt-gap-'));
const file = (name: string, content: string) => {
  const p = join(scratch, name);
  writeFileSync(p, content);
  return p;
};
const widest = (s: string) => Math.max(...s.split('\n').map((l) => [...l].length));

describe('iomt gap', () => {
  it('prints coverage, ranked gaps and the checklist in a table that fits 100 columns', async () => {
    const r = await iomt('gap', glucose, '--assessment', state);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GAP ASSESSMENT — GlucoLink system');
    expect(r.stdout).toContain('Coverage 35%: 7 implemented, 6 partial, 16 not started, 0 not applicable, of 29 controls.');
    expect(r.stdout).toMatch(/GAPS, MOST DUTIES BLOCKED FIRST[\s\S]*│ 1 +│ ctl-incident-handling/);
    expect(r.stdout).toContain('OVERDUE');
    expect(widest(r.stdout)).toBeLessThanOrEqual(100);
  });

  it('fits 100 columns for every reviewed example, overlap section included', async () => {
    for (const name of ['consumer-fitness-band', 'large-hospital-group', 'incomplete-telemonitoring-app', 'ai-ecg-analysis-software', 'connected-ivd-analyser']) {
      const r = await iomt('gap', examplePath(`${name}.yaml`), '--as-of', '2026-11-23');
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toContain('WHERE THE ACTS OVERLAP');
      expect(widest(r.stdout), name).toBeLessThanOrEqual(100);
    }
  });

  it('uses the state’s date unless --as-of is given', async () => {
    const r = await iomt('gap', glucose, '--assessment', state, '--format', 'json');
    expect((JSON.parse(r.stdout) as GapResult).asOf).toBe('2026-11-23');
    const later = await iomt('gap', glucose, '--assessment', state, '--format', 'json', '--as-of', '2027-01-10');
    expect((JSON.parse(later.stdout) as GapResult).asOf).toBe('2027-01-10');
  });

  it('emits the gap result as JSON, CSV, Markdown and HTML', async () => {
    const json = JSON.parse((await iomt('gap', band, '--as-of', '2026-11-23', '--format', 'json')).stdout) as GapResult & { overlap: OverlapMatrix };
    expect(json.schemaVersion).toBe(1);
    expect(json.overlap.rows.find((r) => r.topic === 'updates-and-support')?.cells.map((c) => c.act)).toEqual(['sgd']);
    expect(json.coverage.overall.notStarted).toBe(json.coverage.overall.total);
    const csv = (await iomt('gap', band, '--as-of', '2026-11-23', '--format', 'csv')).stdout;
    expect(csv.split('\r\n')[0]).toMatch(/^control,title,category,selection/);
    const md = (await iomt('gap', band, '--as-of', '2026-11-23', '--format', 'markdown')).stdout;
    expect(md).toMatch(/^# Gap assessment — PulseFit/);
    expect(md).toContain('### Updates and support — only this act');
    expect(md).toMatch(/- \*\*SGD\*\* \(only this act\): \[Art 7\(3\) SGD\]\(https:\/\/eur-lex/);
    const html = (await iomt('gap', band, '--as-of', '2026-11-23', '--format', 'html')).stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<table class="matrix">');
  });

  it('prints a starting state with --init that validates and selects the profile’s controls', async () => {
    const r = await iomt('gap', band, '--as-of', '2026-11-23', '--init');
    expect(r.code).toBe(0);
    const parsed = parseGapState(JSON.parse(r.stdout));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.state.controls['ctl-secure-by-default']).toEqual({ status: 'not-started' });
      expect(parsed.state.controls['ctl-reliability-single-fault']).toBeUndefined();
    }
  });

  it('continues a saved state with --init --assessment, keeping what was recorded', async () => {
    const r = await iomt('gap', glucose, '--assessment', state, '--init');
    const parsed = parseGapState(JSON.parse(r.stdout));
    expect(parsed.ok && parsed.state.controls['ctl-incident-handling']?.status).toBe('partial');
  });
});

describe('iomt gap: bad input', () => {
  it('rejects a bad due date: exit 2, file, pointer, value and expectation, nothing on stdout', async () => {
    const p = file('bad-date.json', JSON.stringify({ schema: 'iomt-gap-assessment/1', product: 'x', asOf: '2026-11-23', controls: { 'ctl-incident-handling': { status: 'partial', due: '2026-02-30' } } }));
    const r = await iomt('gap', glucose, '--assessment', p);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`iomt: ${p}: /controls/ctl-incident-handling/due: "2026-02-30" is not valid; expected a calendar date as YYYY-MM-DD\n`);
  });

  it('rejects an unknown control id and a not-applicable control without justification, listing both', async () => {
    const p = file('two.json', JSON.stringify({ schema: 'iomt-gap-assessment/1', product: 'x', asOf: '2026-11-23', controls: { 'ctl-firewalls': { status: 'implemented' }, 'ctl-asset-management': { status: 'not-applicable' } } }));
    const r = await iomt('gap', glucose, '--assessment', p);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${p}: /controls/ctl-asset-management/justification: missing; expected a justification`);
    expect(r.stderr).toContain(`${p}: /controls/ctl-firewalls: {"status":"implemented"} is not valid; expected a control id of the catalogue`);
  });

  it('rejects a file that is not JSON, a missing file, a state of another profile and an unknown format', async () => {
    const notJson = file('broken.json', '{ "schema": ');
    expect((await iomt('gap', glucose, '--assessment', notJson)).stderr).toMatch(new RegExp(`${notJson}: not valid JSON: `));
    const missing = await iomt('gap', glucose, '--assessment', join(scratch, 'nope.json'));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('nope.json: cannot read the assessment file (no such file)');
    const other = file('other.json', JSON.stringify({ schema: 'iomt-gap-assessment/1', product: 'x', profile: 'consumer-fitness-band', asOf: '2026-11-23', controls: {} }));
    const mismatch = await iomt('gap', glucose, '--assessment', other);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain(`${other}: /profile: "consumer-fitness-band" is not valid; expected the id of the profile assessed ("class-iia-glucose-meter"`);
    const format = await iomt('gap', glucose, '--format', 'pdf');
    expect(format).toMatchObject({ code: 2, stdout: '' });
    expect(format.stderr).toContain('--format pdf: expected one of table, markdown, html, csv, json');
  });
});

describe('iomt export oscal', () => {
  it('exports the catalog, valid against the OSCAL 1.2.1 schema', async () => {
    const r = await iomt('export', 'oscal', 'catalog', '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    expect(oscalErrors('catalog', JSON.parse(r.stdout))).toEqual([]);
  });

  it('exports a product profile and its assessment results, both valid', async () => {
    const p = await iomt('export', 'oscal', 'profile', band, '--as-of', '2026-11-23');
    expect(oscalErrors('profile', JSON.parse(p.stdout))).toEqual([]);
    const a = await iomt('export', 'oscal', 'assessment-results', glucose, '--assessment', state);
    expect(a.code).toBe(0);
    expect(oscalErrors('assessment-results', JSON.parse(a.stdout))).toEqual([]);
  });

  it('rejects an unknown model and a missing profile file', async () => {
    const m = await iomt('export', 'oscal', 'ssp', glucose);
    expect(m).toMatchObject({ code: 2, stdout: '' });
    expect(m.stderr).toContain('export oscal ssp: expected one of catalog, profile, assessment-results');
    const f = await iomt('export', 'oscal', 'profile');
    expect(f).toMatchObject({ code: 2, stdout: '' });
    expect(f.stderr).toContain('a profile file is required');
  });
});
