import type { ProblemDocument } from '../api/types.ts';
import { problemInWords, type ProblemContext } from '../lib/problem-words.ts';

/**
 * Shows a problem in words: what went wrong, what to do, and for each field what was expected
 * and what was found. Status codes and API routes stay out of sight.
 */
export function ProblemView({
  problem,
  onDismiss,
  context,
  describe,
}: {
  problem: ProblemDocument | undefined;
  onDismiss?: () => void;
  context?: ProblemContext;
  /** Names a field (a dotted fact path) in words, e.g. by its question. */
  describe?: (field: string) => string | undefined;
}) {
  if (!problem) return null;
  const words = problemInWords(problem, context, describe);
  return (
    <div role="alert" className="problem">
      <p className="problem-title">
        <strong>{words.title}</strong>
      </p>
      {words.detail ? <p>{words.detail}</p> : null}
      {words.fields.length > 0 ? (
        <ul className="problem-errors">
          {words.fields.map((e, i) => (
            <li key={i}>
              <strong>{e.field}</strong>
              {e.expected ? <> — expected {e.expected}</> : null}
              {e.found !== undefined ? <> (found {e.found})</> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {onDismiss ? (
        <button type="button" className="secondary small" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
