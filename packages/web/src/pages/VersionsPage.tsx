import { PagedFooter } from '../components/PagedFooter.tsx';
import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { ProductVersion } from '../api/types.ts';
import { navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { usePaged } from '../app/use-paged.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Loading } from '../components/Status.tsx';
import { formatInstant } from '../lib/dates.ts';
import { diffFacts, formatFactValue, profileToYamlText } from '../lib/profile-diff.ts';
import { factQuestion, factValueText } from '../lib/fact-words.ts';
import { useVocabulary } from '../app/use-vocabulary.ts';
import { compareReports } from '../lib/version-compare.ts';
import { ContrastTables } from './ContrastPage.tsx';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { useProduct } from './use-product.ts';

const versionNumber = (raw: string | null): number | undefined => {
  const n = Number(raw);
  return raw && Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

export default function VersionsPage({ orgId, productId }: { orgId: string; productId: string }) {
  const product = useProduct(orgId, productId);
  const { search } = useLocation();
  const view = versionNumber(search.get('view'));
  const from = versionNumber(search.get('from'));
  const to = versionNumber(search.get('to'));
  const versions = usePaged<ProductVersion>((cursor) => api.versionsPage(orgId, productId, cursor), (v) => String(v.version), [orgId, productId]);
  const members = useAsync(async () => new Map((await api.members(orgId)).items.map((m) => [m.user.id, m.user.displayName || m.user.email])), [orgId]);
  const here = `/orgs/${orgId}/products/${productId}/versions`;

  if (product.error) return <NotFoundOr problem={product.error} />;
  const name = product.data?.product.name;
  const latest = product.data?.product.latestVersion;
  const author = (id: string | undefined) => (id ? (members.data?.get(id) ?? `User ${id}`) : 'unknown');
  const newestFirst = [...versions.items].sort((a, b) => b.version - a.version);

  return (
    <>
      <h1>Version history{name ? `: ${name}` : ''}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/versions" name={name} />
      <p className="muted">Each save of the profile is kept as a numbered version; none is ever overwritten. View one version's facts, or compare two: the facts that changed and what that did to the assessment.</p>
      <ProblemView problem={versions.error} />
      {versions.pages === 0 && versions.loading ? <Loading what="the versions" /> : null}
      {newestFirst.length > 0 ? (
        <div className="table-scroll">
          <table className="data">
            <caption className="sr-only">Profile versions</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">By</th>
                <th scope="col">Note</th>
                <th scope="col">Facts</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((v) => (
                <tr key={v.version} className={v.version === view ? 'selected' : undefined}>
                  <th scope="row">
                    v{v.version}
                    {v.version === latest ? <span className="muted small"> (latest)</span> : null}
                  </th>
                  <td>
                    <time dateTime={v.createdAt}>{formatInstant(v.createdAt)}</time>
                  </td>
                  <td>{author(v.createdBy)}</td>
                  <td>{v.note ?? <span className="muted">no note</span>}</td>
                  <td>
                    <button type="button" className="secondary small" aria-pressed={v.version === view} onClick={() => navigate(`${here}?view=${v.version}`)}>
                      View v{v.version}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <PagedFooter paged={versions} noun={{ one: 'version', many: 'versions' }} more="Load more versions" />

      {newestFirst.length > 1 ? <CompareForm key={`${from}-${to}`} versions={newestFirst.map((v) => v.version)} from={from} to={to} onCompare={(a, b) => navigate(`${here}?from=${a}&to=${b}`)} /> : null}
      {view ? <VersionFacts orgId={orgId} productId={productId} n={view} /> : null}
      {from && to ? <VersionComparison orgId={orgId} productId={productId} from={from} to={to} /> : null}
    </>
  );
}

function CompareForm({ versions, from, to, onCompare }: { versions: number[]; from?: number; to?: number; onCompare: (a: number, b: number) => void }) {
  const [a, setA] = useState(String(from ?? versions[1] ?? ''));
  const [b, setB] = useState(String(to ?? versions[0] ?? ''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCompare(Number(a), Number(b));
  };
  return (
    <form className="inline-form card" onSubmit={submit}>
      <h2>Compare two versions</h2>
      <label className="inline">
        <span id="compare-from-label">From</span>
        <select aria-labelledby="compare-from-label" value={a} onChange={(e) => setA(e.target.value)}>
          {versions.map((v) => (
            <option key={v} value={v}>
              v{v}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <span id="compare-to-label">To</span>
        <select aria-labelledby="compare-to-label" value={b} onChange={(e) => setB(e.target.value)}>
          {versions.map((v) => (
            <option key={v} value={v}>
              v{v}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={a === b}>
        Compare
      </button>
      {a === b ? <span className="muted small">Choose two different versions.</span> : null}
    </form>
  );
}

function VersionFacts({ orgId, productId, n }: { orgId: string; productId: string; n: number }) {
  const version = useAsync(() => api.version(orgId, productId, n), [orgId, productId, n]);
  return (
    <section aria-labelledby="facts-h">
      <h2 id="facts-h">Facts of v{n}</h2>
      <ProblemView problem={version.error} />
      {version.loading && !version.data ? <Loading what={`version ${n}`} /> : null}
      {version.data && version.data.version === n ? (
        <>
          <p className="muted small">
            Saved {formatInstant(version.data.createdAt)}
            {version.data.note ? ` — ${version.data.note}` : ''}. Facts not listed are unknown.
          </p>
          <pre className="code facts" tabIndex={0} aria-label={`Profile facts of version ${n}`}>
            {profileToYamlText(version.data.profile)}
          </pre>
        </>
      ) : null}
    </section>
  );
}

function VersionComparison({ orgId, productId, from, to }: { orgId: string; productId: string; from: number; to: number }) {
  const { scenarios } = useSession();
  const pair = useAsync(async () => {
    const [a, b] = await Promise.all([api.version(orgId, productId, from), api.version(orgId, productId, to)]);
    return { a, b };
  }, [orgId, productId, from, to]);
  const reports = useAsync(async () => {
    const [a, b] = await Promise.all([
      api.productAssessment(orgId, productId, { version: from, scenario: scenarios }),
      api.productAssessment(orgId, productId, { version: to, scenario: scenarios }),
    ]);
    return { a, b };
  }, [orgId, productId, from, to, scenarios]);
  const facts = useVocabulary();
  const changes = useMemo(() => (pair.data ? diffFacts(pair.data.a.profile, pair.data.b.profile) : undefined), [pair.data]);
  const rows = useMemo(() => (reports.data ? compareReports(reports.data.a, reports.data.b) : undefined), [reports.data]);

  return (
    <section aria-labelledby="compare-h">
      <h2 id="compare-h">
        v{from} compared with v{to}
      </h2>
      <ProblemView problem={pair.error ?? reports.error} />
      {!changes && !pair.error ? <Loading what="the two versions" /> : null}
      {changes ? (
        changes.length === 0 ? (
          <p role="status">The two versions state the same facts.</p>
        ) : (
          <div className="table-scroll">
            <table className="data fact-diff">
              <caption>
                {changes.length} fact{changes.length === 1 ? '' : 's'} changed
              </caption>
              <thead>
                <tr>
                  <th scope="col">Fact</th>
                  <th scope="col">In v{from}</th>
                  <th scope="col">In v{to}</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.fact} className={`fact-${c.kind}`}>
                    <th scope="row">
                      {factQuestion(c.fact, facts)} <code className="muted small">{c.fact}</code>
                    </th>
                    <td>{c.kind === 'added' ? <span className="muted">unknown</span> : facts ? factValueText(c.fact, c.before, facts) : <code>{formatFactValue(c.before)}</code>}</td>
                    <td>{c.kind === 'removed' ? <span className="muted">unknown</span> : facts ? factValueText(c.fact, c.after, facts) : <code>{formatFactValue(c.after)}</code>}</td>
                    <td>{c.kind === 'added' ? 'answered' : c.kind === 'removed' ? 'no longer stated' : 'changed'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      {reports.loading && !reports.data ? <Loading what="both assessments" /> : null}
      {rows ? <ContrastTables rows={rows} label={`profile version ${to} instead of ${from}`} columns={[`At v${from}`, `At v${to}`]} /> : null}
    </section>
  );
}
