/**
 * What a problem document may quote of a submitted value: secrets never, and of anything else a
 * bounded preview, so an error answer can neither leak a password nor grow (or recurse) with the input.
 */

/** Field names whose values are never echoed (passwords, tokens, secrets, keys). */
const SECRET_FIELD = /pass(word)?|secret|token|api[-_]?key|credential/i;

const MAX_STRING = 100;
const MAX_ENTRIES = 10;
const MAX_DEPTH = 2;
/** Field errors listed in one answer; the detail counts the rest. */
export const MAX_FIELD_ERRORS = 20;

/** True when the JSON pointer's last segment names a secret field. */
export const isSecretPointer = (pointer: string): boolean => SECRET_FIELD.test(pointer.slice(pointer.lastIndexOf('/') + 1));

/** A copy of `value` cut to a few levels, entries and characters; deeper parts become "…". */
export function previewValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? String(value) : value;
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ENTRIES).map((v) => previewValue(v, depth + 1));
    return value.length > MAX_ENTRIES ? [...items, `… ${value.length - MAX_ENTRIES} more`] : items;
  }
  const entries = Object.entries(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries.slice(0, MAX_ENTRIES)) out[k] = SECRET_FIELD.test(k) ? '[redacted]' : previewValue(v, depth + 1);
  if (entries.length > MAX_ENTRIES) out['…'] = `${entries.length - MAX_ENTRIES} more fields`;
  return out;
}
