/**
 * Import of a previous assessment state (JSON text) to continue it: parsed, validated against
 * the state format, and brought up to the current selection. Errors name the JSON pointer, the
 * value and the expectation; nothing is changed on error.
 */
import { continueGapState, describeGapStateIssue, parseGapState } from '@iomt/core';
import type { ControlSelection, GapState, GapStateIssue } from '@iomt/core';

export type StateImport = { ok: true; state: GapState } | { ok: false; messages: string[]; issues: GapStateIssue[] };

/** Parses and validates a state document given as JSON text. */
export function importGapState(json: string): StateImport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const message = `not valid JSON: ${(e as Error).message}`;
    return { ok: false, messages: [message], issues: [{ pointer: '', expected: 'a JSON document' }] };
  }
  const parsed = parseGapState(data);
  if (parsed.ok) return { ok: true, state: parsed.state };
  return { ok: false, messages: parsed.issues.map(describeGapStateIssue), issues: parsed.issues };
}

/** Imports a state and continues it against the current selection (new controls start as not-started). */
export function continueImportedState(json: string, selection: ControlSelection): StateImport {
  const r = importGapState(json);
  return r.ok ? { ok: true, state: continueGapState(r.state, selection) } : r;
}
