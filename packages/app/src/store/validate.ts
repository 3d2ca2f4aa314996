/** Checks on caller input; each failure names the field (JSON pointer), the value and what is accepted. */
import { InvalidInputError, ROLES } from './contract.ts';
import type { IncidentStatus, Role } from './contract.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;
const MAX_NAME_LENGTH = 200;

export function text(pointer: string, value: unknown, max = MAX_NAME_LENGTH): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw new InvalidInputError(pointer, value, `a non-empty string of at most ${max} characters`);
  }
  return value.trim();
}

export function optionalText(pointer: string, value: unknown, max = 4000): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > max) throw new InvalidInputError(pointer, value, `a string of at most ${max} characters, or null`);
  return value;
}

export function email(pointer: string, value: unknown): string {
  if (typeof value !== 'string' || value.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())) {
    throw new InvalidInputError(pointer, value, 'an e-mail address such as name@example.org');
  }
  return value.trim().toLowerCase();
}

export function password(pointer: string, value: unknown): string {
  if (typeof value !== 'string' || value.length < MIN_PASSWORD_LENGTH || value.length > MAX_PASSWORD_LENGTH) {
    // The value is never echoed: only its length.
    const shown = typeof value === 'string' ? `(a password of ${value.length} characters)` : value;
    throw new InvalidInputError(pointer, shown, `a password of at least ${MIN_PASSWORD_LENGTH} characters (at most ${MAX_PASSWORD_LENGTH})`);
  }
  return value;
}

export function slug(pointer: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(value)) {
    throw new InvalidInputError(pointer, value, 'a slug of 1–64 lower-case letters, digits and inner hyphens, e.g. "acme-medical"');
  }
  return value;
}

export function role(pointer: string, value: unknown): Role {
  if (typeof value !== 'string' || !(ROLES as readonly string[]).includes(value)) {
    throw new InvalidInputError(pointer, value, `one of ${ROLES.join(', ')}`);
  }
  return value as Role;
}

export function status(pointer: string, value: unknown): IncidentStatus {
  if (value !== 'open' && value !== 'closed') throw new InvalidInputError(pointer, value, 'one of open, closed');
  return value;
}

export function positiveInt(pointer: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new InvalidInputError(pointer, value, 'a whole number from 1');
  }
  return value;
}

/** A JSON document to store: it must survive a JSON round trip and stay within a size bound. */
export function document(pointer: string, value: unknown, maxBytes = 2_000_000): string {
  if (value === undefined) throw new InvalidInputError(pointer, value, 'a JSON document');
  let textValue: string | undefined;
  try {
    textValue = JSON.stringify(value);
  } catch {
    textValue = undefined;
  }
  if (textValue === undefined) throw new InvalidInputError(pointer, typeof value, 'a JSON document');
  if (Buffer.byteLength(textValue) > maxBytes) throw new InvalidInputError(pointer, `(${Buffer.byteLength(textValue)} bytes)`, `a JSON document of at most ${maxBytes} bytes`);
  return textValue;
}

export function instant(pointer: string, value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new InvalidInputError(pointer, value, 'an ISO 8601 instant such as 2027-01-31T00:00:00Z');
  }
  return new Date(value).toISOString();
}

export function date(pointer: string, value: unknown): string {
  // Date.parse rolls 2027-02-30 over to 2 March, so the day must survive the round trip.
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new InvalidInputError(pointer, value, 'a real calendar date YYYY-MM-DD');
  }
  return value;
}

export function id(pointer: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 100) throw new InvalidInputError(pointer, value, 'an id');
  return value;
}

export function stringList(pointer: string, value: unknown, maxItems = 100): string[] {
  if (!Array.isArray(value) || value.length > maxItems) throw new InvalidInputError(pointer, value, `a list of at most ${maxItems} strings`);
  value.forEach((v, i) => text(`${pointer}/${i}`, v, 200));
  return value as string[];
}
