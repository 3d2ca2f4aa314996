import type { Paged } from '../app/use-paged.ts';
import { pagedSummary } from '../lib/pagination.ts';

/** Below a paged list: how much is shown (announced to screen readers) and the "load more" button. */
export function PagedFooter<T>(props: { paged: Paged<T>; noun: { one: string; many: string }; more?: string; busy?: string }) {
  const { paged, noun, more = 'Load more', busy } = props;
  return (
    <>
      <p aria-live="polite" className="muted small">
        {pagedSummary(paged, noun)}
      </p>
      {paged.next !== null && paged.pages > 0 ? (
        <button type="button" className="secondary" onClick={paged.loadMore} disabled={!paged.canLoadMore}>
          {busy !== undefined && paged.loading ? busy : more}
        </button>
      ) : null}
    </>
  );
}
