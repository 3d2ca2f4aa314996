/** Reading and writing dotted fact paths (`product.medicalDevice.class`) in a profile object, immutably. */

export type ProfileObject = Record<string, unknown>;

export function readFactValue(profile: ProfileObject, path: string): unknown {
  let node: unknown = profile;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function writeFactValue(profile: ProfileObject, path: string, value: unknown): ProfileObject {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return profile;
  if (rest.length === 0) {
    const copy = { ...profile };
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = profile[head];
  const base = child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as ProfileObject) : {};
  const next = writeFactValue(base, rest.join('.'), value);
  // Unsetting the last fact of a group removes the group, so an undone answer leaves no trace.
  if (value === undefined && Object.keys(next).length === 0) {
    const copy = { ...profile };
    delete copy[head];
    return copy;
  }
  return { ...profile, [head]: next };
}
