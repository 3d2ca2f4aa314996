import { useMemo } from 'react';
import { api } from '../api/client.ts';
import { Link } from '../app/router.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Cite, Loading } from '../components/Status.tsx';
import { formatDate, todayIso } from '../lib/dates.ts';
import { humanize } from '../lib/labels.ts';
import type { ActDefinition } from '../lib/library-search.ts';

export default function ActPage({ actId }: { actId: string }) {
  const act = useAsync(async () => (await api.act(actId)) as unknown as ActDefinition, [actId]);
  const register = useAsync(() => api.uncertainties(actId), [actId]);
  const byCategory = useMemo(() => {
    const map = new Map<string, NonNullable<ActDefinition['obligations']>>();
    for (const o of act.data?.obligations ?? []) map.set(o.category, [...(map.get(o.category) ?? []), o]);
    return [...map.entries()];
  }, [act.data]);
  if (act.error) {
    return (
      <>
        <h1>{act.error.status === 404 ? 'No such act' : 'The act could not be loaded'}</h1>
        <ProblemView problem={act.error} />
        <Link href="/library">Back to the library</Link>
      </>
    );
  }
  if (!act.data) return <Loading what="the act" />;
  const a = act.data;
  const today = todayIso();
  const cite = (c: string | undefined) => (c ? <Cite cite={c} url={a.url} /> : null);
  return (
    <>
      <p className="no-print">
        <Link href="/library">← Law library</Link>
      </p>
      <h1>
        {a.shortName} <span className="muted">{a.number}</span>
      </h1>
      <p>{a.title}</p>
      <p>
        <Cite citation="Official text on EUR-Lex" url={a.url} />
      </p>
      {a.summary ? <p>{a.summary}</p> : null}
      <h2>Timeline</h2>
      <ol className="act-timeline">
        {(a.timeline ?? []).map((t, i) => (
          <li key={i} className={t.date > today ? 'future' : 'past'}>
            <time dateTime={t.date}>{formatDate(t.date)}</time> {t.date > today ? <span className="badge v-applies-from">upcoming</span> : null} — {t.label}
            {t.part ? <span className="muted"> (part {t.part})</span> : null} {cite(t.cite)}
          </li>
        ))}
      </ol>
      {a.parts && a.parts.length > 0 ? (
        <>
          <h2>Parts that phase in separately</h2>
          <ul>
            {a.parts.map((p) => (
              <li key={p.id}>
                {p.title} {cite(p.cite)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Scope</h2>
      <p>
        {a.scope?.label} {cite(a.scope?.cite)}
      </p>
      <h2>Obligations ({a.obligations?.length ?? 0})</h2>
      {byCategory.map(([category, items]) => (
        <details key={category} open className="category">
          <summary>
            <strong>{humanize(category)}</strong> ({items.length})
          </summary>
          <ul className="obligations">
            {items.map((o) => (
              <li key={o.id}>
                <strong>{o.title}</strong> — {o.role}, {cite(o.cite)}
                {o.summary ? (
                  <>
                    <br />
                    <span className="small">{o.summary}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ))}
      {a.notes && a.notes.length > 0 ? (
        <>
          <h2>Notes where the law is unclear</h2>
          <ul>
            {a.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
      {register.data && register.data.uncertainties.length > 0 ? (
        <>
          <h2>Uncertainty register</h2>
          <ul>
            {register.data.uncertainties.map((u) => (
              <li key={u.id}>
                <Link href={`/library/uncertain#${u.id}`}>{u.title}</Link> <span className="muted">({register.data?.labels[u.kind] ?? u.kind})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Sources and verification</h2>
      <ul>
        {(a.sources ?? []).map((s) => (
          <li key={s.url}>
            <Cite citation={s.title} url={s.url} />
          </li>
        ))}
      </ul>
      {a.verified?.checkedOn ? <p className="muted">Checked against the official text on {formatDate(a.verified.checkedOn)}.</p> : null}
    </>
  );
}
