import { lazy, type ReactNode } from 'react';
import { Empty } from '../components/Status.tsx';
import { Link, matchRoute } from './router.tsx';
import type { SessionValue } from './session.tsx';

// Pages load on demand so the first load carries only the shell and the sign-in form.
const Products = lazy(() => import('../pages/ProductsPage.tsx'));
const ProductPage = lazy(() => import('../pages/ProductPage.tsx'));
const Wizard = lazy(() => import('../pages/WizardPage.tsx'));
const Results = lazy(() => import('../pages/ResultsPage.tsx'));
const Contrast = lazy(() => import('../pages/ContrastPage.tsx'));
const Classification = lazy(() => import('../pages/ClassificationPage.tsx'));
const Gap = lazy(() => import('../pages/GapPage.tsx'));
const Report = lazy(() => import('../pages/ReportPage.tsx'));
const Incidents = lazy(() => import('../pages/IncidentsPage.tsx'));
const IncidentNew = lazy(() => import('../pages/IncidentNewPage.tsx'));
const IncidentDetail = lazy(() => import('../pages/IncidentPage.tsx'));
const Members = lazy(() => import('../pages/MembersPage.tsx'));
const Library = lazy(() => import('../pages/LibraryPage.tsx'));
const ActPage = lazy(() => import('../pages/ActPage.tsx'));
const Audit = lazy(() => import('../pages/AuditPage.tsx'));
const SavedScenarios = lazy(() => import('../pages/SavedScenariosPage.tsx'));
const Versions = lazy(() => import('../pages/VersionsPage.tsx'));
const ProductLifecycle = lazy(() => import('../pages/ProductLifecyclePage.tsx'));
const Liability = lazy(() => import('../pages/LiabilityPage.tsx'));
const KbChanges = lazy(() => import('../pages/KbChangesPage.tsx'));
const Uncertainties = lazy(() => import('../pages/UncertaintiesPage.tsx'));
const LawChanges = lazy(() => import('../pages/LawChangesPage.tsx'));
const ProductLawChanges = lazy(() => import('../pages/ProductLawChangesPage.tsx'));
const Fleet = lazy(() => import('../pages/FleetPage.tsx'));
const FleetUnit = lazy(() => import('../pages/FleetUnitPage.tsx'));
const FleetFindings = lazy(() => import('../pages/FleetFindingsPage.tsx'));
const Facts = lazy(() => import('../pages/FactsPage.tsx'));
const Overview = lazy(() => import('../pages/OverviewPage.tsx'));
const AcceptInvitation = lazy(() => import('../pages/AcceptInvitationPage.tsx'));

type Params = Record<string, string>;
const ROUTES: [string, (p: Params) => ReactNode][] = [
  ['/orgs/:orgId/products', (p) => <Products orgId={p.orgId ?? ''} />],
  ['/orgs/:orgId/products/:productId', (p) => <ProductPage orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/orgs/:orgId/products/:productId/wizard', (p) => <Wizard orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/orgs/:orgId/products/:productId/results', (p) => <Results orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/orgs/:orgId/products/:productId/contrast', (p) => <Contrast orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/orgs/:orgId/products/:productId/classification', (p) => <Classification orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/orgs/:orgId/products/:productId/gap', (p) => <Gap orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/orgs/:orgId/products/:productId/report', (p) => <Report orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/orgs/:orgId/incidents', (p) => <Incidents orgId={p.orgId ?? ''} />],
  ['/orgs/:orgId/incidents/new', (p) => <IncidentNew orgId={p.orgId ?? ''} />],
  ['/orgs/:orgId/incidents/:incidentId', (p) => <IncidentDetail orgId={p.orgId ?? ''} incidentId={p.incidentId ?? ''} />],
  ['/orgs/:orgId/members', (p) => <Members orgId={p.orgId ?? ''} />],
  ['/orgs/:orgId/audit', (p) => <Audit orgId={p.orgId ?? ''} />],
  ['/orgs/:orgId/scenarios', (p) => <SavedScenarios orgId={p.orgId ?? ''} />],
  ['/orgs/:orgId/products/:productId/versions', (p) => <Versions orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/orgs/:orgId/products/:productId/lifecycle', (p) => <ProductLifecycle orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/orgs/:orgId/liability', (p) => <Liability orgId={p.orgId ?? ''} />],
  ['/orgs/:orgId/fleet', (p) => <Fleet orgId={p.orgId ?? ''} />],
  ['/orgs/:orgId/fleet/units/:unitId', (p) => <FleetUnit orgId={p.orgId ?? ''} unitId={p.unitId ?? ''} />],
  ['/orgs/:orgId/fleet/findings', (p) => <FleetFindings orgId={p.orgId ?? ''} />],
  ['/orgs/:orgId/products/:productId/facts', (p) => <Facts orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/orgs/:orgId/overview', (p) => <Overview orgId={p.orgId ?? ''} />],
  ['/library', () => <Library />],
  ['/library/changes', () => <KbChanges />],
  ['/library/uncertain', () => <Uncertainties />],
  ['/orgs/:orgId/law-changes', (p) => <LawChanges orgId={p.orgId ?? ''} />],
  ['/orgs/:orgId/products/:productId/law-changes', (p) => <ProductLawChanges orgId={p.orgId ?? ''} productId={p.productId ?? ''} />],
  ['/library/:actId', (p) => <ActPage actId={p.actId ?? ''} />],
  ['/invitations/accept', () => <AcceptInvitation />],
];

export function resolveRoute(path: string, session: SessionValue): ReactNode {
  const orgId = /^\/orgs\/([^/]+)/.exec(path)?.[1];
  if (orgId && !session.org) {
    // Not a member: say so exactly as for a missing page, so nothing leaks about other organisations.
    return <NotFound />;
  }
  for (const [pattern, render] of ROUTES) {
    const params = matchRoute(pattern, path);
    if (params) return render(params);
  }
  return <NotFound />;
}

export function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <Empty title="There is nothing at this address, or you have no access to it.">
        <p>
          <Link href="/">Go to your products</Link>
        </p>
      </Empty>
    </>
  );
}
