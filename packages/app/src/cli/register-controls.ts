/** The control catalogue, gap assessments and the exchange-format exports built on them. */
import { Option } from 'commander';
import type { Command } from 'commander';
import type { controlsClosesCommand } from './commands/controls.ts';
import type { ExportFlags } from './commands/export.ts';
import type { GapFlags } from './commands/gap.ts';
import { asOfFlag, collect, formatFlag } from './flags.ts';
import type { Write } from './flags.ts';

const controlsModule = () => import('./commands/controls.ts');
const exportModule = () => import('./commands/export.ts');

export function registerControlsCommands(program: Command, write: Write): void {
  const controls = program.command('controls').description('the catalogue of cybersecurity controls mapped to the acts and standards');
  controls
    .command('list')
    .description('list the controls, optionally only those mapped to one act')
    .option('--act <id>', 'act id, e.g. cra, nis2, mdr')
    .addOption(formatFlag())
    .action(async (flags: { act?: string; format?: string }) => write((await controlsModule()).controlsListCommand(flags)));
  controls
    .command('map')
    .argument('<provision>', 'provision id, e.g. nis2:art-21(2)(j) or nis2:art-21 for all its points')
    .description('which controls cover a provision')
    .addOption(formatFlag())
    .action(async (provision: string, flags: { format?: string }) => write((await controlsModule()).controlsMapCommand(provision, flags)));
  controls
    .command('closes')
    .argument('<control>', 'control id, e.g. ctl-incident-handling (see `iomt controls list`)')
    .description('what one control closes across acts: the provisions it meets and the duties it serves')
    .option('--profile <file>', 'only the duties of this profile (YAML or JSON)')
    .addOption(asOfFlag())
    .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect)
    .addOption(formatFlag())
    .action(async (control: string, flags: Parameters<typeof controlsClosesCommand>[1]) => write((await controlsModule()).controlsClosesCommand(control, flags)));

  program
    .command('gap')
    .argument('[file]', 'profile in YAML or JSON')
    .description('gap assessment: the controls the profile\'s duties require, coverage per act, provision and category, gaps ranked')
    .option('--assessment <state>', 'saved assessment state (JSON, iomt-gap-assessment/1) to evaluate or continue')
    .option('--init', 'print a starting assessment state for the selected controls (continues --assessment if given)')
    .option('--schema', 'print the JSON Schema of assessment states')
    .addOption(new Option('--as-of <date>', 'assess the law on this date (YYYY-MM-DD; default the state\'s date, else today)'))
    .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect)
    .addOption(new Option('--format <format>', 'table | markdown | html | csv | json').default('table'))
    .action(async (file: string | undefined, flags: GapFlags) => {
      const { gapCommand } = await import('./commands/gap.ts');
      write(gapCommand(file, flags));
    });

  const exporter = program.command('export').description('exports in exchange formats');
  exporter
    .command('oscal')
    .argument('<model>', 'catalog | profile | assessment-results')
    .argument('[file]', 'profile in YAML or JSON (for profile and assessment-results)')
    .description('OSCAL 1.2.1 JSON: the control catalog, a product\'s control selection, or its assessment results')
    .option('--assessment <state>', 'saved assessment state (for assessment-results)')
    .addOption(new Option('--as-of <date>', 'date of the assessment (YYYY-MM-DD; default the state\'s date, else today)'))
    .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect)
    .action(async (model: string, file: string | undefined, flags: ExportFlags) => write((await exportModule()).exportOscalCommand(model, file, flags)));
  exporter
    .command('ciso-assistant')
    .description('the control catalogue as a CISO Assistant framework library (YAML)')
    .addOption(new Option('--as-of <date>', 'publication date of the library (YYYY-MM-DD; default today)'))
    .action(async (flags: ExportFlags) => write((await exportModule()).exportCisoAssistantCommand(flags)));
}
