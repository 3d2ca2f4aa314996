/** The engine's answers as the CLI prints them with `--format json`, shared by stateless and stored routes. */
import { assess, classify, contrast, openQuestions, planIncident } from '@iomt/core';
import type { ContrastVariant, IncidentCase, IncidentPlan, Profile } from '@iomt/core';
import { classificationSummary } from '../cli/commands/assess.ts';
import { invalid } from './problem.ts';

export interface EngineOptions {
  asOf: string;
  scenarios: string[];
  horizonMonths?: number;
}

export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);

/** `iomt assess --format json`: the assessment plus the classifications in brief. */
export function assessmentReport(profile: Profile, options: EngineOptions, variant?: ContrastVariant) {
  const result = assess(profile, options);
  const classifications = classificationSummary(classify(profile, { ...options, explain: false }));
  const c = variant ? contrast(profile, options, variant) : undefined;
  return { ...result, classifications, ...(c ? { contrast: { variant: c.variant, acts: c.acts, obligations: c.obligations } } : {}) };
}

/** `iomt questions --format json`, with the questions that decide an open classification after those that change a verdict or an obligation. */
export function questionsReport(profile: Profile, options: EngineOptions) {
  return { asOf: options.asOf, questions: openQuestions(profile, options) };
}

/** `iomt classify --format json`. */
export function classificationReport(profile: Profile, options: EngineOptions) {
  return classify(profile, options);
}

/** `iomt incident plan --format json`. */
export function incidentPlan(c: IncidentCase, now: string, scenarios: readonly string[]): IncidentPlan {
  return planIncident(c, { now, scenarios });
}

/** Repeated query parameters arrive as a list, a single one as a string. */
export const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Lists computed in memory are paged like stored ones: the cursor is the offset, opaque to callers. */
export function pageArray<T>(items: readonly T[], limit = 50, cursor?: string): { items: T[]; next: string | null } {
  const start = cursor === undefined ? 0 : Number.parseInt(Buffer.from(cursor, 'base64url').toString('utf8'), 10);
  if (!Number.isInteger(start) || start < 0 || start > items.length) {
    throw invalid([{ pointer: '/cursor', in: 'query', value: cursor, expected: 'the `next` value of a previous page' }]);
  }
  const from = start;
  const end = from + limit;
  return { items: items.slice(from, end), next: end < items.length ? Buffer.from(String(end), 'utf8').toString('base64url') : null };
}

/**
 * Engine results are plain data with readonly arrays; hono's JSON typing wants mutable ones.
 * The value is sent unchanged.
 */
export const plain = (value: object): Record<string, unknown> => value as Record<string, unknown>;
