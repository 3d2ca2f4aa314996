import { useCallback, useEffect, useState } from 'react';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/types.ts';

export interface AsyncState<T> {
  data: T | undefined;
  error: ProblemDocument | undefined;
  loading: boolean;
  reload: () => void;
  setData: (value: T) => void;
}

/** Runs `load` when `deps` change; keeps the last problem document for display. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ProblemDocument | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    load()
      .then((value) => {
        if (!live) return;
        setData(value);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (live) setError(toProblem(e));
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload, setData };
}
