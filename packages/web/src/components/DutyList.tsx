import { Fragment, type ReactNode } from 'react';
import type { FleetDuty } from '../api/fleet-client.ts';
import { DUTY_STATUS_LABELS, label } from '../../../core/src/labels/fleet.ts';
import { Cite } from './Status.tsx';

/** The duties of a finding, each with its status, deadline, citations and missing facts. */
export function DutyList({ duties, action }: { duties: readonly FleetDuty[]; action?: (d: FleetDuty) => ReactNode }) {
  return (
    <ul>
      {duties.map((d) => (
        <li key={d.id}>
          <strong>{label(DUTY_STATUS_LABELS, d.status)}</strong>
          {d.from ? ` ${d.from}` : ''}: {d.title}
          {d.deadline ? ` — ${d.deadline}` : ''} (
          {d.cites.map((c, i) => (
            <Fragment key={c.id}>
              {i > 0 ? ', ' : ''}
              <Cite citation={c.citation} url={c.url} />
            </Fragment>
          ))}
          ){d.missing.length ? <span className="muted"> — missing: {d.missing.join('; ')}</span> : null}
          {action ? action(d) : null}
        </li>
      ))}
    </ul>
  );
}
