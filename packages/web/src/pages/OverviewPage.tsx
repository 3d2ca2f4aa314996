/**
 * The portfolio at a glance: what needs attention across every product and incident — dates in
 * the next 30 and 90 days, acts that start to apply, open facts, coverage of controls, the installed
 * fleet's exposure and the products whose answers a new knowledge-base version changed.
 */
import { INCIDENT_STATUS_LABEL, labelOf, stepStatusLabel } from '@iomt/core/labels';
import { api } from '../api/client.ts';
import { fleetApi } from '../api/fleet-client.ts';
import { useAsync } from '../app/use-async.ts';
import { LAW_CHANGE_STATUS } from './LawChangesPage.tsx';
import type { IncidentPlan } from '../api/types.ts';
import { usePortfolio } from '../app/use-portfolio.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { SortableTable, type Column } from '../components/SortableTable.tsx';
import { Badge, Loading } from '../components/Status.tsx';
import { formatDate, formatInstant } from '../lib/dates.ts';
import { comingDates, productRow, type ComingDate } from '../lib/portfolio.ts';
import { productColumns } from '../components/ProductColumns.tsx';

const dateColumns: Column<ComingDate>[] = [
  {
    key: 'when',
    label: 'When',
    sort: (r) => r.at,
    render: (r) => (
      <>
        {r.at.length === 10 ? formatDate(r.at) : formatInstant(r.at)}
        <div className="small">{r.overdue ? <Badge tone="danger">{stepStatusLabel('overdue')}</Badge> : r.days <= 0 ? 'today' : `in ${r.days} day${r.days === 1 ? '' : 's'}`}</div>
      </>
    ),
  },
  { key: 'what', label: 'What', sort: (r) => r.what, render: (r) => r.what },
  { key: 'where', label: 'Product or incident', sort: (r) => r.where, render: (r) => <a href={r.href}>{r.where}</a> },
  { key: 'kind', label: 'Kind', sort: (r) => r.kind, render: (r) => (r.kind === 'law' ? 'Law starts to apply' : 'Report due') },
];

export default function OverviewPage({ orgId }: { orgId: string }) {
  const { scenarios, org } = useSession();
  const portfolio = usePortfolio(orgId, scenarios);
  const now = new Date();
  if (portfolio.error) return <ProblemView problem={portfolio.error} />;
  if (!portfolio.data) return <Loading what="the overview of every product and incident" />;
  const { products, incidents } = portfolio.data;
  const rows = products.map((p) => productRow(p.product, p.report, p.coverage));
  const within90 = comingDates(orgId, products, incidents, now, 90);
  const within30 = within90.filter((d) => d.days <= 30);
  const overdue = within90.filter((d) => d.overdue).length;
  const openIncidents = incidents.filter((i) => i.incident.status === 'open').length;
  const withOpenFacts = rows.filter((r) => r.unknownFacts > 0).length;
  const assessed = rows.filter((r) => r.coverage !== null);
  const meanCoverage = assessed.length > 0 ? Math.round(assessed.reduce((n, r) => n + (r.coverage ?? 0), 0) / assessed.length) : null;

  return (
    <>
      <h1>Overview{org ? `: ${org.name}` : ''}</h1>
      <p className="muted">
        Every product and incident of the organisation, as of {formatDate(now.toISOString().slice(0, 10))}
        {scenarios.length > 0 ? ', with the scenarios switched on' : ''}.
      </p>
      <ul className="stats" aria-label="Key figures">
        <li className={`stat ${overdue > 0 ? 'tone-danger' : 'tone-positive'}`}>
          <span className="figure">{overdue}</span>
          <span className="what">reports overdue</span>
        </li>
        <li className={`stat ${within30.length > 0 ? 'tone-pending' : ''}`}>
          <span className="figure">{within30.length}</span>
          <span className="what">dates in the next 30 days</span>
        </li>
        <li className="stat">
          <span className="figure">{within90.length}</span>
          <span className="what">dates in the next 90 days</span>
        </li>
        <li className={`stat ${openIncidents > 0 ? 'tone-pending' : ''}`}>
          <span className="figure">{openIncidents}</span>
          <span className="what">open incidents</span>
        </li>
        <li className={`stat ${withOpenFacts > 0 ? 'tone-open' : ''}`}>
          <span className="figure">
            {withOpenFacts}/{rows.length}
          </span>
          <span className="what">products with open facts</span>
        </li>
        <li className="stat">
          <span className="figure">{meanCoverage === null ? '—' : `${meanCoverage}%`}</span>
          <span className="what">mean control coverage ({assessed.length} assessed)</span>
        </li>
      </ul>

      <FleetBlock orgId={orgId} />
      <LawChangesBlock orgId={orgId} />

      <section aria-labelledby="coming-h">
        <h2 id="coming-h">Coming up in the next 90 days</h2>
        <SortableTable rows={within90} columns={dateColumns} rowKey={(r) => r.key} caption={`${within90.length} dates, ${within30.length} of them within 30 days`} initial={{ key: 'when' }} empty="No act starts to apply and no report is due in the next 90 days." />
      </section>

      <section aria-labelledby="products-h">
        <h2 id="products-h">Products</h2>
        <SortableTable rows={rows} columns={productColumns(orgId)} rowKey={(r) => r.id} caption={`${rows.length} products`} initial={{ key: 'open', descending: true }} empty="No products yet." />
      </section>

      <section aria-labelledby="incidents-h">
        <h2 id="incidents-h">Incidents</h2>
        <SortableTable
          rows={incidents}
          rowKey={(r) => r.incident.id}
          caption={`${incidents.length} incidents, ${openIncidents} open`}
          initial={{ key: 'next' }}
          empty="No incidents recorded."
          columns={[
            { key: 'title', label: 'Incident', header: true, sort: (r) => r.incident.title, render: (r) => <Link href={`/orgs/${orgId}/incidents/${r.incident.id}`}>{r.incident.title}</Link> },
            { key: 'status', label: 'Status', sort: (r) => r.incident.status, render: (r) => <Badge tone={r.incident.status === 'open' ? 'pending' : 'neutral'}>{labelOf(INCIDENT_STATUS_LABEL, r.incident.status)}</Badge> },
            {
              key: 'next',
              label: 'Next report due',
              sort: (r) => nextDue(r.plan)?.at,
              render: (r) => {
                const n = nextDue(r.plan);
                return n ? `${formatInstant(n.at)} — ${n.what}` : <span className="muted">—</span>;
              },
            },
            { key: 'overdue', label: 'Overdue', numeric: true, sort: (r) => (r.plan?.steps ?? []).filter((s) => s.status === 'overdue').length, render: (r) => String((r.plan?.steps ?? []).filter((s) => s.status === 'overdue').length) },
          ]}
        />
      </section>
    </>
  );
}

