import { PagedFooter } from '../components/PagedFooter.tsx';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { AuditEntry, AuditFilter } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { usePaged } from '../app/use-paged.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { actorLabel, AUDIT_ENTITY_TYPES, auditEntityHref, changeText, entityLabel, readActionFilter } from '../lib/audit.ts';
import { formatInstant, viewerTimeZone } from '../lib/dates.ts';

const PAGE_SIZE = 50;

export default function AuditPage({ orgId }: { orgId: string }) {
  const { org } = useSession();
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = usePaged<AuditEntry>((cursor) => api.auditPage(orgId, cursor, PAGE_SIZE, filter), (e) => String(e.seq), [orgId, filter.entityType, filter.action]);
  const filtered = filter.entityType !== undefined || filter.action !== undefined;

  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">
        Every change in {org?.name ?? 'this organisation'}, newest first. Entries are hash-chained on the server, so a removed or altered entry is detected. Times are in {viewerTimeZone()}.
      </p>
      <AuditFilterForm filter={filter} onChange={setFilter} />
      <ProblemView problem={log.error} />
      {log.pages === 0 && log.loading ? <Loading what="the audit log" /> : null}
      {log.pages > 0 && log.items.length === 0 ? <Empty title={filtered ? 'No entries match these filters.' : 'Nothing recorded yet.'} /> : null}
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
                    <td>{actorLabel(e)}</td>
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
      <PagedFooter paged={log} noun={{ one: 'entry', many: 'entries' }} busy="Loading…" />
    </>
  );
}

/** Entity type applies when chosen; the action applies when the form is submitted. */
function AuditFilterForm({ filter, onChange }: { filter: AuditFilter; onChange: (filter: AuditFilter) => void }) {
  const [actionText, setActionText] = useState(filter.action ?? '');
  const [error, setError] = useState('');
  const apply = (entityType: string | undefined, text: string): void => {
    const read = readActionFilter(text);
    if ('error' in read) {
      setError(read.error);
      return;
    }
    setError('');
    onChange({ ...(entityType ? { entityType } : {}), ...(read.action ? { action: read.action } : {}) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(filter.entityType, actionText);
  };
  const clear = () => {
    setActionText('');
    setError('');
    onChange({});
  };
  return (
    <form className="actions" role="search" aria-label="Filter the audit log" onSubmit={submit}>
      <label>
        Entity type{' '}
        <select value={filter.entityType ?? ''} onChange={(e) => apply(e.target.value || undefined, filter.action ?? '')}>
          <option value="">All</option>
          {AUDIT_ENTITY_TYPES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Action{' '}
        <input
          value={actionText}
          onChange={(e) => setActionText(e.target.value)}
          placeholder="e.g. product.create"
          maxLength={100}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'audit-action-error' : undefined}
        />
      </label>
      <button type="submit" className="secondary">
        Apply filters
      </button>
      {filter.entityType !== undefined || filter.action !== undefined || actionText !== '' ? (
        <button type="button" className="secondary" onClick={clear}>
          Clear filters
        </button>
      ) : null}
      {error ? (
        <p id="audit-action-error" role="alert" className="small">
          {error}
        </p>
      ) : null}
    </form>
  );
}
