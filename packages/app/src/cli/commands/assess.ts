import { assess, classify, contrast } from '@iomt/core';
import type { ClassifyResult, Contrast } from '@iomt/core';
import { parseContrast } from '../contrast-arg.ts';
import { markdownAssessment } from '../format/markdown.ts';
import { renderAssessment } from '../format/terminal.ts';
import { asOfOption, formatOption, horizonOption, scenarioOption } from '../options.ts';
import { loadProfile } from '../profile-file.ts';
import type { ClassificationSummary } from '../format/classification-summary.ts';

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
  const classes = classificationSummary(classify(profile, { ...options, explain: false }));
  const contrasts: Contrast[] = variant ? [contrast(profile, options, variant)] : [];
  if (format === 'json') {
    const [c] = contrasts;
    const json = {
      ...result,
      classifications: classes,
      ...(c ? { contrast: { variant: c.variant, acts: c.acts, obligations: c.obligations } } : {}),
    };
    return JSON.stringify(json, null, 2) + '\n';
  }
  return format === 'markdown' ? markdownAssessment(result, contrasts, classes) : renderAssessment(result, contrasts, classes);
}

/** The classifications in brief, for the assessment report (`iomt classify` gives the detail). */

export function classificationSummary(r: ClassifyResult): ClassificationSummary[] {
  return r.classifications.map((c) => ({
    classifier: c.classifier,
    title: c.title,
    status: c.status,
    outcomes: c.outcomes,
    possible: c.possible,
    ...(c.label ? { label: c.label } : {}),
    ...(c.appliesFrom ? { appliesFrom: c.appliesFrom } : {}),
    source: c.source,
    decidedBy: c.decidedBy.map((d) => d.citation),
  }));
}
