/**
 * Bad input to the time functions. They throw it (never return partial results) so a caller
 * cannot use a deadline computed from a half-valid query; the edges (CLI exit code 2, HTTP
 * problem+json) turn it into a message naming the field. Same shape and message format as the
 * engine's `InputError`, which the time module cannot import without pulling in the knowledge
 * base.
 */
export class TimeInputError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(`${field}: ${show(value)} is not valid; expected ${expected}`);
    this.name = 'TimeInputError';
  }
}

function show(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
