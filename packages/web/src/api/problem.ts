import type { ProblemDocument } from './types.ts';

/** An API error: carries the server's RFC 9457 problem document so the page can show it as sent. */
export class ProblemError extends Error {
  readonly problem: ProblemDocument;

  constructor(problem: ProblemDocument) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** Turns whatever was thrown (network failure, non-JSON body, problem) into a problem document. */
export function toProblem(error: unknown): ProblemDocument {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof Error) return { title: 'The request could not be completed', status: 0, detail: error.message };
  return { title: 'Unexpected error', status: 0, detail: String(error) };
}

export function isProblemDocument(value: unknown): value is ProblemDocument {
  return typeof value === 'object' && value !== null && typeof (value as { title?: unknown }).title === 'string' && typeof (value as { status?: unknown }).status === 'number';
}
