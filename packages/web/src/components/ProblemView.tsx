import type { ProblemDocument } from '../api/types.ts';

/** Shows an API problem document as the server sent it: title, detail and each field error with its pointer. */
export function ProblemView({ problem, onDismiss }: { problem: ProblemDocument | undefined; onDismiss?: () => void }) {
  if (!problem) return null;
  return (
    <div role="alert" className="problem">
      <p className="problem-title">
        <strong>{problem.title}</strong>
        {problem.status ? <span className="muted"> (HTTP {problem.status})</span> : null}
      </p>
      {problem.detail ? <p>{problem.detail}</p> : null}
      {problem.errors && problem.errors.length > 0 ? (
        <ul className="problem-errors">
          {problem.errors.map((e, i) => (
            <li key={i}>
              <code>{e.pointer || '/'}</code>
              {e.expected ? <> — expected {e.expected}</> : null}
              {e.value !== undefined ? <> (found <code>{JSON.stringify(e.value)}</code>)</> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {typeof problem.currentVersion === 'number' ? <p>Someone else saved a newer version ({problem.currentVersion}). Reload to see it, then make your change again.</p> : null}
      {onDismiss ? (
        <button type="button" className="secondary small" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
