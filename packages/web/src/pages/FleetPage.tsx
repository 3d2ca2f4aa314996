import { useState } from 'react';
import { fleetApi } from '../api/fleet-client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { CRITICALITY_LABELS, EXPOSURE_LABELS, label, SUPPORT_LABELS } from '@iomt/core/labels';

/** Fleet dashboard and inventory: exposed units by site, criticality and exploitation, worst first. */
export default function FleetPage({ orgId }: { orgId: string }) {
  const { org } = useSession();
  const dash = useAsync(() => fleetApi.dashboard(orgId), [orgId]);
  const exposure = useAsync(() => fleetApi.exposure(orgId), [orgId]);
  const units = useAsync(() => fleetApi.units(orgId), [orgId]);
  const [csv, setCsv] = useState('');
  const [problem, setProblem] = useState<ProblemDocument | undefined>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const unitName = new Map((units.data?.items ?? []).map((u) => [u.id, u.serial ?? u.assetTag ?? u.id]));

  const importCsv = async () => {
    setProblem(undefined);
    try {
      const r = await fleetApi.importCsv(orgId, csv);
      setDone(`Imported: ${r.models} new models, ${r.versions} new versions, ${r.unitsCreated} units added, ${r.unitsUpdated} updated.`);
      setCsv('');
      dash.reload();
      exposure.reload();
      units.reload();
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  const d = dash.data;
  return (
    <>
      <h1>Fleet</h1>
      <p className="muted">
        Which devices are exposed right now: installed units, the vulnerabilities of their model versions, and what they require. <Link href={`/orgs/${orgId}/fleet/findings`}>Findings and triage</Link>
      </p>
      <ProblemView problem={dash.error ?? exposure.error} />
      {dash.loading && !d ? <Loading what="the fleet" /> : null}
      {d ? (
        <section aria-labelledby="fleet-summary">
          <h2 id="fleet-summary">On {d.asOf}</h2>
          <ul className="stats">
            <li>
              <strong>{d.units}</strong> units
            </li>
            <li>
              <strong>{d.exposedUnits}</strong> exposed
            </li>
            <li>
              <strong>{d.worstCase}</strong> out of support with a known-exploited vulnerability
            </li>
            <li>
              <strong>{d.orphanUnits.length}</strong> orphan units
            </li>
            <li>
              <strong>{d.overdueTriage.length}</strong> findings overdue for triage
            </li>
          </ul>
          <table className="data" aria-label="Exposed units by site">
            <thead>
              <tr>
                <th scope="col">Site</th>
                <th scope="col">Units</th>
                <th scope="col">Exposed</th>
                <th scope="col">Known exploited</th>
              </tr>
            </thead>
            <tbody>
              {d.bySite.map((s) => (
                <tr key={s.site}>
                  <td>{s.site}</td>
                  <td>{s.units}</td>
                  <td>{s.exposed}</td>
                  <td>{s.knownExploited}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            By criticality:{' '}
            {Object.entries(d.byCriticality)
              .map(([k, x]) => `${label(CRITICALITY_LABELS, k)} ${x.exposed} of ${x.units} exposed`)
              .join(' · ')}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="fleet-units">
        <h2 id="fleet-units">Units, worst first</h2>
        {exposure.data && exposure.data.items.length === 0 ? <Empty title="No units yet.">Import your inventory below (CSV) or with `iomt fleet import`.</Empty> : null}
        {exposure.data && exposure.data.items.length > 0 ? (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Unit</th>
                <th scope="col">Site</th>
                <th scope="col">Exposure</th>
                <th scope="col">Criticality</th>
                <th scope="col">Support</th>
                <th scope="col">Open findings</th>
                <th scope="col">Known exploited</th>
                <th scope="col">Max CVSS</th>
              </tr>
            </thead>
            <tbody>
              {exposure.data.items.map((e) => (
                <tr key={e.unitId} className={e.worstCase ? 'worst' : undefined}>
                  <td>
                    <Link href={`/orgs/${orgId}/fleet/units/${e.unitId}`}>{unitName.get(e.unitId) ?? e.unitId}</Link>
                    {e.worstCase ? <strong> — unsupported and known exploited</strong> : null}
                  </td>
                  <td>{e.site ?? '—'}</td>
                  <td>{label(EXPOSURE_LABELS, e.exposure)}</td>
                  <td>{label(CRITICALITY_LABELS, e.criticality)}</td>
                  <td>
                    {label(SUPPORT_LABELS, e.support)}
                    {e.supportEnd ? ` (${e.supportEnd})` : ''}
                  </td>
                  <td>{e.openFindings}</td>
                  <td>{e.knownExploited}</td>
                  <td>{e.maxCvss ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      {canEdit(org) ? (
        <section aria-labelledby="fleet-import">
          <h2 id="fleet-import">Import inventory (CSV)</h2>
          <p className="muted">
            Columns: manufacturer, model, version, version_support_end, serial, asset_tag, site, department, owner, installed_on, exposure, criticality, placed_on_market_on, support_end. All rows are imported or none.
          </p>
          <label htmlFor="fleet-csv">CSV</label>
          <textarea id="fleet-csv" rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} />
          <p>
            <button type="button" disabled={csv.trim() === ''} onClick={() => void importCsv()}>
              Import
            </button>
          </p>
          <ProblemView problem={problem} />
          {done ? <p role="status">{done}</p> : null}
        </section>
      ) : null}
    </>
  );
}
