/**
 * `iomt fleet …`, `iomt sbom …`, `iomt advisories …`: the inventory, SBOMs and advisories of one
 * organisation in the store, and what they add up to (matches, findings with duties, exposure,
 * dashboard, VEX and POA&M). Every command names the organisation with --org <slug>.
 */
import { readFile } from 'node:fs/promises';
import Table from 'cli-table3';
import { isInstant } from '@iomt/core';
import type { OrgScope, Store, TriageState } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { asOfOption, formatOption } from '../options.ts';
import { withStore } from './setup.ts';
import type { StoreFlags } from './setup.ts';
import { cliOwner } from './users.ts';
import { cycloneDxVex, csafVex, oscalPoam } from '../../fleet/exports.ts';
import { incidentFromFinding } from '../../fleet/incident-from-finding.ts';
import { inventoryCsv, parseInventoryCsv } from '../../fleet/inventory-csv.ts';
import { importAdvisories, importSbom } from '../../fleet/ops.ts';
import { mds2Compare, mds2FromCsv, mds2View } from '../../fleet/mds2-ops.ts';
import { fleetView } from '../../fleet/view.ts';
import type { FleetView } from '../../fleet/view.ts';

export interface FleetFlags extends StoreFlags {
  org: string;
  format?: string;
  asOf?: string;
}

