/** The uncertainty-register points that may bear on one profile (their condition is not false for it). */
import { linkUncertainties } from '../kb/uncertainty/index.ts';
import type { UncertaintyLinks } from '../kb/uncertainty/index.ts';
import type { Evaluation } from './evaluate.ts';
import { FALSE } from './truth.ts';

export function uncertaintyLinksFor(e: Evaluation): UncertaintyLinks {
  return linkUncertainties((c) => {
    const mark = e.unknown.length;
    const t = e.condition(c);
    // Looking up a point must not add its facts to the questions of the answer being built.
    e.unknown.length = mark;
    return t !== FALSE;
  });
}
