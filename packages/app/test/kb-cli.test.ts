/** `iomt acts` with partial application, and `iomt kb changes` / `iomt kb uncertain`. */
import { describe, expect, it } from 'vitest';
import { KB_VERSION } from '@iomt/core';
import { iomt } from './run-cli.ts';

describe('iomt acts: partial application (CRA Art 71(2))', () => {
  it('shows the CRA applying in part from 11 September 2026, with the full date 11 December 2027', async () => {
    const r = await iomt('acts', '--as-of', '2026-12-01', '--format', 'json');
    expect(r.code).toBe(0);
    const cra = (JSON.parse(r.stdout) as { acts: { act: string; status: string; from: string; fullFrom: string; summary: string }[] }).acts.find((a) => a.act === 'cra');
    expect(cra).toMatchObject({ status: 'partly-applies', from: '2026-09-11', fullFrom: '2027-12-11' });
    expect(cra?.summary).toBe('applies in part: Reporting obligations of manufacturers (Art 14) applies since 2026-09-11; the Regulation applies in full from 2027-12-11');
  });
  it('says so in the table too, and shows the CRA applying outright from 11 December 2027', async () => {
    const before = await iomt('acts', '--as-of', '2026-12-01', '--format', 'markdown');
    expect(before.stdout).toMatch(/`cra`.*applies in part: .*Art 14\) applies since 2026-09-11; the Regulation applies in full from 2027-12-11/);
    const after = await iomt('acts', '--as-of', '2027-12-11', '--format', 'json');
    const cra = (JSON.parse(after.stdout) as { acts: { act: string; status: string; from: string }[] }).acts.find((a) => a.act === 'cra');
    expect(cra).toMatchObject({ status: 'applies', from: '2027-12-11' });
  });
});

describe('iomt kb changes', () => {
  it('lists the current version first, with provisions, reasons and sources', async () => {
    const r = await iomt('kb', 'changes', '--format', 'json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as { knowledgeBase: string; entries: { version: string; changes: { act: string; provisions: string[]; why: string }[] }[] };
    expect(body.knowledgeBase).toBe(KB_VERSION);
    expect(body.entries[0]?.version).toBe(KB_VERSION);
    expect(body.entries[0]?.changes.find((c) => c.act === 'cer')?.provisions).toContain('cer:art-12(1)');
  });
  it('filters with --since and refuses an unknown version with exit 2 and nothing on stdout', async () => {
    expect((JSON.parse((await iomt('kb', 'changes', '--since', KB_VERSION, '--format', 'json')).stdout) as { entries: unknown[] }).entries).toEqual([]);
    const bad = await iomt('kb', 'changes', '--since', '2020.01.01.1');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--since 2020.01.01.1');
  });
  it('prints markdown with one section per version', async () => {
    const r = await iomt('kb', 'changes', '--format', 'markdown');
    expect(r.stdout).toContain(`## ${KB_VERSION} (`);
  });
});

describe('iomt kb uncertain', () => {
  it('lists the register for one act', async () => {
    const r = await iomt('kb', 'uncertain', '--act', 'nis2', '--format', 'json');
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.stdout) as { uncertainties: { id: string; acts: string[] }[] }).uncertainties.map((u) => u.id);
    expect(ids).toContain('nis2-establishment');
    const md = await iomt('kb', 'uncertain', '--act', 'nis2', '--format', 'markdown');
    expect(md.stdout).toContain('**Applied.**');
  });
  it('refuses an unknown act with exit 2', async () => {
    const r = await iomt('kb', 'uncertain', '--act', 'nope');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
