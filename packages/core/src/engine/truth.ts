/**
 * Three-valued (Kleene) logic. Unknown is a value of its own: it is never read as false, so a
 * missing fact can only ever produce an unknown verdict and a question.
 */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

export const truthName = (t: Truth): 'false' | 'true' | 'unknown' =>
  t === TRUE ? 'true' : t === FALSE ? 'false' : 'unknown';

export const notTruth = (t: Truth): Truth => (t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE);

export const andTruth = (a: Truth, b: Truth): Truth =>
  a === FALSE || b === FALSE ? FALSE : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : TRUE;

export const orTruth = (a: Truth, b: Truth): Truth =>
  a === TRUE || b === TRUE ? TRUE : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : FALSE;
