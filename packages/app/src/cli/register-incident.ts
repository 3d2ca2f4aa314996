/** Incident notification planning: every duty, recipient and deadline of one incident. */
import { Option } from 'commander';
import type { Command } from 'commander';
import type { IncidentFlags } from './commands/incident.ts';
import { collect, formatFlag } from './flags.ts';
import type { Write } from './flags.ts';

const incidentModule = () => import('./commands/incident.ts');

export function registerIncidentCommands(program: Command, write: Write): void {
  const incident = program.command('incident').description('incident notification planning: every duty, recipient and deadline');
  const incidentFlags = (c: Command) =>
    c
      .argument('<file>', 'incident case in YAML or JSON (profile, incident facts and timeline)')
      .option('--now <instant>', 'plan as at this instant (ISO with offset; default now)')
      .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect);
  incidentFlags(incident.command('plan').description('every notification duty with its deadline, recipient and content'))
    .addOption(formatFlag())
    .action(async (file: string, flags: IncidentFlags) => write((await incidentModule()).incidentPlanCommand(file, flags)));
  incidentFlags(incident.command('ics').description('the deadlines as an iCalendar file, one event per step, with alarms'))
    .action(async (file: string, flags: IncidentFlags) => write((await incidentModule()).incidentIcsCommand(file, flags)));
  incidentFlags(incident.command('report').description('the merged dossier rendered for one regime'))
    .requiredOption('--regime <act>', 'act id, e.g. gdpr, nis2, mdr')
    .addOption(new Option('--format <format>', 'markdown | html | json').default('markdown'))
    .action(async (file: string, flags: IncidentFlags) => write((await incidentModule()).incidentReportCommand(file, flags)));
}
