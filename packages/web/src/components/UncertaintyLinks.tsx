import { Link } from '../app/router.tsx';

/** Links an answer to the uncertainty-register points it rests on. */
export function UncertaintyLinks({ ids }: { ids: readonly string[] | undefined }) {
  if (!ids || ids.length === 0) return null;
  return (
    <span className="muted uncertain">
      {' '}
      Rests on:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <Link href={`/library/uncertain#${id}`}>{id}</Link>
        </span>
      ))}
    </span>
  );
}
