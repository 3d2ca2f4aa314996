import { knowledgeBase, profileJsonSchema } from '@iomt/core';

export const schemaCommand = (): string => JSON.stringify(profileJsonSchema(), null, 2) + '\n';

export function scenariosCommand(flags: { format?: string }): string {
  if (flags.format === 'json') return JSON.stringify(knowledgeBase.scenarios, null, 2) + '\n';
  return (
    knowledgeBase.scenarios
      .map((s) => `${s.id}\n  ${s.title} — ${s.reference}\n  ${s.status}\n  ${s.summary}\n  acts: ${s.acts.join(', ')}`)
      .join('\n\n') + '\n'
  );
}
