import { api } from '../api/client.ts';
import { Link } from '../app/router.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Cite, Empty, Loading } from '../components/Status.tsx';
import { actLabel } from '@iomt/core/labels';
import { formatDate } from '../lib/dates.ts';

/** The knowledge-base changelog: every version, what changed in which act, why, and on what source. */
export default function KbChangesPage() {
  const r = useAsync(() => api.kbChanges(), []);
  const data = r.data;
  return (
    <>
      <h1>Knowledge-base changes</h1>
      <p className="muted">
        Every version of the law data, dated, with what changed in which act and provision, why, and the source checked.
        {data ? ` Running version: ${data.knowledgeBase}.` : ''} <Link href="/library">Back to the law library</Link>
      </p>
      <ProblemView problem={r.error} />
      {r.loading && !data ? <Loading what="the changelog" /> : null}
      {data && data.entries.length === 0 ? <Empty title="No versions recorded." /> : null}
      {data?.entries.map((e) => (
        <section key={e.version} aria-labelledby={`v-${e.version}`}>
          <h2 id={`v-${e.version}`}>
            {e.version} · {formatDate(e.date)}
          </h2>
          <p>{e.title}</p>
          {e.changes.length === 0 ? <p className="muted">No itemised changes.</p> : null}
          <ul className="changes">
            {e.changes.map((c, i) => (
              <li key={i} id={`v-${e.version}-${i}`}>
                <strong>{data.labels[c.kind] ?? c.kind}</strong> · <Link href={`/library/${c.act}`}>{actLabel(c.act)}</Link> (
                {c.provisions.map((id, j) => (
                  <span key={id}>
                    {j > 0 ? ', ' : ''}
                    <Cite cite={id} />
                  </span>
                ))}
                ): {c.summary}
                <br />
                <span className="muted">Why: {c.why}</span>
                <br />
                {c.sources.map((s) => (
                  <a key={s.url} href={s.url} target="_blank" rel="noreferrer noopener">
                    {s.title}
                  </a>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
