/** The key columns of a product list: class, acts, open facts, coverage, last change. */
import type { Column } from './SortableTable.tsx';
import { Link } from '../app/router.tsx';
import { formatDate, formatInstant } from '../lib/dates.ts';
import type { ProductRow } from '../lib/portfolio.ts';

const pending = <span className="muted">…</span>;

export const productColumns = (orgId: string): Column<ProductRow>[] => [
  { key: 'name', label: 'Product', header: true, sort: (r) => r.name, render: (r) => <Link href={`/orgs/${orgId}/products/${r.id}`}>{r.name}</Link> },
  { key: 'class', label: 'Class', sort: (r) => r.classes || undefined, render: (r) => (!r.assessed ? pending : r.classes || <span className="muted">—</span>) },
  {
    key: 'applies',
    label: 'Acts that apply',
    sort: (r) => r.applies.length,
    render: (r) => (!r.assessed ? pending : <Link href={`/orgs/${orgId}/products/${r.id}/results`}>{r.applies.join(', ') || 'none'}</Link>),
  },
  {
    key: 'later',
    label: 'Apply later',
    sort: (r) => r.appliesLater.map((x) => x.from).sort()[0],
    render: (r) => (!r.assessed ? pending : r.appliesLater.length > 0 ? r.appliesLater.map((x) => `${x.act} from ${formatDate(x.from)}`).join('; ') : <span className="muted">—</span>),
  },
  {
    key: 'open',
    label: 'Open facts',
    numeric: true,
    sort: (r) => (r.assessed ? r.unknownFacts : undefined),
    render: (r) =>
      !r.assessed ? (
        pending
      ) : r.unknownFacts > 0 ? (
        <Link href={`/orgs/${orgId}/products/${r.id}/wizard`} title={r.open.length > 0 ? `Open verdicts: ${r.open.join(', ')}` : undefined}>
          {r.unknownFacts}
        </Link>
      ) : (
        '0'
      ),
  },
  {
    key: 'coverage',
    label: 'Control coverage',
    numeric: true,
    sort: (r) => r.coverage ?? undefined,
    render: (r) => (!r.assessed ? pending : r.coverage === null ? <Link href={`/orgs/${orgId}/products/${r.id}/gap`}>not assessed</Link> : `${r.coverage}%`),
  },
  { key: 'changed', label: 'Last changed', sort: (r) => r.updatedAt, render: (r) => <span className="small">v{r.version}, {formatInstant(r.updatedAt)}</span> },
];
