import { api } from '../api/client.ts';
import type { AuditEntry } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { usePaged } from '../app/use-paged.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { auditEntityHref, changeText, entityLabel } from '../lib/audit.ts';
import { formatInstant, viewerTimeZone } from '../lib/dates.ts';
import { pagedSummary } from '../lib/pagination.ts';

const PAGE_SIZE = 50;

export default function AuditPage({ orgId }: { orgId: string }) {
  const { org } = useSession();
  const log = usePaged<AuditEntry>((cursor) => api.auditPage(orgId, cursor, PAGE_SIZE), (e) => String(e.seq), [orgId]);
  // Actors are shown by name where they are (or were, on this page) members.
  const members = useAsync(async () => new Map((await api.members(orgId)).items.map((m) => [m.user.id, m.user.displayName || m.user.email])), [orgId]);
  const who = (actorId: string | null) => (actorId === null ? 'System' : (members.data?.get(actorId) ?? `User ${actorId}`));

  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">
        Every change in {org?.name ?? 'this organisation'}, newest first. Entries are hash-chained on the server, so a removed or altered entry is detected. Times are in {viewerTimeZone()}.
      </p>
      <ProblemView problem={log.error} />
      {log.pages === 0 && log.loading ? <Loading what="the audit log" /> : null}
      {log.pages > 0 && log.items.length === 0 ? <Empty title="Nothing recorded yet." /> : null}
      {log.items.length > 0 ? (
        <div className="table-scroll" role="region" aria-label="Audit entries" tabIndex={0}>
          <table className="data audit">
            <caption className="sr-only">Audit entries</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Entity</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((e) => {
                const href = auditEntityHref(e, orgId);
                const entity = `${entityLabel(e.entityType)} ${e.entityId}`;
                return (
                  <tr key={e.seq}>
                    <td>{e.seq}</td>
                    <td>
                      <time dateTime={e.at}>{formatInstant(e.at)}</time>
                    </td>
                    <td>{who(e.actorId)}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td className="entity">{href ? <Link href={href}>{entity}</Link> : entity}</td>
                    <td>
                      {e.change === null || e.change === undefined ? (
                        <span className="muted">(no details)</span>
                      ) : (
                        <details>
                          <summary>
                            Show change<span className="sr-only"> of entry {e.seq}</span>
                          </summary>
                          <pre className="code">{changeText(e.change)}</pre>
                        </details>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <p aria-live="polite" className="muted small">
        {pagedSummary(log, { one: 'entry', many: 'entries' })}
      </p>
      {log.next !== null && log.pages > 0 ? (
        <button type="button" className="secondary" onClick={log.loadMore} disabled={!log.canLoadMore}>
          {log.loading ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
    </>
  );
}
