import { assess, contrast } from '@iomt/core';
import type { Contrast } from '@iomt/core';
import { parseContrast } from '../contrast-arg.ts';
import { markdownAssessment } from '../format/markdown.ts';
import { renderAssessment } from '../format/terminal.ts';
import { asOfOption, formatOption, horizonOption, scenarioOption } from '../options.ts';
import { loadProfile } from '../profile-file.ts';

export interface AssessFlags {
  asOf?: string;
  scenario?: string[];
  contrast?: string[];
  format?: string;
  horizon?: string;
}

export function assessCommand(file: string, flags: AssessFlags): string {
  const format = formatOption(flags.format);
  const options = {
    asOf: asOfOption(flags.asOf),
    scenarios: scenarioOption(flags.scenario),
    horizonMonths: horizonOption(flags.horizon),
  };
  const profile = loadProfile(file);
  const variant = parseContrast(flags.contrast ?? [], profile);
  const result = assess(profile, options);
  const contrasts: Contrast[] = variant ? [contrast(profile, options, variant)] : [];
  if (format === 'json') {
    const [c] = contrasts;
    const json = c ? { ...result, contrast: { variant: c.variant, acts: c.acts, obligations: c.obligations } } : result;
    return JSON.stringify(json, null, 2) + '\n';
  }
  return format === 'markdown' ? markdownAssessment(result, contrasts) : renderAssessment(result, contrasts);
}
