import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ApiToken, ProblemDocument, Role } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { formatInstant } from '../lib/dates.ts';

const ROLES: Role[] = ['owner', 'editor', 'viewer'];

export default function MembersPage({ orgId }: { orgId: string }) {
  const { org, session } = useSession();
  const owner = org?.role === 'owner';
  const members = useAsync(() => api.members(orgId), [orgId]);
  const tokens = useAsync(() => (owner ? api.tokens(orgId) : Promise.resolve(undefined)), [orgId, owner]);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
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

  const addMember = (e: FormEvent) => {
    e.preventDefault();
    void act(() => api.addMember(orgId, { email, role, ...(displayName ? { displayName } : {}), ...(password ? { password } : {}) }), () => {
      setEmail('');
      setDisplayName('');
      setPassword('');
      members.reload();
    });
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
        {org?.name}. Viewers read, editors change products, assessments and incidents, owners also manage members and tokens.
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
      {owner ? (
        <form className="card inline-form" onSubmit={addMember}>
          <h3>Add a member</h3>
          <label>
            Email
            <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label>
            Name (new accounts only)
            <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </label>
          <label>
            Initial password (new accounts only)
            <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          <label>
            Role
            <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <button type="submit">Add</button>
        </form>
      ) : null}

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
