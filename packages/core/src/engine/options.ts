/** Validation of assessment options: bad input gets an error naming the field and the expectation. */
import { knowledgeBase } from '../kb/knowledge-base.ts';
import { isIsoDate } from '../time/plain-date.ts';
import type { AssessOptions } from './assessment-types.ts';

export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(`${field}: ${JSON.stringify(value)} is not valid; expected ${expected}`);
    this.name = 'InputError';
  }
}

export function validateOptions(options: AssessOptions): void {
  if (typeof options.asOf !== 'string' || !isIsoDate(options.asOf)) {
    throw new InputError('asOf', options.asOf, 'a calendar date as YYYY-MM-DD');
  }
  const known = knowledgeBase.scenarios.map((s) => s.id);
  for (const s of options.scenarios ?? []) {
    if (!known.includes(s)) throw new InputError('scenarios', s, `one of ${known.join(', ')}`);
  }
  const h = options.horizonMonths;
  if (h !== undefined && (!Number.isInteger(h) || h < 0 || h > 600)) {
    throw new InputError('horizonMonths', h, 'a whole number of months between 0 and 600');
  }
}

