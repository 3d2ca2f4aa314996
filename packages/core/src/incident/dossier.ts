/**
 * The written dossier of an incident: `{ fieldId: value }` over the catalogue of
 * `kb/incident-dossier.ts`, written once and rendered into each regime's report. Values are
 * typed by the catalogue: text and choices are strings, date-times are instants with their
 * offset, numbers are non-negative, lists are lists of strings.
 */
import { z } from 'zod';
import { DOSSIER_FIELDS, dossierField } from '../kb/incident-dossier.ts';
import type { DossierField, DossierFieldType } from '../kb/incident-dossier.ts';
import { Temporal } from '../time/temporal.ts';

export type DossierValue = string | number | readonly string[];
export type DossierValues = Readonly<Record<string, DossierValue>>;

/** Bounds that keep a stored case small enough to render and audit. */
export const DOSSIER_LIMITS = { textChars: 20_000, listItems: 200, itemChars: 2_000 } as const;

function isOffsetInstant(value: string): boolean {
  try {
    Temporal.Instant.from(value);
    return true;
  } catch {
    return false;
  }
}

/** The zod schema of one field's value, as the catalogue types it. */
export function dossierValueSchema(f: DossierField): z.ZodType {
  switch (f.type) {
    case 'text':
      return z.string().trim().min(1).max(DOSSIER_LIMITS.textChars);
    case 'date-time':
      return z.string().max(64).refine(isOffsetInstant, { message: 'an instant with its offset, e.g. 2026-11-20T10:17:00+01:00' }).meta({ format: 'date-time' });
    case 'number':
      return z.number().finite().nonnegative();
    case 'list':
      return z.array(z.string().trim().min(1).max(DOSSIER_LIMITS.itemChars)).max(DOSSIER_LIMITS.listItems);
    case 'choice':
      return z.enum(f.options as [string, ...string[]]);
  }
}

/** One optional property per catalogue field, so the case's JSON Schema documents each field. */
export const DossierSchema = z
  .strictObject(Object.fromEntries(DOSSIER_FIELDS.map((f) => [f.id, dossierValueSchema(f).optional().meta({ title: f.label, description: f.description })])))
  .meta({ description: 'The merged incident dossier: the information the notification steps ask for, by field id of the dossier catalogue, written once for every regime.' });

const TYPE_EXPECTATION: Readonly<Record<Exclude<DossierFieldType, 'choice'>, string>> = {
  text: `non-empty text of at most ${DOSSIER_LIMITS.textChars.toLocaleString('en')} characters`,
  'date-time': 'an instant with its offset, e.g. 2026-11-20T10:17:00+01:00 or 2026-11-20T09:17:00Z',
  number: 'a number, zero or more',
  list: `a list of at most ${DOSSIER_LIMITS.listItems} non-empty texts`,
};

/** What a field's value must be, in words, for error messages. */
export function dossierExpectation(f: DossierField): string {
  const what = f.type === 'choice' ? `one of: ${(f.options ?? []).map((o) => JSON.stringify(o)).join(', ')}` : TYPE_EXPECTATION[f.type];
  return `${what} (“${f.label}”)`;
}

export const UNKNOWN_DOSSIER_FIELD = `a field id of the dossier catalogue: ${DOSSIER_FIELDS.map((f) => f.id).join(', ')}`;

export interface DossierIssue {
  /** JSON pointer relative to the dossier object. */
  readonly pointer: string;
  readonly value?: unknown;
  readonly expected: string;
}

const escapePointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks values against the catalogue, one issue per offending field. With `allowNull`, `null`
 * stands for "remove the field" (a merge request) and is accepted.
 */
export function checkDossierValues(values: Readonly<Record<string, unknown>>, options: { allowNull?: boolean } = {}): DossierIssue[] {
  const issues: DossierIssue[] = [];
  for (const [id, value] of Object.entries(values)) {
    const pointer = `/${escapePointer(id)}`;
    const field = dossierField(id);
    if (!field) {
      issues.push({ pointer, ...(value !== undefined ? { value } : {}), expected: UNKNOWN_DOSSIER_FIELD });
      continue;
    }
    if (value === null && options.allowNull) continue;
    if (!dossierValueSchema(field).safeParse(value).success) issues.push({ pointer, ...(value !== undefined ? { value } : {}), expected: dossierExpectation(field) });
  }
  return issues;
}

/**
 * A written dossier with `changes` merged in: a value replaces the field's value, `null` removes
 * the field. The caller validates the changes first (`checkDossierValues` with `allowNull`).
 */
export function mergeDossier(current: DossierValues | undefined, changes: Readonly<Record<string, unknown>>): Record<string, DossierValue> {
  const next: Record<string, DossierValue> = { ...current };
  for (const [id, value] of Object.entries(changes)) {
    if (value === null) delete next[id];
    else next[id] = typeof value === 'string' ? value.trim() : Array.isArray(value) ? (value as string[]).map((v) => v.trim()) : (value as DossierValue);
  }
  return next;
}
