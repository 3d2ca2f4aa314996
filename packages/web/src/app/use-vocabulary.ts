import { api } from '../api/client.ts';
import { indexFacts, type FactIndex } from '../lib/fact-words.ts';
import { useAsync } from './use-async.ts';

/** The facts vocabulary, indexed by path (one request per page; the client reuses the answer). */
export function useVocabulary(): FactIndex | undefined {
  return useAsync(async () => indexFacts((await api.vocabulary()).facts), []).data;
}
