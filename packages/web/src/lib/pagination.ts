/**
 * Cursor pagination for "load more" lists: pages are appended in order, an item already shown
 * (the list moved between two requests) is not shown twice, and a failed page keeps what was
 * loaded so the user can try again.
 */
import type { Page, ProblemDocument } from '../api/types.ts';

export interface PagedState<T> {
  items: T[];
  /** Cursor of the next page; null once the last page has arrived. */
  next: string | null;
  /** Pages received so far. */
  pages: number;
  loading: boolean;
  error: ProblemDocument | undefined;
}

export function initialPaged<T>(): PagedState<T> {
  return { items: [], next: null, pages: 0, loading: true, error: undefined };
}

export function pageRequested<T>(state: PagedState<T>): PagedState<T> {
  return { ...state, loading: true, error: undefined };
}

export function pageLoaded<T>(state: PagedState<T>, page: Page<T>, keyOf: (item: T) => string): PagedState<T> {
  const seen = new Set(state.items.map(keyOf));
  const fresh = page.items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { items: [...state.items, ...fresh], next: page.next, pages: state.pages + 1, loading: false, error: undefined };
}

export function pageFailed<T>(state: PagedState<T>, problem: ProblemDocument): PagedState<T> {
  return { ...state, loading: false, error: problem };
}

/** More can be asked for only when a cursor is known and no request is under way. */
export function canLoadMore<T>(state: PagedState<T>): boolean {
  return !state.loading && state.pages > 0 && state.next !== null;
}

/** The sentence under a paged list: how much is shown and whether that is all. */
export function pagedSummary<T>(state: PagedState<T>, noun: { one: string; many: string }): string {
  const n = state.items.length;
  const what = `${n} ${n === 1 ? noun.one : noun.many}`;
  if (state.pages === 0) return '';
  return state.next === null ? `Showing all ${what}.` : `Showing the first ${what}; more are available.`;
}