function nextDue(plan: IncidentPlan | undefined): { at: string; what: string } | undefined {
  const open = (plan?.steps ?? [])
    .filter((s) => s.status !== 'submitted' && s.status !== 'not-required')
    .map((s) => ({ at: s.period?.legal?.utc ?? s.due ?? '', what: s.stepTitle }))
    .filter((s) => s.at)
    .sort((a, b) => a.at.localeCompare(b.at));
  return open[0];
}

/** The installed fleet's exposure; absent for an organisation without an inventory. */
function FleetBlock({ orgId }: { orgId: string }) {
  const fleet = useAsync(() => fleetApi.dashboard(orgId), [orgId]);
  if (fleet.error) return fleet.error.status === 404 ? null : <ProblemView problem={fleet.error} />;
  const d = fleet.data;
  if (!d || d.units === 0) return null;
  const knownExploited = d.bySite.reduce((n, s) => n + s.knownExploited, 0);
  const dashboard = `/orgs/${orgId}/fleet`;
  return (
    <section aria-labelledby="fleet-h" data-testid="overview-fleet">
      <h2 id="fleet-h">Installed fleet</h2>
      <ul className="stats" aria-label="Fleet figures">
        <li className={`stat ${d.exposedUnits > 0 ? 'tone-pending' : 'tone-positive'}`}>
          <span className="figure">
            {d.exposedUnits}/{d.units}
          </span>
          <span className="what">units exposed to an open vulnerability</span>
        </li>
        <li className={`stat ${knownExploited > 0 ? 'tone-danger' : ''}`}>
          <span className="figure">{knownExploited}</span>
          <span className="what">units with a known-exploited vulnerability</span>
        </li>
        <li className={`stat ${d.orphanUnits.length > 0 ? 'tone-open' : ''}`}>
          <span className="figure">{d.orphanUnits.length}</span>
          <span className="what">units out of support or of an unknown model</span>
        </li>
        <li className={`stat ${d.overdueTriage.length > 0 ? 'tone-danger' : ''}`}>
          <span className="figure">{d.overdueTriage.length}</span>
          <span className="what">findings waiting too long for triage</span>
        </li>
      </ul>
      <p>
        <Link href={dashboard}>Fleet dashboard</Link> · <Link href={`${dashboard}/findings`}>Findings to triage</Link> <span className="muted small">(as of {formatInstant(d.asOf)})</span>
      </p>
    </section>
  );
}

/** Products whose answers the running knowledge-base version changed and nobody has reviewed yet. */
function LawChangesBlock({ orgId }: { orgId: string }) {
  const changes = useAsync(() => api.lawChanges(orgId), [orgId]);
  if (changes.error) return <ProblemView problem={changes.error} />;
  if (!changes.data) return null;
  const pending = changes.data.products.filter((p) => p.status !== 'up-to-date');
  return (
    <section aria-labelledby="law-changes-h" data-testid="overview-law-changes">
      <h2 id="law-changes-h">Law changes to review</h2>
      {pending.length === 0 ? (
        <p className="muted">Every product has been reviewed under the running knowledge base ({changes.data.knowledgeBase}).</p>
      ) : (
        <>
          <p>
            {pending.length} product{pending.length === 1 ? '' : 's'} not yet reviewed under knowledge base {changes.data.knowledgeBase}. <Link href={`/orgs/${orgId}/law-changes`}>All law changes</Link>
          </p>
          <ul>
            {pending.map((p) => (
              <li key={p.product.id}>
                <Link href={`/orgs/${orgId}/products/${p.product.id}/law-changes`}>{p.product.name}</Link> — {LAW_CHANGE_STATUS[p.status]}
                {p.changes > 0 ? ` (${p.changes} answer${p.changes === 1 ? '' : 's'} changed since ${p.fromKbVersion})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
