import { lazy, Suspense, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument, SessionInfo } from '../api/types.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Loading } from '../components/Status.tsx';
import { useLocation } from './router.tsx';

// Loaded only when someone opens an invitation's accept link while signed out.
const InvitationSignUp = lazy(() => import('../pages/AcceptInvitationPage.tsx').then((m) => ({ default: m.InvitationSignUp })));
const ACCEPT_PATH = '/invitations/accept';

export function SignIn({ onSignedIn }: { onSignedIn: (info: SessionInfo) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  // An invited person may have no account yet: the accept link opens this form with the sign-up beside it.
  const invited = useLocation().path === ACCEPT_PATH;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      onSignedIn(await api.login(email, password));
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="signin">
      <h1>{invited ? 'You have been invited to iomt compliance' : 'Sign in to iomt compliance'}</h1>
      <p className="muted">
        {invited
          ? 'Already have an account with the invited e-mail address? Sign in, then join. Otherwise create your account with the invitation below.'
          : 'Which EU laws apply to your connected health product, from when, why, and what to do about them.'}
      </p>
      <form onSubmit={(e) => void submit(e)} className="card stack" aria-describedby="signin-note">
        <label>
          Email
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <ProblemView problem={problem} context="sign-in" />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p id="signin-note" className="muted small">
          {invited ? 'Signing in keeps the invitation open on the next page.' : "Your organisation's owner invites you; the invitation lets you create your account."} Not legal advice.
        </p>
      </form>
      {invited ? (
        <Suspense fallback={<Loading what="the sign-up form" />}>
          <InvitationSignUp onSignedIn={onSignedIn} />
        </Suspense>
      ) : null}
    </main>
  );
}
