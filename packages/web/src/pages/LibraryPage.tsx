import { useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import type { ActSummary } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Loading, VerdictBadge } from '../components/Status.tsx';
import { formatDate } from '../lib/dates.ts';
import { searchActs, type ActDefinition, type SearchHit } from '../lib/library-search.ts';

export default function LibraryPage() {
  const [asOf, setAsOf] = useState('');
  const list = useAsync(() => api.acts(asOf || undefined), [asOf]);
  const [query, setQuery] = useState('');
  const [wantDefs, setWantDefs] = useState(false);
  const acts: ActSummary[] = useMemo(() => {
    const d = list.data;
    return Array.isArray(d) ? d : (d?.acts ?? d?.items ?? []);
  }, [list.data]);
  const defs = useAsync(async () => (wantDefs ? await Promise.all(acts.map((a) => api.act(String(a.act ?? a.id)) as unknown as Promise<ActDefinition>)) : undefined), [wantDefs, acts]);
  const hits: SearchHit[] = useMemo(() => (defs.data && query.trim().length >= 2 ? searchActs(defs.data, query) : []), [defs.data, query]);

  return (
    <>
      <h1>Law library</h1>
      <p className="muted">
        Every act of the knowledge base: its timeline, scope and obligations, each citing the provision it rests on. See also the <Link href="/library/changes">knowledge-base changes</Link> (what
        changed in which version, and why) and the <Link href="/library/uncertain">uncertainty register</Link> (where the law is vague, contested or not verified).
      </p>
      <div className="toolbar">
        <label className="inline">
          <span>Status on</span>
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <label className="inline grow">
          <span>Search</span>
          <input
            type="search"
            placeholder="e.g. vulnerability, 72 hours, SBOM"
            value={query}
            onFocus={() => setWantDefs(true)}
            onChange={(e) => {
              setWantDefs(true);
              setQuery(e.target.value);
            }}
          />
        </label>
      </div>
      <ProblemView problem={list.error ?? defs.error} />
      {query.trim().length >= 2 ? (
        <section aria-labelledby="hits-h">
          <h2 id="hits-h">
            {defs.loading ? 'Searching…' : `${hits.length} match${hits.length === 1 ? '' : 'es'} for “${query.trim()}”`}
          </h2>
          <ul className="hits">
            {hits.slice(0, 100).map((h, i) => (
              <li key={i}>
                <Link href={`/library/${h.act}`}>{h.actName}</Link> · {h.where}: {h.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {list.loading && !list.data ? <Loading what="acts" /> : null}
      <div className="table-scroll">
        <table className="data">
          <caption className="sr-only">Acts</caption>
          <thead>
            <tr>
              <th scope="col">Act</th>
              <th scope="col">Number</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {acts.map((a) => {
              const id = String(a.act ?? a.id);
              return (
                <tr key={id}>
                  <td>
                    <Link href={`/library/${id}`}>{a.shortName}</Link>
                  </td>
                  <td>{a.number}</td>
                  <td>
                    <VerdictBadge verdict={String(a.status ?? '')} />
                    {typeof a.from === 'string' ? ` ${formatDate(a.from)}` : ''}
                    {a.status === 'partly-applies' && typeof a.summary === 'string' ? <div className="small muted">{a.summary}</div> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
