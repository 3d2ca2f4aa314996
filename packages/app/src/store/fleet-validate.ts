/** Checks on fleet input; each failure names the field (JSON pointer), the value and what is accepted. */
import { InvalidInputError } from './contract.ts';
import type { FleetSide, TriageState, TriState, UnitCriticality, UnitExposureClass } from './contract.ts';

export const EXPOSURES: readonly UnitExposureClass[] = ['internet-facing', 'segmented', 'isolated', 'unknown'];
export const CRITICALITIES: readonly UnitCriticality[] = ['high', 'medium', 'low', 'unknown'];
export const TRIAGE_STATES: readonly TriageState[] = ['under_investigation', 'affected', 'not_affected', 'fixed'];
export const JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;

export function oneOf<T extends string>(pointer: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new InvalidInputError(pointer, value, `one of ${allowed.join(', ')}`);
  return value as T;
}

/** A calendar date YYYY-MM-DD that exists, or null. */
export function optionalDate(pointer: string, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value) return value;
  }
  throw new InvalidInputError(pointer, value, 'a calendar date YYYY-MM-DD, or nothing');
}

export function optionalField(pointer: string, value: unknown, max = 200): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.length > max || /[\p{Cc}]/u.test(value)) throw new InvalidInputError(pointer, value, `a string of at most ${max} characters without control characters, or nothing`);
  return value.trim() || null;
}

export const side = (pointer: string, value: unknown): FleetSide => oneOf(pointer, value, ['manufacturer', 'hospital'] as const);
export const triState = (pointer: string, value: unknown): TriState => oneOf(pointer, value, ['true', 'false', 'unknown'] as const);
