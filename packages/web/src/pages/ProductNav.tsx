import { Link } from '../app/router.tsx';

const TABS: [string, string][] = [
  ['', 'Overview'],
  ['/wizard', 'Profile questions'],
  ['/facts', 'Edit facts'],
  ['/results', 'Applicability'],
  ['/contrast', 'Contrast'],
  ['/classification', 'Classification'],
  ['/gap', 'Controls & gaps'],
  ['/lifecycle', 'Support & updates'],
  ['/report', 'Report'],
  ['/versions', 'History'],
];

export function ProductNav({ orgId, productId, current, name }: { orgId: string; productId: string; current: string; name?: string }) {
  const base = `/orgs/${orgId}/products/${productId}`;
  return (
    <nav aria-label={`Product ${name ?? ''}`} className="tabs no-print">
      <Link href={`/orgs/${orgId}/products`}>← All products</Link>
      <ul>
        {TABS.map(([suffix, label]) => (
          <li key={suffix}>
            <Link href={base + suffix} aria-current={current === suffix ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
