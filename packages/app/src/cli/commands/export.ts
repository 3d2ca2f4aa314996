/**
 * `iomt export oscal catalog|profile|assessment-results [FILE] [--assessment STATE.json]`: the
 * catalogue, a product's control selection and its gap assessment as OSCAL 1.2.1 JSON.
 */
import { stringify } from 'yaml';
import { cisoAssistantLibrary } from '../../export/ciso-assistant.ts';
import { oscalAssessmentResults } from '../../export/oscal-assessment-results.ts';
import { oscalCatalog } from '../../export/oscal-catalog.ts';
import { oscalProfile } from '../../export/oscal-profile.ts';
import { CliError } from '../cli-error.ts';
import { asOfOption } from '../options.ts';
import { gapInputs, gapResultOf } from './gap.ts';

export interface ExportFlags {
  assessment?: string;
  asOf?: string;
  scenario?: string[];
}

const MODELS = ['catalog', 'profile', 'assessment-results'] as const;

export function exportOscalCommand(model: string, file: string | undefined, flags: ExportFlags): string {
  if (!(MODELS as readonly string[]).includes(model)) throw new CliError(`export oscal ${model}: expected one of ${MODELS.join(', ')}`);
  if (model === 'catalog') {
    if (file !== undefined) throw new CliError(`export oscal catalog: takes no profile file (found ${file})`);
    return JSON.stringify(oscalCatalog(asOfOption(flags.asOf)), null, 2) + '\n';
  }
  if (file === undefined) throw new CliError(`export oscal ${model}: a profile file is required`);
  if (model === 'profile' && flags.assessment !== undefined) throw new CliError('export oscal profile: --assessment is only for assessment-results');
  const inputs = gapInputs(file, flags);
  const doc = model === 'profile' ? oscalProfile(inputs.selection, inputs.product) : oscalAssessmentResults(gapResultOf(inputs));
  return JSON.stringify(doc, null, 2) + '\n';
}

/** `iomt export ciso-assistant`: the catalogue as a CISO Assistant framework library (YAML). */
export function exportCisoAssistantCommand(flags: Pick<ExportFlags, 'asOf'>): string {
  return stringify(cisoAssistantLibrary(asOfOption(flags.asOf)), { lineWidth: 0 });
}
