/** `iomt fleet …`, `iomt sbom …` and `iomt advisories …`; each action loads its module on first use. */
import { Option } from 'commander';
import type { Command } from 'commander';
import type { FleetFlags } from './commands/fleet.ts';

/** Options as commander hands them over: every flag a string. */
type Flags = FleetFlags & { [flag: string]: string };

const org = () => new Option('--org <slug>', 'organisation slug').makeOptionMandatory();
const dataDir = () => new Option('--data-dir <dir>', 'directory of the SQLite store (default ./data; unused when DATABASE_URL is set)');
const format = (extra = '') => new Option('--format <format>', `table | json${extra}`).default('table');
const asOf = () => new Option('--as-of <date>', 'compute at this date (YYYY-MM-DD; default today)');
const load = () => import('./commands/fleet.ts');

export function registerFleetCommands(program: Command, write: (s: string) => void): void {
  const fleet = program.command('fleet').description('device models and installed units, matched against advisories: findings, duties, exposure');
  const common = (c: Command) => c.addOption(org()).addOption(dataDir());

  common(fleet.command('settings').description('show or change the fleet settings'))
    .option('--side <side>', 'manufacturer | hospital')
    .option('--nis2-entity <value>', 'true | false | unknown (hospital: an essential or important entity under NIS2)')
    .option('--triage-days <n>', 'days a finding may stay under investigation')
    .addOption(format())
    .action(async (flags: Flags) => write(await (await load()).fleetSettingsCommand(flags)));
  common(fleet.command('import').argument('<file>', 'inventory as .csv or .json').description('import models, versions and units (all or nothing)'))
    .addOption(format())
    .action(async (file: string, flags: Flags) => write(await (await load()).fleetImportCommand(file, flags)));
  common(fleet.command('export').description('export the inventory'))
    .addOption(new Option('--format <format>', 'json | csv').default('json'))
    .action(async (flags: Flags) => write(await (await load()).fleetExportCommand(flags)));
  common(fleet.command('models').description('list device models and their versions')).addOption(format()).action(async (flags: Flags) => write(await (await load()).fleetModelsCommand(flags)));
  common(fleet.command('list').description('list units, worst exposure first')).addOption(asOf()).addOption(format()).action(async (flags: Flags) => write(await (await load()).fleetUnitsCommand(flags)));
  common(fleet.command('match').description('advisory products matched to model versions, with confidence'))
    .addOption(asOf())
    .addOption(format())
    .action(async (flags: Flags) => write(await (await load()).fleetMatchCommand(flags)));
  for (const [name, decision] of [['confirm', 'confirmed'], ['reject', 'rejected']] as const) {
    common(fleet.command(name).argument('<matchKey>', 'a key from `iomt fleet match`').description(`${name} a match`))
      .option('--reason <text>', 'why')
      .action(async (key: string, flags: Flags) => write(await (await load()).fleetDecideCommand(key, decision, flags)));
  }
  common(fleet.command('findings').description('findings with severity, exploitation, triage and duties')).addOption(asOf()).addOption(format()).action(async (flags: Flags) => write(await (await load()).fleetFindingsCommand(flags)));
  common(fleet.command('triage').argument('<findingKey>', 'a key from `iomt fleet findings`').description('record the analysis of a finding (audited)'))
    .requiredOption('--state <state>', 'under_investigation | affected | not_affected | fixed')
    .option('--justification <j>', 'with not_affected: component_not_present | vulnerable_code_not_present | vulnerable_code_not_in_execute_path | vulnerable_code_cannot_be_controlled_by_adversary | inline_mitigations_already_exist')
    .option('--detail <text>', 'why')
    .option('--exploited-in-network <v>', 'yes | no | unknown')
    .action(async (key: string, flags: Flags & { state: string }) => write(await (await load()).fleetTriageCommand(key, flags)));
  common(fleet.command('history').argument('<findingKey>').description('the triage history of a finding')).addOption(format()).action(async (key: string, flags: Flags) => write(await (await load()).fleetHistoryCommand(key, flags)));
  common(fleet.command('dashboard').description('exposed units by site, criticality and exploitation; orphans; overdue triage')).addOption(asOf()).addOption(format()).action(async (flags: Flags) => write(await (await load()).fleetDashboardCommand(flags)));
  common(fleet.command('vex').description('export VEX (CycloneDX 1.6 or CSAF 2.0) or an OSCAL POA&M'))
    .option('--kind <kind>', 'cyclonedx | csaf | oscal-poam', 'cyclonedx')
    .addOption(asOf())
    .action(async (flags: Flags) => write(await (await load()).fleetVexCommand(flags)));
  common(fleet.command('incident').argument('<findingKey>').description('start an incident plan from a finding'))
    .requiredOption('--aware <instant>', 'when you became aware, with offset')
    .action(async (key: string, flags: Flags & { aware: string }) => write(await (await load()).fleetIncidentCommand(key, flags)));

  const mds2 = fleet.command('mds2').description('MDS2 (ANSI/NEMA HN 1-2019) statements of model versions');
  common(mds2.command('import').argument('<csv>', 'the form saved as CSV').description('record the MDS2 of a model version'))
    .requiredOption('--model-version <id>', 'model version id')
    .addOption(format())
    .action(async (file: string, flags: Flags & { modelVersion: string }) => write(await (await load()).mds2ImportCommand(file, flags)));
  common(mds2.command('compare').argument('<a>', 'model version id').argument('<b>', 'model version id').description('what changed between two statements'))
    .addOption(format())
    .action(async (a: string, b: string, flags: Flags) => write(await (await load()).mds2CompareCommand(a, b, flags)));

  const sbom = program.command('sbom').description('SBOMs of model versions (CycloneDX 1.4–1.6, SPDX 2.3 JSON)');
  common(sbom.command('import').argument('<file>').description('validate an SBOM and attach it to a model version'))
    .requiredOption('--model-version <id>', 'model version id (see `iomt fleet models`)')
    .addOption(format())
    .action(async (file: string, flags: Flags & { modelVersion: string }) => write(await (await load()).sbomImportCommand(file, flags)));
  common(sbom.command('list').description('list SBOMs')).addOption(format()).action(async (flags: Flags) => write(await (await load()).sbomListCommand(flags)));

  const adv = program.command('advisories').description('CSAF 2.0 advisories, OSV records and the CISA KEV catalog');
  common(adv.command('import').argument('<files...>').description('validate and import documents (all or nothing)'))
    .option('--kind <kind>', 'csaf | osv | kev (default: from the document)')
    .addOption(format())
    .action(async (files: string[], flags: Flags) => write(await (await load()).advisoriesImportCommand(files, flags)));
  common(adv.command('list').description('list imported advisories')).option('--source <source>', 'csaf | osv | kev').addOption(format()).action(async (flags: Flags) => write(await (await load()).advisoriesListCommand(flags)));
}
