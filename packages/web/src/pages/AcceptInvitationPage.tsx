/**
 * Accepting an invitation. The accept link carries the secret after `#`, which the browser keeps to
 * itself, so it never reaches a server log. Signed in, the person joins with one click; signed out,
 * the sign-in form offers this page's sign-up part to create the account with the invitation.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument, Role, SessionInfo } from '../api/types.ts';
import { navigate } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { ProblemView } from '../components/ProblemView.tsx';

export const ACCEPT_PATH = '/invitations/accept';

export interface InvitationHint {
  secret: string;
  /** The organisation and role as the link names them; the server decides what is true. */
  org?: string;
  role?: Role;
}

const ROLES: readonly string[] = ['owner', 'editor', 'viewer'];

/**
 * The link an owner passes on. The secret rides after `#`, which browsers never send to a server, so
 * it stays out of access logs; the organisation's name and the role only greet the invited person.
 */
export function acceptLink(origin: string, hint: InvitationHint): string {
  const fragment = new URLSearchParams({ invitation: hint.secret, ...(hint.org ? { org: hint.org } : {}), ...(hint.role ? { role: hint.role } : {}) });
  return `${origin}${ACCEPT_PATH}#${fragment.toString()}`;
}

/** Reads `#invitation=…&org=…&role=…`, or a bare `#secret` pasted by hand. */
export function invitationFromFragment(hash: string): InvitationHint | undefined {
  const fragment = hash.replace(/^#/, '');
  if (!fragment) return undefined;
  if (!fragment.includes('=')) return { secret: decodeURIComponent(fragment) };
  const params = new URLSearchParams(fragment);
  const secret = params.get('invitation');
  if (!secret) return undefined;
  const org = params.get('org') ?? undefined;
  const role = params.get('role') ?? undefined;
  return { secret, ...(org ? { org } : {}), ...(role && ROLES.includes(role) ? { role: role as Role } : {}) };
}

/**
 * The API answers 404 alike for every reason an invitation cannot be used; say all of them plainly.
 * These words replace the generic ones for the status, so the status shown is 0 (no HTTP wording).
 */
function invitationProblem(e: unknown, signedInAs?: string): ProblemDocument {
  const { status, ...problem } = toProblem(e);
  if (status === 404) {
    return {
      ...problem,
      status: 0,
      title: 'This invitation cannot be used',
      detail: `The secret is unknown, has expired, was revoked or was already used${
        signedInAs ? `, or the invitation is for another e-mail address than ${signedInAs}` : ''
      }. Ask the organisation's owner for a new invitation.`,
    };
  }
  if (status === 409) {
    return {
      ...problem,
      status: 0,
      title: signedInAs ? 'You cannot join with this invitation' : 'An account with this e-mail address already exists',
      detail: signedInAs ? (problem.detail ?? 'You may already be a member of this organisation.') : 'Sign in with it above; you will then be asked to join.',
    };
  }
  return { ...problem, status };
}

function useInvitation() {
  const [hint] = useState<InvitationHint | undefined>(() => invitationFromFragment(window.location.hash));
  const [typed, setTyped] = useState('');
  const secretField = hint ? null : (
    <label>
      Invitation secret
      <input required autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
      <span className="small muted">Paste the secret the owner passed on to you, or open the link they sent.</span>
    </label>
  );
  return { hint, secret: hint?.secret ?? typed.trim(), secretField };
}

function joinWords(hint: InvitationHint | undefined): string {
  if (!hint?.org) return 'Join the organisation that invited you';
  return `Join ${hint.org}${hint.role ? ` as ${hint.role}` : ''}`;
}

/** Leaves the page without the secret in the address, and loads the session afresh so the new organisation is listed. */
function goToOrganisation(orgId: string): void {
  window.history.replaceState(null, '', ACCEPT_PATH);
  window.location.assign(`/orgs/${encodeURIComponent(orgId)}/products`);
}

/** Signed in: one click to join. */
export default function AcceptInvitationPage() {
  const { session } = useSession();
  const { hint, secret, secretField } = useInvitation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();

  const accept = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const joined = await api.acceptInvitation(secret);
      goToOrganisation(joined.organisation.id);
    } catch (err) {
      setProblem(invitationProblem(err, session.user.email));
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{joinWords(hint)}</h1>
      <form className="card stack" onSubmit={(e) => void accept(e)}>
        <p>
          You are signed in as <strong>{session.user.email}</strong>. The invitation must be made out to this address.
          {hint?.role ? ` As ${hint.role} you will ${ROLE_WORDS[hint.role]}.` : ''}
        </p>
        {secretField}
        <ProblemView problem={problem} />
        <button type="submit" disabled={busy || !secret}>
          {busy ? 'Joining…' : hint?.org ? `Join ${hint.org}` : 'Join'}
        </button>
      </form>
    </>
  );
}

const ROLE_WORDS: Record<Role, string> = {
  viewer: 'read products, assessments and incidents',
  editor: 'change products, assessments and incidents',
  owner: 'also invite members and manage API tokens',
};

/** Signed out: create the account of the invited address with the invitation, then sign in with it. */
export function InvitationSignUp({ onSignedIn }: { onSignedIn: (info: SessionInfo) => void }) {
  const { hint, secret, secretField } = useInvitation();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const mismatch = repeat.length > 0 && repeat !== password;

  const signUp = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== repeat) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await api.signUpWithInvitation({ secret, displayName: displayName.trim(), password });
      const info = await api.login(created.user.email, password);
      navigate(`/orgs/${encodeURIComponent(created.organisation.id)}/products`, { replace: true, force: true });
      onSignedIn(info);
    } catch (err) {
      setProblem(invitationProblem(err));
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void signUp(e)} aria-labelledby="signup-title">
      <h2 id="signup-title">New here? Create your account with the invitation</h2>
      <p className="muted small">
        The account gets the e-mail address the invitation was made out to{hint?.org ? ` and joins ${hint.org}` : ''}
        {hint?.role ? ` as ${hint.role}` : ''}.
      </p>
      {secretField}
      <label>
        Your name
        <input name="displayName" autoComplete="name" required maxLength={200} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </label>
      <label>
        Choose a password (at least 12 characters)
        <input type="password" name="new-password" autoComplete="new-password" required minLength={12} maxLength={1024} value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <label>
        Repeat the password
        <input
          type="password"
          name="repeat-password"
          autoComplete="new-password"
          required
          value={repeat}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? 'repeat-mismatch' : undefined}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </label>
      {mismatch ? (
        <p id="repeat-mismatch" className="small" role="alert">
          The two passwords differ.
        </p>
      ) : null}
      <ProblemView problem={problem} />
      <button type="submit" disabled={busy || mismatch || !secret}>
        {busy ? 'Creating your account…' : 'Create account and join'}
      </button>
    </form>
  );
}
