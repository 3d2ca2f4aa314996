import type { Profile } from '../facts/profile-schema.ts';

/** A copy of the profile with one fact set (`null` makes it unknown); the input is not changed. */
export function setFact(profile: Profile, path: string, value: unknown): Profile {
  const copy = structuredClone(profile) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node[key] = next !== null && typeof next === 'object' ? next : {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (value === null || value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}
