import { api } from '../api/client.ts';
import { Link } from '../app/router.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Cite, Loading } from '../components/Status.tsx';
import { actLabel } from '@iomt/core/labels';

/** The uncertainty register: where the law is vague, contested or not verified, and the reading applied. */
export default function UncertaintiesPage() {
  const r = useAsync(() => api.uncertainties(), []);
  const data = r.data;
  return (
    <>
      <h1>Uncertainty register</h1>
      <p className="muted">
        Points where the law is vague, contested or not yet verified against the official text: the provisions involved, the competing readings, the reading the engine applies and why.
        Answers that rest on a point link here. <Link href="/library">Back to the law library</Link>
      </p>
      <ProblemView problem={r.error} />
      {r.loading && !data ? <Loading what="the register" /> : null}
      {data?.uncertainties.map((u) => (
        <section key={u.id} id={u.id} aria-labelledby={`${u.id}-h`}>
          <h2 id={`${u.id}-h`}>
            {u.title} <span className="badge">{data.labels[u.kind] ?? u.kind}</span>
          </h2>
          <p className="muted">
            <code>{u.id}</code> ·{' '}
            {u.acts.map((a) => (
              <Link key={a} href={`/library/${a}`}>
                {actLabel(a)}{' '}
              </Link>
            ))}{' '}
            ·{' '}
            {u.provisions.length === 0
              ? 'no single provision'
              : u.provisions.map((id, j) => (
                  <span key={id}>
                    {j > 0 ? ', ' : ''}
                    <Cite cite={id} />
                  </span>
                ))}
          </p>
          <p>
            <strong>Question.</strong> {u.question}
          </p>
          <ol>
            {u.readings.map((x, i) => (
              <li key={i}>
                {x.reading}
                {x.heldBy ? ` (${x.heldBy})` : ''}
              </li>
            ))}
          </ol>
          <p>
            <strong>Applied.</strong> {u.applied}
          </p>
          <p>
            <strong>Why.</strong> {u.why}
          </p>
          <p>
            {u.sources.map((s) => (
              <a key={s.url} href={s.url} target="_blank" rel="noreferrer noopener">
                {s.title}{' '}
              </a>
            ))}
          </p>
        </section>
      ))}
    </>
  );
}
