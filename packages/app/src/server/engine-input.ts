/** Profiles and incident cases from request bodies, validated by the core's own parsers. */
import { isFactPath, parseIncidentCase, parseProfile, setFact } from '@iomt/core';
import type { IncidentCase, Profile, ProfileIssue } from '@iomt/core';
import { invalid, toPointer } from './problem.ts';
import type { FieldError, FieldLocation } from './problem.ts';

const fieldErrors = (issues: readonly ProfileIssue[], prefix: string, location: FieldLocation = 'body'): FieldError[] =>
  issues.map((i) => ({ pointer: prefix + i.pointer, in: location, ...(i.value !== undefined ? { value: i.value } : {}), expected: i.message.replace(/^expected /, '') }));

export function profileFrom(data: unknown, prefix = '/profile'): Profile {
  const r = parseProfile(data);
  if (!r.ok) throw invalid(fieldErrors(r.issues, prefix));
  return r.profile;
}

export function caseFrom(data: unknown, prefix = '/case'): IncidentCase {
  const r = parseIncidentCase(data);
  if (!r.ok) throw invalid(fieldErrors(r.issues, prefix));
  return r.incident;
}

/** Applies `{fact path: value}` changes to a profile; each bad path or value is named under `pointer`. */
export function changedProfile(profile: Profile, facts: Readonly<Record<string, unknown>>, pointer: readonly string[]): Profile {
  const unknownPaths = Object.keys(facts).filter((k) => !isFactPath(k));
  if (unknownPaths.length > 0) {
    throw invalid(
      unknownPaths.map((k) => ({ pointer: toPointer([...pointer, k]), in: 'body', value: facts[k], expected: 'a fact path from GET /api/v1/schema/profile, e.g. product.medicalDevice.class' })),
    );
  }
  let changed = profile;
  for (const [k, v] of Object.entries(facts)) changed = setFact(changed, k, v);
  const r = parseProfile(changed);
  if (!r.ok) {
    throw invalid(
      r.issues.map((i) => ({ pointer: toPointer([...pointer, i.path]), in: 'body', ...(i.value !== undefined ? { value: i.value } : {}), expected: i.message.replace(/^expected /, '') })),
    );
  }
  return r.profile;
}
