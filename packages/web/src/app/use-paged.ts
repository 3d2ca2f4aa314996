import { useCallback, useEffect, useRef, useState } from 'react';
import { toProblem } from '../api/problem.ts';
import type { Page } from '../api/types.ts';
import { canLoadMore, initialPaged, pageFailed, pageLoaded, pageRequested, type PagedState } from '../lib/pagination.ts';

export interface Paged<T> extends PagedState<T> {
  loadMore: () => void;
  /** Loads the first page again; what is shown stays until it arrives, so the list does not flicker. */
  reload: () => void;
  canLoadMore: boolean;
}

/** Loads the first page when `deps` change, then the next page on `loadMore`; answers to stale requests are dropped. */
export function usePaged<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, keyOf: (item: T) => string, deps: readonly unknown[]): Paged<T> {
  const [state, setState] = useState<PagedState<T>>(initialPaged);
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const keyRef = useRef(keyOf);
  keyRef.current = keyOf;
  const current = useRef(state);
  current.current = state;

  /** `fresh`: the answer starts the list anew instead of extending it. */
  const request = useCallback((base: PagedState<T>, cursor: string | undefined, fresh: boolean) => {
    const mine = fresh ? ++generation.current : generation.current;
    setState(pageRequested(base));
    fetchRef
      .current(cursor)
      .then((page) => {
        if (generation.current === mine) setState((s) => pageLoaded(fresh ? initialPaged<T>() : s, page, keyRef.current));
      })
      .catch((e: unknown) => {
        if (generation.current === mine) setState((s) => pageFailed(s, toProblem(e)));
      });
  }, []);

  useEffect(() => {
    request(initialPaged<T>(), undefined, true);
  }, deps);

  const loadMore = useCallback(() => {
    const s = current.current;
    if (canLoadMore(s)) request(s, s.next ?? undefined, false);
  }, [request]);

  const reload = useCallback(() => request(current.current, undefined, true), [request]);
  return { ...state, loadMore, reload, canLoadMore: canLoadMore(state) };
}
