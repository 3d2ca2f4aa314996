import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, SOURCE_CLI } from './cli-process.ts';
import { iomt, iomtWithInput } from './run-cli.ts';

const examples = join(import.meta.dirname, '../../../examples');
const example = (name: string) => join(examples, `${name}.yaml`);
const scratch = mkdtempSync(join(tmpdir(), 'iomt-cli-'));
const file = (name: string, content: string) => {
  const p = join(scratch, name);
  writeFileSync(p, content);
  return p;
};

describe('iomt assess', () => {
  it('prints a table of acts, obligations and upcoming changes that fits 100 columns', async () => {
    const r = await iomt('assess', example('class-iia-glucose-meter'), '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('MDR');
    expect(r.stdout).toContain('Not legal advice');
    const widest = Math.max(...r.stdout.split('\n').map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(100);
  });

  it('emits stable JSON with schemaVersion, acts, obligations and the knowledge-base version', async () => {
    const r = await iomt('assess', example('class-iia-glucose-meter'), '--as-of', '2026-11-23', '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'schemaVersion', 'asOf', 'scenarios', 'horizonMonths', 'knowledgeBase', 'profile', 'acts', 'obligations',
      'overlap', 'upcoming', 'missingFacts', 'notice', 'classifications',
    ]);
    expect(json.asOf).toBe('2026-11-23');
  });

  it('renders Markdown with links to EUR-Lex', async () => {
    const r = await iomt('assess', example('consumer-fitness-band'), '--as-of', '2026-11-23', '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Applicable EU law/);
    expect(r.stdout).toContain('](https://eur-lex.europa.eu/');
  });

  it('contrasts the same product certified as a medical device or sold as a consumer product', async () => {
    const r = await iomt(
      'assess', example('consumer-fitness-band'), '--as-of', '2026-11-23', '--format', 'json',
      '--contrast', 'product.medicalDevice.qualification=medical-device', '--contrast', 'product.medicalDevice.class=IIa',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { contrast: { acts: { act: string; base: string; variant: string }[] } };
    const mdr = json.contrast.acts.find((a) => a.act === 'mdr');
    expect(mdr).toMatchObject({ base: 'does-not-apply', variant: 'applies' });
    const cra = json.contrast.acts.find((a) => a.act === 'cra');
    expect(cra?.variant).toBe('does-not-apply');
  });

  it('switches a scenario on by name and reports it', async () => {
    const r = await iomt('assess', example('class-iia-glucose-meter'), '--as-of', '2026-11-23', '--scenario', 'digital-omnibus', '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { scenarios: string[] }).scenarios).toEqual(['digital-omnibus']);
  });
});

describe('bad input: exit 2, a message naming file, field, value and expectation, nothing on stdout', () => {
  it('rejects a value outside the vocabulary and names the line', async () => {
    const p = file('bad-class.yaml', 'product:\n  medicalDevice:\n    class: IIc\n');
    const r = await iomt('assess', p);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${p}:3: /product/medicalDevice/class: expected one of:`);
    expect(r.stderr).toContain('(found "IIc")');
  });
  it('rejects an unknown field', async () => {
    const p = file('typo.yaml', 'product:\n  wearble: true\n');
    const r = await iomt('assess', p);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/product/wearble: unknown field "wearble"');
  });
  it('rejects an impossible date', async () => {
    const p = file('date.yaml', "product:\n  placedOnMarketOn: '2026-02-30'\n");
    const r = await iomt('assess', p);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/product/placedOnMarketOn: expected a calendar date as YYYY-MM-DD (found "2026-02-30")');
  });
  it('rejects a wrong type', async () => {
    const r = await iomt('assess', file('type.json', '{"organisation": {"employees": "many"}}'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('type.json:1: /organisation/employees: expected number (found "many")');
  });
  it('rejects malformed YAML with its position', async () => {
    const r = await iomt('assess', file('broken.yaml', 'product: [unclosed\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+: not valid YAML or JSON/);
  });
  it('rejects a missing file', async () => {
    const r = await iomt('assess', join(scratch, 'nope.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file');
  });
  it('rejects a bad --as-of, --format, --scenario and --contrast', async () => {
    const f = example('consumer-fitness-band');
    for (const args of [
      ['--as-of', '2026-13-01'],
      ['--format', 'xml'],
      ['--scenario', 'brexit'],
      ['--contrast', 'product.colour=red'],
      ['--contrast', 'product.wearable=perhaps'],
    ]) {
      const r = await iomt('assess', f, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(args[0] === '--contrast' ? '--contrast' : args[0]);
    }
  });
  it('rejects an unknown act id', async () => {
    const r = await iomt('act', 'hipaa');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown act id');
  });
});

describe('other commands', () => {
  it('lists every act with its status on a date', async () => {
    const r = await iomt('acts', '--as-of', '2026-11-23', '--format', 'json');
    const json = JSON.parse(r.stdout) as { acts: { act: string; status: string }[] };
    expect(json.acts).toHaveLength(22);
    expect(json.acts.find((a) => a.act === 'nis')?.status).toBe('repealed');
    // Only Art 14 applies before 11 December 2027 (CRA Art 71(2)).
    expect(json.acts.find((a) => a.act === 'cra')?.status).toBe('partly-applies');
  });
  it('shows one act with its timeline, rules, obligations and verification', async () => {
    const r = await iomt('act', 'cra');
    expect(r.code).toBe(0);
    for (const s of ['TIMELINE', 'SCOPE', 'UNLESS the MDR applies to the product', 'OBLIGATIONS', 'CHECKED AGAINST THE OFFICIAL TEXT']) {
      expect(r.stdout).toContain(s);
    }
  });
  it('prints the JSON Schema of profiles', async () => {
    const schema = JSON.parse((await iomt('schema')).stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('2020-12');
    expect(Object.keys(schema.properties)).toContain('product');
  });
  it('asks only questions that change an answer, most decisive first', async () => {
    const p = file('sparse.yaml', 'product:\n  hasDigitalElements: true\n  dataConnection: true\n');
    const r = await iomt('questions', p, '--as-of', '2026-11-23', '--format', 'json');
    const json = JSON.parse(r.stdout) as { questions: { fact: string; answers: { verdicts: unknown[] }[] }[] };
    expect(json.questions.length).toBeGreaterThan(0);
    for (const q of json.questions) expect(q.answers.length).toBeGreaterThan(0);
    expect(json.questions.map((q) => q.fact)).toContain('product.medicalDevice.qualification');
  });
});

describe('the installed binary', () => {
  beforeAll(ensureBuilt, 180_000);
  it('runs the compiled CLI through bin/iomt.js and exits 2 on bad input', () => {
    const ok = spawnSync(process.execPath, [BIN, 'acts', '--as-of', '2026-11-23'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('cra');
    const bad = spawnSync(process.execPath, [BIN, 'acts', '--as-of', 'tomorrow'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--as-of tomorrow: expected a calendar date');
  });
  it('prints the version of the package', () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
    const r = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });
});

describe('iomt run from its sources in a process', () => {
  it('runs main.ts as a script with the same exit codes', () => {
    const bad = spawnSync(process.execPath, [...SOURCE_CLI, 'acts', '--as-of', 'tomorrow'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--as-of tomorrow: expected a calendar date');
    const help = spawnSync(process.execPath, [...SOURCE_CLI, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: iomt [options] [command]');
  });
});

describe('iomt classify', () => {
  it('classifies a profile and names the rule that decided', async () => {
    const r = await iomt('classify', example('consumer-fitness-band'), '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Important product, Class I (Annex III)');
    expect(r.stdout).toContain('← decides');
    const widest = Math.max(...r.stdout.split('\n').map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(100);
  });
  it('emits JSON with every classification', async () => {
    const r = await iomt('classify', example('ai-ecg-analysis-software'), '--as-of', '2026-11-23', '--format', 'json');
    const json = JSON.parse(r.stdout) as { classifications: { classifier: string; outcome?: string; appliesFrom?: string }[] };
    expect(json.classifications.find((c) => c.classifier === 'ai-act:risk')).toMatchObject({ outcome: 'high-risk-annex-i', appliesFrom: '2028-08-02' });
  });
  it('renders Markdown with links to the deciding provisions', async () => {
    const r = await iomt('classify', example('smart-baby-monitor'), '--as-of', '2026-11-23', '--format', 'markdown');
    expect(r.stdout).toMatch(/^# Classification/);
    expect(r.stdout).toContain('](https://eur-lex.europa.eu/');
  });
  it('asks without a file only in interactive mode', async () => {
    const r = await iomt('classify');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a profile file is required');
  });
});

describe('iomt classify --interactive', () => {
  it('asks one question at a time, goes back on "b", and saves the answers as a valid profile', async () => {
    const save = join(scratch, 'answers.yaml');
    // accessory · back · not a medical device · finish
    const r = await iomtWithInput(['2', 'b', '6', 'q'], 'classify', '--interactive', '--as-of', '2026-11-23', '--save', save);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('What is the product under the MDR or IVDR');
    expect(r.stdout).toContain(`Answers saved to ${save}`);
    const saved = await iomt('classify', save, '--as-of', '2026-11-23', '--format', 'json');
    expect(saved.code).toBe(0);
    const json = JSON.parse(saved.stdout) as { classifications: { classifier: string; outcome?: string }[] };
    expect(json.classifications.find((c) => c.classifier === 'mdr:qualification')?.outcome).toBe('not-a-device');
  });
  it('re-asks on an answer it does not understand and finishes when input ends', async () => {
    const r = await iomtWithInput(['9', 'maybe'], 'classify', '--interactive', '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/Not understood/g)?.length).toBe(2);
    expect(r.stdout).toContain('iomt classify');
  });
});

describe('iomt incident', () => {
  const incidentFile = join(examples, 'incidents', 'hospital-ransomware.yaml');
  it('plans every duty with status, recipient and deadline, at the instant given', async () => {
    const r = await iomt('incident', 'plan', incidentFile, '--now', '2026-11-23T09:00:00+01:00');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GDPR: Notify the breach');
    expect(r.stdout).toContain('CERT-Bund');
    const widest = Math.max(...r.stdout.split('\n').map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(100);
  });
  it('exports the deadlines as iCalendar events with alarms', async () => {
    const r = await iomt('incident', 'ics', incidentFile, '--now', '2026-11-23T09:00:00+01:00');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR/);
    expect(r.stdout).toContain('BEGIN:VEVENT');
    expect(r.stdout).toContain('BEGIN:VALARM');
    expect(r.stdout).toContain('SUMMARY:GDPR: Notify the breach (DE)');
  });
  it('renders the merged dossier for one regime: its steps with deadlines, the values written and what is not yet written', async () => {
    const r = await iomt('incident', 'report', incidentFile, '--regime', 'gdpr', '--now', '2026-11-23T09:00:00+01:00');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# GDPR report/);
    expect(r.stdout).toContain('9 of 15 fields written');
    expect(r.stdout).toContain('| Notify the breach | [Art 33(1) GDPR](');
    expect(r.stdout).toContain('10:00 Tue 24 Nov 2026 Europe/Berlin (UTC+01:00) (Reg 1182/71)');
    expect(r.stdout).toMatch(/### Contact point\n\n_[^\n]+_\n\nData protection officer, Dr\. Miriam Vogt/);
    expect(r.stdout).toMatch(/### Likely consequences\n\n_[^\n]+_\n\n\*\*Not yet written\.\*\*/);
    expect(r.stdout).toContain('- health data (diagnoses, discharge letters)');
    // Only the fields the GDPR steps ask for: no NIS2-only field.
    expect(r.stdout).not.toContain('Indicators of compromise');
    const html = await iomt('incident', 'report', incidentFile, '--regime', 'gdpr', '--format', 'html', '--now', '2026-11-23T09:00:00+01:00');
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<h3>Contact point</h3>');
    expect(html.stdout).toContain('<p class="not-written"><strong>Not yet written.</strong></p>');
  });
  it('lists the submissions with the authority\'s reference', async () => {
    const r = await iomt('incident', 'report', incidentFile, '--regime', 'nis2', '--now', '2026-11-23T09:00:00+01:00');
    expect(r.stdout).toContain('- Early warning (DE): submitted 2026-11-21T20:30:00+01:00, reference CB-2026-047311');
    const json = JSON.parse((await iomt('incident', 'report', incidentFile, '--regime', 'nis2', '--format', 'json', '--now', '2026-11-23T09:00:00+01:00')).stdout) as {
      regime: string;
      steps: { step: string; status: string; deadline: string }[];
      fields: { id: string; written: boolean; value?: unknown; source?: string }[];
      completeness: { needed: number; written: number; missing: string[] };
      submissions: { step: string; reference?: string }[];
    };
    expect(json.regime).toBe('nis2');
    expect(json.submissions).toEqual([expect.objectContaining({ step: 'early-warning', reference: 'CB-2026-047311' })]);
    expect(json.fields.find((f) => f.id === 'suspected-malicious')).toMatchObject({ written: true, value: 'yes', source: 'dossier' });
    expect(json.fields.find((f) => f.id === 'awareness-time')).toMatchObject({ written: true, source: 'case' });
    expect(json.fields.find((f) => f.id === 'root-cause')).toMatchObject({ written: false });
    expect(json.completeness).toMatchObject({ needed: 14, written: 8 });
    expect(json.steps.find((s) => s.step === 'incident-notification')?.deadline).toContain('(Reg 1182/71)');
  });
  it('escapes written values in the HTML report', async () => {
    const hostile = file(
      'hostile.yaml',
      `${readFileSync(incidentFile, 'utf8')}`.replace('dossier:\n', 'dossier:\n  likely-consequences: "<script>alert(1)</script> & <b>more</b>"\n'),
    );
    const html = await iomt('incident', 'report', hostile, '--regime', 'gdpr', '--format', 'html', '--now', '2026-11-23T09:00:00+01:00');
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt;');
    expect(html.stdout).not.toContain('<script>');
  });
  it('rejects a dossier value of the wrong type, naming the field, line and expectation', async () => {
    const bad = file('bad-dossier.yaml', `${readFileSync(incidentFile, 'utf8')}`.replace("suspected-malicious: 'yes'", 'suspected-malicious: perhaps'));
    const r = await iomt('incident', 'plan', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dossier/suspected-malicious: expected one of: "yes", "no", "not-yet-known"');
    expect(r.stderr).toContain('(found "perhaps")');
  });
  it('rejects a --now without offset and an unknown regime with exit 2', async () => {
    const bad = await iomt('incident', 'plan', incidentFile, '--now', 'tomorrow');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now tomorrow: expected an instant with its offset');
    const regime = await iomt('incident', 'report', incidentFile, '--regime', 'hipaa');
    expect(regime.code).toBe(2);
    expect(regime.stderr).toContain('--regime hipaa: expected one of');
  });
  it('rejects an incident file whose timeline lacks the awareness instant, naming the field', async () => {
    const r = await iomt('incident', 'plan', file('no-aware.yaml', 'timeline:\n  occurred: "2026-11-21T03:40:00+01:00"\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/timeline/aware');
  });
});

describe('iomt controls', () => {
  it('maps a provision to the controls that cover it, and a parent provision to those of its points', async () => {
    const one = JSON.parse((await iomt('controls', 'map', 'nis2:art-21(2)(j)', '--format', 'json')).stdout) as { id: string }[];
    expect(one.length).toBeGreaterThan(0);
    const all = JSON.parse((await iomt('controls', 'map', 'nis2:art-21', '--format', 'json')).stdout) as { id: string }[];
    expect(all.length).toBeGreaterThan(one.length);
  });
  it('lists the controls mapped to one act, in 100 columns', async () => {
    const r = await iomt('controls', 'list', '--act', 'red');
    expect(r.code).toBe(0);
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
  });
  it('says what one control closes: across the knowledge base, and for one profile', async () => {
    type Closure = { acts: string[]; provisions: { provision: string; fully: boolean }[]; duties: { obligation: string; act: string; alone: boolean }[] };
    const all = JSON.parse((await iomt('controls', 'closes', 'ctl-incident-handling', '--format', 'json')).stdout) as Closure;
    const device = JSON.parse(
      (await iomt('controls', 'closes', 'ctl-incident-handling', '--profile', 'examples/class-iia-glucose-meter.yaml', '--as-of', '2026-11-23', '--format', 'json')).stdout,
    ) as Closure;
    expect(all.provisions.map((p) => p.provision)).toContain('nis2:art-21(2)(b)');
    expect(all.provisions.find((p) => p.provision === 'nis2:art-21(2)(b)')?.fully).toBe(true);
    // The profile's duties are a subset of the knowledge base's, and include MDR vigilance.
    const allDuties = new Set(all.duties.map((d) => d.obligation));
    expect(device.duties.length).toBeGreaterThan(0);
    expect(device.duties.every((d) => allDuties.has(d.obligation))).toBe(true);
    expect(device.duties.map((d) => d.obligation)).toContain('mdr:report-serious-incident');
    const table = await iomt('controls', 'closes', 'ctl-incident-handling', '--profile', 'examples/class-iia-glucose-meter.yaml');
    expect(Math.max(...table.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
    const bad = await iomt('controls', 'closes', 'ctl-nope');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });
  it('rejects an unknown provision or act with exit 2', async () => {
    expect((await iomt('controls', 'map', 'cra:art-999')).code).toBe(2);
    expect((await iomt('controls', 'list', '--act', 'hipaa')).code).toBe(2);
  });
});
