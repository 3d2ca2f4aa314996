/**
 * The assessment state document: schema, validation with errors that name the JSON pointer, the
 * value and the expectation, a starting state for a selection, and continuing an older state.
 */
import { z } from 'zod';
import { controlById } from '../kb/controls/index.ts';
import { InputError } from '../engine/options.ts';
import { isIsoDate } from '../time/plain-date.ts';
import { CONTROL_STATUSES, GAP_STATE_SCHEMA } from './types.ts';
import type { ControlSelection, ControlState, GapState, GapStateIssue, GapStateParse } from './types.ts';

const DATE = 'a calendar date as YYYY-MM-DD';
const isoDate = () => z.string().refine(isIsoDate, { message: DATE }).meta({ format: 'date' });
const text = (what: string) => z.string().trim().min(1, { message: `a non-empty ${what}` });

const EvidenceSchema = z.strictObject({
  name: text('file name').meta({ description: 'File name of the evidence.' }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { message: 'a SHA-256 hash as 64 lowercase hexadecimal digits' })
    .meta({ description: 'SHA-256 of the file content.' }),
  url: z.url({ message: 'an absolute URL, e.g. https://…' }).optional().meta({ description: 'Where the evidence is kept.' }),
});

const ControlStateSchema = z
  .strictObject({
    status: z.enum(CONTROL_STATUSES as [string, ...string[]]).meta({ description: 'Where the control stands.' }),
    justification: z.string().optional().meta({ description: 'Why the control does not apply; required with not-applicable.' }),
    owner: z.string().optional(),
    due: isoDate().optional().meta({ description: 'Due date, YYYY-MM-DD.' }),
    notes: z.string().optional(),
    evidence: z.array(EvidenceSchema).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.status === 'not-applicable' && (s.justification ?? '').trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['justification'], message: 'a justification (non-empty text) when status is "not-applicable"' });
    }
  });

export const GapStateSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schema: z.literal(GAP_STATE_SCHEMA).meta({ description: 'Format identifier.' }),
    product: text('product name').meta({ description: 'Name of the product or organisation assessed.' }),
    profile: z.string().optional().meta({ description: 'Id of the profile this state belongs to.' }),
    asOf: isoDate().meta({ description: 'Date the state was last brought up to date.' }),
    controls: z
      .record(z.string(), ControlStateSchema)
      .superRefine((controls, ctx) => {
        for (const id of Object.keys(controls)) {
          if (!controlById(id)) {
            ctx.addIssue({ code: 'custom', path: [id], message: 'a control id of the catalogue (see `iomt controls list`)' });
          }
        }
      })
      .meta({ description: 'State per control id of the catalogue; controls left out count as not started.' }),
  })
  .meta({
    title: 'iomt-compliance gap assessment state',
    description: 'Statuses, owners, due dates, notes and evidence of the controls a profile requires.',
  });

const pointerOf = (path: readonly PropertyKey[]) =>
  '/' + path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function expectationOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `no field of this name in the ${GAP_STATE_SCHEMA} format`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'an array' : `a ${issue.expected}`;
    default:
      return issue.message;
  }
}

/** Validates an untrusted state document; every problem names its JSON pointer, value and expectation. */
export function parseGapState(input: unknown): GapStateParse {
  const result = GapStateSchema.safeParse(input);
  if (result.success) return { ok: true, state: result.data as GapState };
  const issues = result.error.issues.flatMap((issue): GapStateIssue[] => {
    const extras = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return extras.map((extra) => {
      const path = extra === undefined ? issue.path : [...issue.path, extra];
      const value = valueAt(input, path);
      return { pointer: pointerOf(path), ...(value !== undefined ? { value } : {}), expected: expectationOf(issue) };
    });
  });
  return { ok: false, issues };
}

/** One line per issue: `/controls/ctl-x/due: "2026-02-30" is not valid; expected a calendar date …`. */
export function describeGapStateIssue(issue: GapStateIssue): string {
  const found = issue.value === undefined ? 'missing' : `${JSON.stringify(issue.value)} is not valid`;
  return `${issue.pointer}: ${found}; expected ${issue.expected}`;
}

/** Like {@link parseGapState} but throws an {@link InputError} naming the first problem. */
export function validateGapState(input: unknown): GapState {
  const r = parseGapState(input);
  if (r.ok) return r.state;
  const first = r.issues[0] as GapStateIssue;
  throw new InputError(first.pointer, first.value, first.expected);
}

/** The JSON Schema (draft 2020-12) of the state document, for editors and the API. */
export function gapStateJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(GapStateSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}

/** A starting state: every selected control `not-started`, in catalogue order. */
export function initialGapState(selection: ControlSelection, product: string): GapState {
  const controls: Record<string, ControlState> = {};
  for (const c of selection.controls) controls[c.control] = { status: 'not-started' };
  return {
    schema: GAP_STATE_SCHEMA,
    product,
    ...(selection.profile.id ? { profile: selection.profile.id } : {}),
    asOf: selection.asOf,
    controls,
  };
}

/**
 * Continues an earlier state against a (new) selection: recorded entries are kept as they are,
 * newly selected controls are added as `not-started`; entries for controls no longer selected
 * are kept too (the result reports them), so nothing recorded is lost.
 */
export function continueGapState(previous: GapState, selection: ControlSelection, asOf: string = selection.asOf): GapState {
  const controls: Record<string, ControlState> = {};
  for (const c of selection.controls) controls[c.control] = previous.controls[c.control] ?? { status: 'not-started' };
  for (const [id, s] of Object.entries(previous.controls)) if (!(id in controls)) controls[id] = s;
  return { ...previous, asOf, controls };
}