async function withOrg<T>(flags: FleetFlags, fn: (scope: OrgScope, store: Store) => Promise<T>): Promise<T> {
  return withStore(flags, async (store) => {
    const org = await store.accounts.findOrganisationBySlug(flags.org);
    if (!org) throw new CliError(`--org ${flags.org}: no organisation with this slug`);
    return fn(store.org(await cliOwner(store, org.id)), store);
  });
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

const table = (head: string[], rows: (string | number | null)[][]): string => {
  const t = new Table({ head, style: { head: [], border: [] }, wordWrap: true });
  for (const r of rows) t.push(r.map((x) => (x === null ? '' : String(x))));
  return `${t.toString()}\n`;
};
const json = (x: unknown): string => `${JSON.stringify(x, null, 2)}\n`;

/** A counter on stderr, redrawn in place, only when stderr is a terminal. */
function progress(label: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

export async function fleetSettingsCommand(flags: FleetFlags & { side?: string; nis2Entity?: string; triageDays?: string }): Promise<string> {
  return withOrg(flags, async (scope) => {
    const change = {
      ...(flags.side !== undefined ? { side: flags.side as 'manufacturer' } : {}),
      ...(flags.nis2Entity !== undefined ? { nis2Entity: flags.nis2Entity as 'true' } : {}),
      ...(flags.triageDays !== undefined ? { triageDays: Number(flags.triageDays) } : {}),
    };
    const s = Object.keys(change).length ? await scope.fleet.setSettings(change) : await scope.fleet.settings();
    return formatOption(flags.format) === 'json' ? json(s) : `side ${s.side} · NIS2 entity ${s.nis2Entity} · triage overdue after ${s.triageDays} days\n`;
  });
}

export async function fleetImportCommand(file: string, flags: FleetFlags): Promise<string> {
  const inventory = /\.csv$/i.test(file) ? parseInventoryCsv(await readFile(file, 'utf8').catch(() => { throw new CliError(`${file}: cannot read`); })) : await readJson(file);
  return withOrg(flags, async (scope) => {
    const r = await scope.fleet.importInventory(inventory as never);
    return formatOption(flags.format) === 'json' ? json(r) : `Imported ${file}: ${r.models} new models, ${r.versions} new versions, ${r.unitsCreated} units added, ${r.unitsUpdated} updated.\n`;
  });
}

export async function fleetExportCommand(flags: FleetFlags): Promise<string> {
  return withOrg(flags, async (scope) => {
    const inv = await scope.fleet.exportInventory();
    return flags.format === 'csv' ? inventoryCsv(inv) : json(inv);
  });
}

export async function fleetModelsCommand(flags: FleetFlags): Promise<string> {
  return withOrg(flags, async (scope) => {
    const data = await scope.fleet.load();
    if (formatOption(flags.format) === 'json') return json({ models: data.models, versions: data.versions });
    return table(
      ['Model', 'Version', 'Version id', 'Support end', 'SBOM components'],
      data.versions.map((v) => {
        const m = data.models.find((x) => x.id === v.modelId)!;
        return [`${m.manufacturer} ${m.name}`, v.version, v.id, v.supportEnd, data.components.get(v.id)?.length ?? 0];
      }),
    );
  });
}

async function computed(flags: FleetFlags, fn: (v: FleetView, scope: OrgScope) => Promise<string> | string): Promise<string> {
  const asOf = asOfOption(flags.asOf);
  return withOrg(flags, async (scope) => fn(await fleetView(scope, asOf), scope));
}

export async function fleetUnitsCommand(flags: FleetFlags): Promise<string> {
  return computed(flags, (v) => {
    if (formatOption(flags.format) === 'json') return json(v.exposures);
    const units = new Map(v.data.units.map((u) => [u.id, u]));
    return table(
      ['Unit', 'Site', 'Exposure', 'Criticality', 'Support', 'Open', 'KEV', 'Max CVSS'],
      v.exposures.map((e) => {
        const u = units.get(e.unitId)!;
        return [`${u.serial ?? u.assetTag ?? u.id}${e.worstCase ? ' (!)' : ''}`, e.site, e.exposure, e.criticality, e.support, e.openFindings, e.knownExploited, e.maxCvss];
      }),
    );
  });
}

export async function fleetFindingsCommand(flags: FleetFlags): Promise<string> {
  return computed(flags, (v) => {
    if (formatOption(flags.format) === 'json') return json({ asOf: v.asOf, findings: v.findings });
    return table(
      ['Finding key', 'Model', 'Severity', 'KEV', 'State', 'Via', 'Duties'],
      v.findings.map((f) => [
        f.key,
        `${f.model.manufacturer} ${f.model.name} ${f.model.version}`,
        `${f.severity}${f.cvss?.baseScore != null ? ` ${f.cvss.baseScore}` : ''}`,
        f.knownExploited ? `yes (${f.knownExploited.dateAdded})` : 'no',
        f.analysis.state,
        [...new Set(f.evidence.map((e) => `${e.via}:${e.advisoryId}${e.status === 'suggested' ? ' (unconfirmed)' : ''}`))].join('\n'),
        f.duties.filter((d) => d.status !== 'not-applicable').map((d) => `${d.status}: ${d.title} [${d.cites.map((c) => c.citation).join(', ')}]`).join('\n'),
      ]),
    );
  });
}

export async function fleetMatchCommand(flags: FleetFlags): Promise<string> {
  return computed(flags, (v) => {
    if (formatOption(flags.format) === 'json') return json(v.candidates);
    return table(
      ['Match key', 'Advisory product', 'Version text', 'Confidence', 'Decision'],
      v.candidates.map((c) => [c.key, `${c.vendor} ${c.product}`, c.versionText, `${c.confidence} ${c.level}`, c.decision ?? (c.level === 'high' ? 'counted (unconfirmed)' : 'awaiting review')]),
    );
  });
}

export async function fleetDecideCommand(matchKey: string, decision: 'confirmed' | 'rejected', flags: FleetFlags & { reason?: string }): Promise<string> {
  return computed(flags, async (v, scope) => {
    if (!v.candidates.some((c) => c.key === matchKey)) throw new CliError(`${matchKey}: no such match; \`iomt fleet match --org ${flags.org}\` lists them`);
    const d = await scope.fleet.decideMatch(matchKey, { decision, reason: flags.reason ?? null });
    return `Match ${d.matchKey} ${d.decision}.\n`;
  });
}

export async function fleetTriageCommand(findingKey: string, flags: FleetFlags & { state: string; justification?: string; detail?: string; exploitedInNetwork?: string }): Promise<string> {
  return computed(flags, async (v, scope) => {
    if (!v.findings.some((f) => f.key === findingKey)) throw new CliError(`${findingKey}: no such finding; \`iomt fleet findings --org ${flags.org}\` lists them`);
    const current = v.data.triage.find((t) => t.findingKey === findingKey)?.version ?? 0;
    const e = flags.exploitedInNetwork;
    if (e !== undefined && e !== 'yes' && e !== 'no' && e !== 'unknown') throw new CliError(`--exploited-in-network ${e}: expected yes, no or unknown`);
    const t = await scope.fleet.setTriage(findingKey, {
      state: flags.state as TriageState,
      justification: flags.justification ?? null,
      detail: flags.detail ?? null,
      exploitedInNetwork: e === 'yes' ? true : e === 'no' ? false : null,
      expectedVersion: current,
    });
    return `Finding ${t.findingKey}: ${t.state}${t.justification ? ` (${t.justification})` : ''}, triage version ${t.version}.\n`;
  });
}

export async function fleetHistoryCommand(findingKey: string, flags: FleetFlags): Promise<string> {
  return withOrg(flags, async (scope) => {
    const items = await scope.fleet.triageHistory(findingKey);
    if (formatOption(flags.format) === 'json') return json(items);
    return table(['When', 'Who', 'Change'], items.map((i) => [i.at, i.actor?.displayName ?? i.actorId, JSON.stringify(i.change)]));
  });
}

export async function fleetDashboardCommand(flags: FleetFlags): Promise<string> {
  return computed(flags, (v) => {
    const d = v.dashboard;
    if (formatOption(flags.format) === 'json') return json({ asOf: v.asOf, ...d });
    return [
      `Fleet on ${v.asOf}: ${d.units} units, ${d.exposedUnits} exposed, ${d.worstCase} out of support with a known-exploited vulnerability.`,
      table(['Site', 'Units', 'Exposed', 'Known exploited'], d.bySite.map((s) => [s.site, s.units, s.exposed, s.knownExploited])).trimEnd(),
      `By criticality: ${Object.entries(d.byCriticality).map(([k, x]) => `${k} ${x.exposed}/${x.units}`).join(', ')}`,
      `Support: ${Object.entries(d.bySupport).map(([k, n]) => `${k} ${n}`).join(', ')}; orphan units ${d.orphanUnits.length}; overdue triage ${d.overdueTriage.length}`,
      '',
    ].join('\n');
  });
}

export async function fleetVexCommand(flags: FleetFlags & { kind?: string }): Promise<string> {
  const kind = flags.kind ?? 'cyclonedx';
  if (!['cyclonedx', 'csaf', 'oscal-poam'].includes(kind)) throw new CliError(`--kind ${kind}: expected cyclonedx, csaf or oscal-poam`);
  return withOrg(flags, async (scope) => {
    const v = await fleetView(scope, asOfOption(flags.asOf));
    const org = await scope.organisation();
    const ctx = { organisation: org.name, at: new Date().toISOString() };
    return json(kind === 'cyclonedx' ? cycloneDxVex(v.findings, ctx) : kind === 'csaf' ? csafVex(v.findings, { ...ctx, namespace: `urn:iomt-compliance:org:${org.slug}` }) : oscalPoam(v.findings, ctx));
  });
}

export async function fleetIncidentCommand(findingKey: string, flags: FleetFlags & { aware: string }): Promise<string> {
  if (!isInstant(flags.aware)) throw new CliError(`--aware ${flags.aware}: expected an instant with its offset, e.g. 2026-12-07T09:30:00+01:00`);
  return computed(flags, async (v, scope) => {
    const f = v.findings.find((x) => x.key === findingKey);
    if (!f) throw new CliError(`${findingKey}: no such finding`);
    const i = await incidentFromFinding(scope, f, flags.aware);
    return `Opened incident ${i.id} (${i.title}); aware at ${flags.aware}. Plan it with the incidents API or page.\n`;
  });
}

export async function sbomImportCommand(file: string, flags: FleetFlags & { modelVersion: string }): Promise<string> {
  const doc = await readJson(file);
  return withOrg(flags, async (scope) => {
    const s = await importSbom(scope, flags.modelVersion, doc, '');
    return formatOption(flags.format) === 'json' ? json(s) : `Attached ${s.format} ${s.specVersion} SBOM (${s.components} components, sha256 ${s.sha256.slice(0, 12)}…) to model version ${s.modelVersionId}.\n`;
  });
}

export async function sbomListCommand(flags: FleetFlags): Promise<string> {
  return withOrg(flags, async (scope) => {
    const items = await scope.fleet.sboms();
    if (formatOption(flags.format) === 'json') return json(items);
    return table(['SBOM', 'Model version', 'Format', 'Components', 'Added'], items.map((s) => [s.id, s.modelVersionId, `${s.format} ${s.specVersion}`, s.components, s.createdAt]));
  });
}

export async function advisoriesImportCommand(files: string[], flags: FleetFlags & { kind?: string }): Promise<string> {
  if (flags.kind !== undefined && !['csaf', 'osv', 'kev'].includes(flags.kind)) throw new CliError(`--kind ${flags.kind}: expected csaf, osv or kev`);
  const docs: unknown[] = [];
  for (const f of files) docs.push(await readJson(f));
  return withOrg(flags, async (scope) => {
    const r = await importAdvisories(scope, docs, { ...(flags.kind ? { expected: flags.kind as 'csaf' } : {}), base: (i) => `${files[i]}#`, progress: progress('validating') });
    return formatOption(flags.format) === 'json' ? json(r) : `Imported ${docs.length} document(s): ${r.created} new, ${r.updated} replaced.\n`;
  });
}

export async function advisoriesListCommand(flags: FleetFlags & { source?: string }): Promise<string> {
  return withOrg(flags, async (scope) => {
    const items = [];
    let cursor: string | undefined;
    do {
      const page = await scope.fleet.advisories({ limit: 200, ...(cursor ? { cursor } : {}), ...(flags.source ? { source: flags.source } : {}) });
      items.push(...page.items);
      cursor = page.next ?? undefined;
    } while (cursor);
    if (formatOption(flags.format) === 'json') return json(items);
    return table(['Source', 'Id', 'Title', 'Updated', 'Imported'], items.map((a) => [a.source, a.externalId, a.title, a.updated, a.importedAt]));
  });
}

export async function mds2ImportCommand(file: string, flags: FleetFlags & { modelVersion: string }): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new CliError(`${file}: cannot read`);
  });
  const statement = mds2FromCsv(text);
  return withOrg(flags, async (scope) => {
    await scope.fleet.setMds2(flags.modelVersion, statement);
    const v = await mds2View(scope, flags.modelVersion);
    if (formatOption(flags.format) === 'json') return json(v);
    return [
      `Recorded ${Object.keys(statement.answers).length} answers${statement.skipped.length ? ` (${statement.skipped.length} rows without a readable question id: ${statement.skipped.map((s) => `row ${s.row} "${s.id}"`).join(', ')})` : ''}.`,
      table(['Question', 'Topic', 'Answer', 'Reading', 'Controls'], v.mapping.map((m) => [m.question.id, m.question.topic, m.answer, m.reading, m.question.controls.join(', ')])).trimEnd(),
      '',
    ].join('\n');
  });
}

export async function mds2CompareCommand(a: string, b: string, flags: FleetFlags): Promise<string> {
  return withOrg(flags, async (scope) => {
    const r = await mds2Compare(scope, a, b);
    if (formatOption(flags.format) === 'json') return json(r);
    if (r.changes.length === 0) return 'No answers differ.\n';
    return table(['Question', 'Before', 'After', 'Mapped'], r.changes.map((c) => [c.id, c.before, c.after, c.mapped ? 'yes' : '']));
  });
}
