/**
 * Reads a profile from a YAML or JSON file and validates it. Errors name the file, the field
 * (JSON pointer), its line, the value found and what was expected.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { parseProfile } from '@iomt/core';
import type { Profile, ProfileIssue } from '@iomt/core';
import { CliError } from './cli-error.ts';

export function loadProfile(file: string): Profile {
  return loadDocument(file, parseProfile);
}

type Parser<T> = (data: unknown) => { ok: true; value: T } | { ok: false; issues: ProfileIssue[] };

const profileParser: Parser<Profile> = (data) => {
  const r = parseProfile(data);
  return r.ok ? { ok: true, value: r.profile } : r;
};

/** Reads a YAML or JSON file and validates it; errors name the file, line, field and expectation. */
export function loadDocument<T>(file: string, parse: Parser<T> | typeof parseProfile): T {
  const parser = (parse === parseProfile ? profileParser : parse) as Parser<T>;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: cannot read the profile file (${code === 'ENOENT' ? 'no such file' : code ?? 'unreadable'})`);
  }
  const lineCounter = new LineCounter();
  // YAML 1.2 is a superset of JSON, so one parser serves both and gives line numbers for both.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const at = lineCounter.linePos(syntax.pos[0]);
    throw new CliError(`${file}:${at.line}:${at.col}: not valid YAML or JSON: ${syntax.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new CliError(`${file}: expected a mapping with \`product\` and/or \`organisation\` at the top level`);
  }
  const parsed = parser(data);
  if (parsed.ok) return parsed.value;
  const lines = parsed.issues.map((issue) => {
    const segments = issue.path === '' ? [] : issue.path.split('.');
    const node = doc.getIn(segments, true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? `:${lineCounter.linePos(node.range[0]).line}` : '';
    const value = issue.value === undefined || typeof issue.value === 'object' ? '' : ` (found ${JSON.stringify(issue.value)})`;
    return `${file}${line}: ${issue.pointer}: ${issue.message}${value}`;
  });
  throw new CliError(lines.join('\n'));
}
