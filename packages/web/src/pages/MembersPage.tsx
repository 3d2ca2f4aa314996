import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { CreatedInvitation, Invitation, InvitationStatus } from '../api/invitation-types.ts';
import { toProblem } from '../api/problem.ts';
import type { ApiToken, ProblemDocument, Role } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { formatInstant } from '../lib/dates.ts';
import { acceptLink } from './AcceptInvitationPage.tsx';

const ROLES: Role[] = ['owner', 'editor', 'viewer'];

export default function MembersPage({ orgId }: { orgId: string }) {
  const { org, session } = useSession();
  const owner = org?.role === 'owner';
  const members = useAsync(() => api.members(orgId), [orgId]);
  const tokens = useAsync(() => (owner ? api.tokens(orgId) : Promise.resolve(undefined)), [orgId, owner]);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [tokenName, setTokenName] = useState('');
  const [tokenRole, setTokenRole] = useState<Role>('viewer');
  const [secret, setSecret] = useState<string | undefined>();

  const act = async (fn: () => Promise<unknown>, after: () => void) => {
    setProblem(undefined);
    try {
      await fn();
      after();
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  const createToken = (e: FormEvent) => {
    e.preventDefault();
    void act(
      async () => {
        const created = await api.createToken(orgId, { name: tokenName, role: tokenRole });
        // The new token is listed with its secret at once; the reload that follows confirms it.
        const token = created.token ?? (created.id ? (created as ApiToken) : undefined);
        if (token && tokens.data) tokens.setData({ ...tokens.data, items: [...tokens.data.items.filter((t) => t.id !== token.id), token] });
        setSecret(created.secret);
      },
      () => {
        setTokenName('');
        tokens.reload();
      },
    );
  };

  return (
    <>
      <h1>Members and API tokens</h1>
      <p className="muted">
        {org?.name}. Viewers read, editors change products, assessments and incidents, owners also invite members and manage tokens.
      </p>
      <ProblemView problem={problem ?? members.error} onDismiss={problem ? () => setProblem(undefined) : undefined} />
      <h2>Members</h2>
      {members.loading && !members.data ? <Loading what="members" /> : null}
      {members.data ? (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Role</th>
                <th scope="col">Member since</th>
                {owner ? <th scope="col">Remove</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((m) => (
                <tr key={m.user.id}>
                  <td>
                    {m.user.displayName || m.user.email} <span className="muted small">{m.user.email}</span>
                  </td>
                  <td>
                    {owner && m.user.id !== session.user.id ? (
                      <select aria-label={`Role of ${m.user.email}`} value={m.role} onChange={(e) => void act(() => api.setMemberRole(orgId, m.user.id, e.target.value as Role), members.reload)}>
                        {ROLES.map((r) => (
                          <option key={r}>{r}</option>
                        ))}
                      </select>
                    ) : (
                      m.role
                    )}
                  </td>
                  <td>{m.since ? formatInstant(m.since) : ''}</td>
                  {owner ? (
                    <td>
                      {m.user.id !== session.user.id ? (
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => {
                            if (window.confirm(`Remove ${m.user.email} from ${org?.name ?? 'the organisation'}?`)) void act(() => api.removeMember(orgId, m.user.id), members.reload);
                          }}
                        >
                          Remove
                        </button>
                      ) : (
                        <span className="muted small">you</span>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {owner ? <Invitations orgId={orgId} orgName={org?.name ?? ''} act={act} /> : null}

      <h2>API tokens</h2>
      {!owner ? <p className="muted">Only owners manage API tokens.</p> : null}
      {secret ? (
        <div className="card notice" role="status">
          <p>
            <strong>Copy this token now — it is shown only once:</strong>
          </p>
          <p>
            <code className="secret">{secret}</code>
          </p>
          <p className="small">Scripts send it as <code>Authorization: Bearer …</code>.</p>
          <button type="button" className="secondary small" onClick={() => setSecret(undefined)}>
            I have copied it
          </button>
        </div>
      ) : null}
      <ProblemView problem={tokens.error} />
      {tokens.data && tokens.data.items.length === 0 ? <Empty title="No API tokens." /> : null}
      {tokens.data && tokens.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts with</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Revoke</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.items.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{t.role}</td>
                  <td>{formatInstant(t.createdAt)}</td>
                  <td>{t.lastUsedAt ? formatInstant(t.lastUsedAt) : 'never'}</td>
                  <td>
                    {t.revokedAt ? (
                      `revoked ${formatInstant(t.revokedAt)}`
                    ) : (
                      <button type="button" className="secondary small" onClick={() => void act(() => api.revokeToken(orgId, t.id), tokens.reload)}>
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {owner ? (
        <form className="card inline-form" onSubmit={createToken}>
          <h3>New token</h3>
          <label>
            Name
            <input required maxLength={200} value={tokenName} onChange={(e) => setTokenName(e.target.value)} />
          </label>
          <label>
            Role
            <select value={tokenRole} onChange={(e) => setTokenRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <button type="submit">Create token</button>
        </form>
      ) : null}
    </>
  );
}

type Act = (fn: () => Promise<unknown>, after: () => void) => Promise<void>;

const INVITATION_COLUMNS = ['E-mail', 'Role', 'Expires', 'Status', 'Revoke'];
const STATUS_WORDS: Record<InvitationStatus, string> = { pending: 'waiting to be accepted', accepted: 'accepted', revoked: 'revoked', expired: 'expired' };

function CopyButton({ text, label }: { text: string; label: string }) {
  const [said, setSaid] = useState<string | undefined>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied.');
    } catch {
      setSaid('This browser did not allow copying: select the text and copy it by hand.');
    }
  };
  return (
    <>
      <button type="button" className="secondary small" onClick={() => void copy()}>
        {label}
      </button>
      {said ? (
        <span className="small muted" role="status">
          {' '}
          {said}
        </span>
      ) : null}
    </>
  );
}

/** Owners invite by e-mail; the person joins only by accepting with the secret passed on privately. */
function Invitations({ orgId, orgName, act }: { orgId: string; orgName: string; act: Act }) {
  const [showAll, setShowAll] = useState(false);
  const invitations = useAsync(() => api.invitations(orgId, showAll ? undefined : 'pending'), [orgId, showAll]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [days, setDays] = useState(7);
  const [created, setCreated] = useState<CreatedInvitation | undefined>();
  const [revoking, setRevoking] = useState<Invitation | undefined>();

  const invite = (e: FormEvent) => {
    e.preventDefault();
    void act(
      async () => setCreated(await api.invite(orgId, { email: email.trim(), role, expiresInDays: days })),
      () => {
        setEmail('');
        invitations.reload();
      },
    );
  };

  const revoke = (invitation: Invitation) =>
    void act(
      () => api.revokeInvitation(orgId, invitation.id),
      () => {
        setRevoking(undefined);
        invitations.reload();
      },
    );

  const link = created ? acceptLink(window.location.origin, { secret: created.secret, org: orgName, role: created.invitation.role }) : '';
  return (
    <>
      <h2>Invitations</h2>
      <p className="muted">
        Invite someone by e-mail with a role. They join only when they accept with the invitation secret, signed in with their own account or creating
        one with it.
      </p>
      {created ? (
        <div className="card notice" role="status" aria-label="New invitation">
          <p>
            <strong>
              Invitation for {created.invitation.email} as {created.invitation.role} — copy it now, it is shown only once.
            </strong>
          </p>
          <p>
            Accept link: <code className="secret invitation-link">{link}</code> <CopyButton text={link} label="Copy link" />
          </p>
          <p>
            Secret alone: <code className="secret invitation-secret">{created.secret}</code> <CopyButton text={created.secret} label="Copy secret" />
          </p>
          <p className="small">
            Valid until {formatInstant(created.invitation.expiresAt)}. Pass it on privately (in person, by phone or a channel only they read): whoever
            holds it can join as {created.invitation.email} until it is accepted, revoked or expires. The server keeps no copy it could show again.
          </p>
          <button type="button" className="secondary small" onClick={() => setCreated(undefined)}>
            I have passed it on
          </button>
        </div>
      ) : null}
      <form className="card inline-form" onSubmit={invite}>
        <h3>Invite someone</h3>
        <label>
          E-mail
          <input type="email" name="invite-email" required maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Role
          <select name="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          Valid for (days)
          <input type="number" min={1} max={90} required value={days} onChange={(e) => setDays(Number(e.target.value))} />
        </label>
        <button type="submit">Invite</button>
      </form>
      <h3>{showAll ? 'All invitations' : 'Pending invitations'}</h3>
      <label className="check">
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
        Also show accepted, revoked and expired invitations
      </label>
      <ProblemView problem={invitations.error} />
      {invitations.loading && !invitations.data ? <Loading what="invitations" /> : null}
      {invitations.data && invitations.data.items.length === 0 ? <Empty title={showAll ? 'No invitations yet.' : 'No pending invitations.'} /> : null}
      {invitations.data && invitations.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data" aria-label="Invitations">
            <thead>
              <tr>
                {INVITATION_COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {invitations.data.items.map((i) => (
                <tr key={i.id}>
                  {[i.email, i.role, formatInstant(i.expiresAt), STATUS_WORDS[i.status]].map((text, n) => (
                    <td key={INVITATION_COLUMNS[n]}>{text}</td>
                  ))}
                  <td>
                    {i.status === 'pending' ? (
                      <button type="button" className="secondary small" aria-label={`Revoke the invitation for ${i.email}`} onClick={() => setRevoking(i)}>
                        Revoke
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ConfirmDialog
        open={revoking !== undefined}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        onConfirm={() => revoking && revoke(revoking)}
        onCancel={() => setRevoking(undefined)}
      >
        <p>
          {revoking?.email} will no longer be able to join {orgName} with it. You can invite them again later.
        </p>
      </ConfirmDialog>
    </>
  );
}
