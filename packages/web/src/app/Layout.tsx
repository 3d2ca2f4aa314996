import { useEffect, type ReactNode } from 'react';
import { api, itemsOf } from '../api/client.ts';
import type { Scenario } from '../api/types.ts';
import { viewerTimeZone } from '../lib/dates.ts';
import { Link, navigate, useFocusOnNavigate } from './router.tsx';
import { useSession } from './session.tsx';
import { useAsync } from './use-async.ts';

export function Layout({ path, children }: { path: string; children: ReactNode }) {
  const { session, org, signOut, scenarios, setScenarios } = useSession();
  useFocusOnNavigate(path);
  const available = useAsync(async () => itemsOf<Scenario>(await api.scenarios(), 'scenarios'), []);

  useEffect(() => {
    document.title = `iomt compliance${org ? ` · ${org.name}` : ''}`;
  }, [org]);

  const base = org ? `/orgs/${org.id}` : '';
  const nav: [string, string][] = org
    ? [
        [`${base}/overview`, 'Overview'],
        [`${base}/products`, 'Products'],
        [`${base}/incidents`, 'Incidents'],
        [`${base}/liability`, 'Liability'],
        [`${base}/fleet`, 'Fleet'],
        ['/library', 'Law library'],
        [`${base}/law-changes`, 'Law changes'],
        [`${base}/members`, 'Members & tokens'],
        [`${base}/scenarios`, 'Saved scenarios'],
        [`${base}/audit`, 'Audit log'],
      ]
    : [['/library', 'Law library']];

  const scenarioTitle = (id: string) => {
    const s = available.data?.find((x) => x.id === id);
    return s?.title ?? s?.name ?? id;
  };

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar no-print">
        <Link href={org ? `${base}/products` : '/library'} className="brand">
          iomt compliance
        </Link>
        <nav aria-label="Main">
          <ul>
            {nav.map(([href, label]) => (
              <li key={href}>
                <Link href={href} aria-current={path.startsWith(href) ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar-tools">
          {session.organisations.length > 0 ? (
            <label className="inline">
              <span>Organisation</span>
              <select
                value={org?.id ?? ''}
                onChange={(e) => navigate(`/orgs/${e.target.value}/products`)}
              >
                {org ? null : <option value="">Choose…</option>}
                {session.organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name} ({o.role})
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <details
            className="scenario-switch"
            onKeyDown={(e) => {
              // Escape closes the panel and returns focus to its toggle, as for any popup.
              if (e.key === 'Escape' && e.currentTarget.open) {
                e.currentTarget.open = false;
                e.currentTarget.querySelector('summary')?.focus();
              }
            }}
          >
            <summary>Scenarios{scenarios.length > 0 ? ` (${scenarios.length} on)` : ''}</summary>
            <fieldset>
              <legend>Pending proposals to assume adopted</legend>
              {available.data?.length === 0 ? <p className="muted">No pending proposals in the knowledge base.</p> : null}
              {available.data?.map((s) => (
                <label key={s.id} className="check">
                  <input
                    type="checkbox"
                    checked={scenarios.includes(s.id)}
                    onChange={(e) => setScenarios(e.target.checked ? [...scenarios, s.id] : scenarios.filter((x) => x !== s.id))}
                  />
                  {s.title ?? s.id}
                </label>
              ))}
            </fieldset>
          </details>
          <span className="muted small who" title="Times are shown in this zone">
            {session.user.email} · {viewerTimeZone()}
          </span>
          <button type="button" className="secondary small" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      {scenarios.length > 0 ? (
        <div className="scenario-banner" role="status">
          <strong>Scenario on:</strong> results assume {scenarios.map(scenarioTitle).join(', ')} adopted — not the law in force.{' '}
          <button type="button" className="link" onClick={() => setScenarios([])}>
            Switch off
          </button>
        </div>
      ) : null}
      <main id="main">{children}</main>
      <footer className="muted small no-print">Not legal advice. Every verdict cites its provision; check the official text before acting.</footer>
    </>
  );
}
