import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument, SessionInfo } from '../api/types.ts';
import { ProblemView } from '../components/ProblemView.tsx';

export function SignIn({ onSignedIn }: { onSignedIn: (info: SessionInfo) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();

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
      <h1>Sign in to iomt compliance</h1>
      <p className="muted">Which EU laws apply to your connected health product, from when, why, and what to do about them.</p>
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
          Your organisation's owner creates accounts. Not legal advice.
        </p>
      </form>
    </main>
  );
}
