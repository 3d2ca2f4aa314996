import { assess, openQuestions } from '@iomt/core';
import { markdownQuestions } from '../format/markdown.ts';
import { renderQuestions } from '../format/terminal.ts';
import { asOfOption, formatOption, scenarioOption } from '../options.ts';
import { loadProfile } from '../profile-file.ts';

export function questionsCommand(file: string, flags: { asOf?: string; scenario?: string[]; format?: string }): string {
  const format = formatOption(flags.format);
  const options = { asOf: asOfOption(flags.asOf), scenarios: scenarioOption(flags.scenario) };
  const profile = loadProfile(file);
  // Also the facts that decide an open classification: when this list is empty, nothing askable is open.
  const qs = openQuestions(profile, options);
  if (format === 'json') return JSON.stringify({ asOf: options.asOf, questions: qs }, null, 2) + '\n';
  if (format === 'markdown') return markdownQuestions(qs);
  return renderQuestions(qs, assess(profile, { ...options, explain: false }));
}
