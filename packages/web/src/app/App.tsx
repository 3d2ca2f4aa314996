import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { api, setCsrfToken } from '../api/client.ts';
import { ProblemError } from '../api/problem.ts';
import type { SessionInfo } from '../api/types.ts';
import { Loading } from '../components/Status.tsx';
import { Layout } from './Layout.tsx';
import { navigate, useLocation } from './router.tsx';
import { resolveRoute } from './routes.tsx';
import { SessionContext, type SessionValue } from './session.tsx';
import { SignIn } from './SignIn.tsx';

const SCENARIO_KEY = 'iomt.scenarios';

function storedScenarios(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SCENARIO_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function App() {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const [scenarios, setScenariosState] = useState<string[]>(storedScenarios);
  const { path } = useLocation();

  useEffect(() => {
    api
      .me()
      .then((me) => {
        setCsrfToken(me.csrfToken);
        setSession(me);
      })
      .catch((e: unknown) => {
        if (!(e instanceof ProblemError) || e.status !== 401) console.warn(e);
        setSession(null);
      });
  }, []);

  const signedIn = useCallback((info: SessionInfo) => {
    setCsrfToken(info.csrfToken);
    setSession(info);
    const first = info.organisations[0];
    const current = window.location.pathname;
    if (current === '/' || current === '/signin') navigate(first ? `/orgs/${first.id}/products` : '/library', { replace: true });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setCsrfToken(null);
      setSession(null);
      navigate('/signin', { replace: true, force: true });
    }
  }, []);

  const setScenarios = useCallback((ids: string[]) => {
    localStorage.setItem(SCENARIO_KEY, JSON.stringify(ids));
    setScenariosState(ids);
  }, []);

  const orgId = /^\/orgs\/([^/]+)/.exec(path)?.[1];
  const value = useMemo<SessionValue | null>(() => {
    if (!session) return null;
    const org = session.organisations.find((o) => o.id === orgId) ?? (orgId ? undefined : session.organisations[0]);
    return { session, org, signOut, scenarios, setScenarios };
  }, [session, orgId, signOut, scenarios, setScenarios]);

  useEffect(() => {
    if (session && (path === '/' || path === '/signin')) {
      const first = session.organisations[0];
      navigate(first ? `/orgs/${first.id}/products` : '/library', { replace: true });
    }
  }, [session, path]);

  if (session === undefined) {
    return (
      <main id="main" className="centered">
        <Loading what="your session" />
      </main>
    );
  }
  if (session === null || !value) return <SignIn onSignedIn={signedIn} />;

  const page = resolveRoute(path, value);
  return (
    <SessionContext.Provider value={value}>
      <Layout path={path}>
        <Suspense fallback={<Loading what="the page" />}>{page}</Suspense>
      </Layout>
    </SessionContext.Provider>
  );
}
